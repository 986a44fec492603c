# NTM Planner — English UI strings.
# Fluent syntax (https://projectfluent.org): key = text; { $name } is a placeholder; counts use
# plural selectors { $n -> [one] … *[other] … }.

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-recent = Open recent
menu-samples = Sample plans

cmd-new = New plan
cmd-open = Open…
cmd-save = Save
cmd-save-as = Save as…
cmd-reload = Reload from disk
cmd-close = Close plan
cmd-quit = Quit
cmd-undo = Undo
cmd-redo = Redo
cmd-theme = Light/dark theme
cmd-zoom-in = Zoom in
cmd-zoom-out = Zoom out
cmd-zoom-reset = Default size
cmd-about = About
cmd-format-doc = Plan file format (.ntm)
cmd-other = Command

page-overview = Overview
page-communes = Communes and criteria
page-funding = Funding
page-tasks = Tasks

lang-vi = Tiếng Việt
lang-en = English
lang-switch = Tiếng Việt
lang-switch-hint = Switch the interface to Vietnamese

sample-lai-chau = Lai Châu — yearly plan 2025
sample-lang-son = Lạng Sơn — criteria remediation plan 2023

start-tagline = Write, check and present New Rural Development plans.
start-begin = Start
start-new-from-set = New plan for a criteria set:
start-samples = Open a sample plan:
start-recent = Recent files
start-no-recent = No files yet.
start-drop-hint = You can drop a .ntm file on the window to open it.

new-plan-province = (province name)

overview-header = Plan details
overview-findings = Check results
findings-none = No problems found.
severity-error = Error
severity-warning = Warning

field-title = Title
field-issuing-body = Issuing body
field-province = Province
field-number = Document number
field-place = Place
field-signer = Signed by
field-goals-general = General goal
field-year = Plan year
field-kind = Kind of plan
field-draft = Draft
field-date = Date issued
field-legal-bases = Legal bases (one per line)
field-targets = Specific targets (one per line)
edit-commune = Edit commune
kind-yearly = Yearly implementation plan
kind-remediation = Criteria remediation plan
error-year = { $value } is not a valid year (1945–2100).

card-recognized = Communes at NTM standard
card-recognized-detail = { $awaiting } awaiting, { $new } new in { $year } / { $communes ->
    [one] 1 commune
   *[other] { $communes } communes
}
card-average = Average criteria per commune
card-average-detail = baseline → target, of { $criteria ->
    [one] 1 criterion
   *[other] { $criteria } criteria
}
card-funding = Total funding
card-projects = Investment projects
card-projects-detail = { $special } under the special mechanism
card-villages = Villages to recognize
card-villages-detail = in the plan year
unit-million-vnd = million VND
unit-communes = communes
total = Total

communes-per-criterion = Communes meeting each criterion (baseline → target)
communes-distribution = Communes by criteria met
communes-districts = Districts
col-no = No.
col-commune = Commune
col-district = District
col-group = Group
col-recognition = Recognition
col-met = Criteria met
col-unmet-target = Unmet (target)
col-band = Criteria
col-baseline = Baseline
col-target = Target
level-ntm = NTM
level-advanced = Advanced
level-model = Model
level-modern = Modern

funding-tree = Funding sources (million VND)
funding-allocation = Allocation over component contents
funding-projects = { $count ->
    [one] 1 investment project
   *[other] { $count } investment projects
}, { $special } under the special mechanism
col-source = Source
col-amount = Amount
col-stated = Stated
col-component = Component content
col-share = Share
col-stated-share = Stated share
col-projects = Projects
col-special = Special mechanism

tasks-none = The plan has no tasks.
tasks-no-deadline = no deadline
tasks-overdue = overdue
tasks-done = done
col-deadline = Deadline
col-criteria = Criteria
col-communes = Communes

status-unsaved = ● Unsaved changes
status-saved = Saved
status-no-plan = No plan open
status-dialog-open = A file dialog is open…
status-findings = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
status-zoom = Size
untitled = (not saved to a file yet)

btn-save = Save changes
btn-dont-save = Don't save
btn-cancel = Cancel
btn-ok = OK
btn-copy = Copy
btn-close = Close
btn-overwrite = Overwrite
btn-save-as = Save as another file…
btn-reload = Reload the file on disk
btn-restore = Restore
btn-discard = Discard this copy
btn-later = Later

unsaved-title = Save changes to “{ $file }”?
unsaved-body = The plan has unsaved changes. If you don't save, they will be lost.
disk-changed-title = “{ $file }” changed on disk
disk-changed-body = Since it was opened, the file was written by another program or another office's copy. Overwriting replaces that content (the old file is kept as .bak.ntm).
error-open-title = Cannot open { $file }
error-save-title = The plan could not be saved
error-details = Details
restore-title = Restore unsaved work?
restore-body = The program closed last time with unsaved changes. These copies were written automatically:
dialog-open-title = Open plan
dialog-save-title = Save plan
file-filter = NTM plan

toast-saved = Saved { $file }
toast-reloaded = Reloaded the file from disk
toast-restored = Copy restored; save the plan.
toast-recovery-failed = Cannot write the recovery copy: { $error }
toast-prefs-failed = Cannot write preferences: { $error }

about-title = About NTM Planner
about-version = Version { $version }
about-format = Plan file format: version { $version }
about-purpose = A tool to write and check New Rural Development program plans.
about-font = Font: Be Vietnam Pro, SIL Open Font License 1.1.

# Communes and criteria
tab-matrix = Criteria matrix
tab-distribution = Distribution and recognition
tab-roadmap = Roadmap
tab-villages = Villages and districts
matrix-label = Criteria matrix
matrix-search = Find commune
matrix-search-hint = e.g. muong te
matrix-edit-layer = Editing:
matrix-set-met = Set selection: met
matrix-set-unmet = Set selection: not met
matrix-add-commune = Add commune
matrix-remove-commune = Remove this commune
matrix-keys-hint = A click selects a cell; Space, Enter or a double-click changes it; x or 1: met, 0: not met. Arrows and Tab move, Shift selects a range, Ctrl+C / Ctrl+V copy and paste with Excel.
new-commune-name = New commune
filter-all = All
filter-level = Recognition
filter-not-recognized = Not recognized
filter-recognized = Recognized
filter-advanced = Advanced or above
filter-planned = Planned this year
filter-unmet = Not meeting criterion
sort-by = Sort
sort-plan = Plan order
sort-name = By name
sort-met-desc = Most criteria met first
sort-met-asc = Fewest criteria met first
legend-kept = Met (baseline and target)
legend-gained = Newly met this year
legend-missing = Not met
legend-lost = Met at baseline, not at target
paste-title = Paste from a spreadsheet
paste-summary = { $changes ->
    [one] 1 cell will change
   *[other] { $changes } cells will change
}; { $problems ->
    [one] 1 cell could not be read
   *[other] { $problems } cells could not be read
}; { $outside ->
    [one] 1 cell falls
   *[other] { $outside } cells fall
} outside the matrix. Nothing changes until you accept.
paste-bad-cell = Cannot read the cell at row { $row }, column { $col } (“{ $text }”) for { $commune }, criterion { $criterion }: use x, 1, đạt or leave it empty.
paste-accept = Accept
field-commune-name = Commune name
field-recognized = Recognized
field-planned = Planned recognition
field-level = Level
field-year-short = Year
field-note = Note
field-completion-year = Planned completion year
field-agency = Agency in charge
field-criterion-note = Criterion note
level-none = Not recognized
error-commune-in-use = Cannot remove { $commune }: { $count ->
    [one] a project, task or village figure still refers to it.
   *[other] { $count } projects, tasks or village figures still refer to it.
}
edit-add-commune = Add commune
edit-remove-commune = Remove commune
edit-cells = Edit criteria matrix
edit-batch = Several changes
recognition-title = Recognition in { $year }
recognition-candidates = Communes meeting every criterion at the target
recognition-named = Communes the plan names for recognition
recognition-not-named = Meet every criterion but are not named
recognition-not-ready = Named but not meeting every criterion
floor-none-below = No commune is below { $floor } criteria at the target.
floor-below = { $count ->
    [one] 1 commune
   *[other] { $count } communes
} below the floor of { $floor } criteria
floor-not-stated = The plan sets no floor of criteria.
roadmap-empty = No criterion is unmet at the baseline.
roadmap-year = Year
roadmap-no-year = No completion year
roadmap-year-count = { $year }: { $items ->
    [one] 1 criterion
   *[other] { $items } criteria
}, { $communes ->
    [one] 1 commune
   *[other] { $communes } communes
}
roadmap-no-year-count = No year: { $items ->
    [one] 1 criterion
   *[other] { $items } criteria
}, { $communes ->
    [one] 1 commune
   *[other] { $communes } communes
}
roadmap-late = These criteria are not completed within the plan's deadline (end of { $end }).
villages-title = Villages at NTM standard
villages-none = The plan has no village figures.
villages-stated-ok = Matches the plan's stated total: { $stated } villages.
villages-stated-differs = The plan states { $stated } villages but the units add up to { $data }.
districts-title = Districts and the district NTM criteria
districts-none = The plan has no district level.
district-planned = planned
col-unit = Unit
col-recognized = Recognized
col-to-recognize = To recognize
col-ntm-by-target = Communes at NTM (target)
col-advanced-by-target = Advanced communes
col-conditions = Commune conditions met

page-charts = Charts
cmd-present = Present
edit-slides = Choose presentation slides
charts-size = PNG picture size
charts-export-png = Export PNG…
charts-export-svg = Export SVG…
charts-copy = Copy picture
charts-slides = Presentation slides
charts-slides-default = No slides chosen: the deck shows every chart with data.
slide-move-up = Move earlier
slide-move-down = Move later
deck-hint = → or Page Down: next · ← or Page Up: back · Esc: leave
deck-empty = There is no chart to present. Press Esc to leave.
dialog-export-title = Export chart
file-filter-png = PNG picture
file-filter-svg = SVG picture
toast-chart-exported = Chart exported to { $file }
toast-chart-copied = Chart copied; paste it into a slide or a document.
error-export-title = The chart could not be exported

page-projects = Projects
edit-funding = Edit funding
edit-allocation = Edit allocation
edit-project = Edit project
edit-add-project = Add project
edit-remove-project = Remove project
edit-task = Edit task
edit-add-task = Add task
edit-remove-task = Remove task
funding-node-editor = Selected source
field-source-name = Source name
field-source-amount = Amount (million VND)
field-source-stated = Total the plan states (million VND)
funding-children-sum = Sum of the sub-sources: { $sum }
funding-use-sum = Use the sum of the sub-sources
funding-add-child = Add sub-source
funding-new-source = New source
funding-move-up = Up
funding-move-down = Down
funding-remove = Remove this source
funding-used-by-projects = { $count ->
    [one] 1 project uses it
   *[other] { $count } projects use it
}
funding-used-by-allocation = the allocation is based on it
funding-remove-refused = “{ $name }” cannot be removed: { $why }. Change the projects' sources or the allocation base first.
funding-no-allocation = The plan has no allocation by component content yet.
funding-start-allocation = Start an allocation
funding-unallocated = Not yet allocated
funding-allocation-remove = Remove
funding-allocation-add = Add component content
funding-allocation-mismatch = The allocation adds up to { $allocated }, not the base { $base } million VND.
funding-open-projects = Open the project list
filter-commune = Filter by commune
filter-component = Filter by component
filter-special = Filter by special mechanism
filter-search = Search by name
filter-agency = Filter by agency
yes = Yes
no = No
none = (none)
col-project-name = Project
col-start = Start
col-end = End
col-status = Status
status-planned = Planned
status-in-progress = In progress
status-done = Done
status-suspended = Suspended
projects-totals = Showing { $shown } of { $all ->
    [one] 1 project
   *[other] { $all } projects
} · { $amount } million VND · { $special } under the special mechanism
projects-add = Add project
projects-remove = Remove project
projects-new-name = New project
projects-select-hint = Select a project in the table to edit it.
projects-editing = Project { $id }
field-project-name = Project name
field-special-mechanism = Under the special mechanism
projects-amounts = Funding by source (million VND)
field-project-amount = From { $source }
projects-amount-remove = Remove source
projects-amount-add = Add a source
projects-total = Project total: { $amount }
projects-end-before-start = The end { $end } is before the start { $start }.
tasks-add = Add task
tasks-remove = Remove task
tasks-new-text = New task
tasks-select-hint = Select a task to edit it.
tasks-editing = Selected task
tasks-pick-agency = Pick an agency
field-task-text = Task
field-task-done = Done
field-task-criteria = Related criteria (numbers, separated by commas)
field-task-communes = Related communes (names, separated by commas)
field-project-commune = Commune of the project
field-project-component = Under component content
field-project-status = Project status
field-project-start = Start date
field-project-end = End date

# Excel, compare, merge (plans travelling between offices)
cmd-export-xlsx = Export to Excel…
cmd-import = Import criteria from Excel/CSV…
cmd-compare = Compare with another file…
cmd-merge = Merge a submission…
dialog-export-xlsx-title = Export the plan as an Excel workbook
dialog-import-title = Choose a workbook with a commune × criteria sheet
dialog-compare-title = Choose a version of the plan to compare with
dialog-merge-title = Choose the plan a commune (or district) submitted
dialog-merge-base-title = Choose the last version both sides had
file-filter-xlsx = Excel workbook
file-filter-table = Spreadsheet (xlsx, csv)
job-export = Exporting to Excel…
job-import = Reading the spreadsheet…
job-compare = Reading the plan to compare…
job-merge = Reading the submitted plan…
job-progress = { $percent } done
job-cancelling = Cancelling…
toast-cancelled = Cancelled; nothing changed.
toast-xlsx-exported = Exported the workbook { $file }
toast-imported = Imported { $n ->
    [one] 1 cell
   *[other] { $n } cells
} from { $file } (Ctrl+Z to undo).
toast-merged = Merged { $n ->
    [one] 1 item
   *[other] { $n } items
} from { $file } (Ctrl+Z to undo).
error-export-xlsx-title = The workbook could not be exported
error-import-title = Cannot read { $file }
error-job-title = The work stopped
error-job-lost = The background work stopped unexpectedly; the open plan is unchanged.
edit-import = Import criteria from a spreadsheet
edit-merge = Merge a submitted plan
layer-baseline = Baseline
layer-target = Target
mark-met = met
mark-not-met = not met
col-cell = Cell
col-row = Row
col-in-sheet = In the sheet
col-in-plan = Commune in the plan
col-reason = Reason
col-change = Change
col-criterion = Criterion
col-difference = What differs
import-title = Import criteria from { $file }
import-sheet = Sheet:
import-unlabelled = Read criteria columns that do not say which as:
import-error-hint = Choose another sheet, or check the header row (commune names and criterion numbers or names) in the workbook.
import-found = Header row { $row }, commune names in column { $col }, { $columns } criteria columns.
import-summary = { $changes ->
    [one] 1 cell will change
   *[other] { $changes } cells will change
}, { $unchanged ->
    [one] 1 stays
   *[other] { $unchanged } stay
} the same, { $matched ->
    [one] 1 row
   *[other] { $matched } rows
} matched a commune of the plan.
import-tab-changes = Changes ({ $n })
import-tab-matched = Matched rows ({ $n })
import-tab-unmatched = Unmatched rows ({ $n })
import-tab-problems = Unreadable cells ({ $n })
import-not-used = Unmatched rows and unreadable cells will not be imported; correct the workbook and import again if needed.
import-accept = Accept ({ $n ->
    [one] 1 change
   *[other] { $n } changes
})
compare-title = Compare with { $file }
compare-same = The plans are the same: { $a } and { $b } do not differ anywhere.
compare-summary = { $n ->
    [one] { $n } difference
   *[other] { $n } differences
} between { $a } (open) and { $b }.
compare-all = All ({ $n })
compare-search = Find:
compare-search-hint = commune, criterion, funding source…
compare-shown = Showing { $n } rows
compare-col-a = Open plan
compare-col-b = Compared file
compare-click-hint = Click a row to go to that place in the open plan.
compare-copy = Copy the list
merge-title = Merge a submission: { $file }
merge-covers = The submission has { $n } communes: { $matched } are in { $ours }, { $new } are new.
merge-base = Last common version: { $file }
merge-no-base = No common version chosen.
merge-base-choose = Choose common version…
merge-base-clear = Without common version
merge-two-way-hint = Without a common version every difference in the submission's communes is taken from the submission. Choose the common version to take only what the submitter changed and to see where both sides changed the same value.
merge-three-way-hint = With a common version: what only the submitter changed is taken; values both sides changed differently are conflicts to decide.
merge-tab-differences = Differences ({ $n })
merge-tab-incoming = Will be taken ({ $n })
merge-tab-conflicts = Conflicts ({ $n })
merge-col-ours = Open plan
merge-col-theirs = Submission
merge-col-base = Common version
merge-keep = Keep the open plan's
merge-take = Take the submission's
merge-keep-all = Keep all of the open plan's
merge-take-all = Take all of the submission's
merge-no-conflicts = No conflicts.
merge-will-change = The merge will change { $n ->
    [one] 1 item
   *[other] { $n } items
}; { $conflicts ->
    [one] 1 conflict
   *[other] { $conflicts } conflicts
}. One Ctrl+Z undoes it.
merge-accept = Merge

# --- issue 16: input fields, numbers and dates ---
number-empty = No number entered.
number-not-a-number = “{ $text }” is not a number.
number-commas = “{ $text }”: the comma is the decimal mark and may appear only once.
number-grouping = “{ $text }”: dots must separate groups of three digits.
number-too-large = “{ $text }” is too large.
number-negative = “{ $text }”: the number cannot be negative.
date-impossible-year = The year { $year } is not possible (from { $min } to { $max }).
date-impossible-month = There is no month { $month }.
date-no-such-day = { $month }/{ $year } has no day { $day }.
date-not-a-date = “{ $text }” is not a date (dd/mm/yyyy).
tasks-no-agency = (no agency in charge yet)
tasks-unknown-criteria = { $n ->
    [one] The criteria set has no criterion { $list }; the others were recorded.
   *[other] The criteria set has no criteria { $list }; the others were recorded.
}
tasks-unknown-communes = { $n ->
    [one] The plan has no commune { $list }; the others were recorded.
   *[other] The plan has no communes { $list }; the others were recorded.
}
search-commune = Find a commune (type the name, accents optional)
search-more = More match: type more to narrow the list.

# --- issue 16: command line ---
cli-note = note
cli-fmt-not-canonical = not in canonical layout
cli-fmt-rewritten = rewritten (previous file: { $backup })
cli-chart-unknown-kind = Unknown chart kind “{ $kind }”: use one of { $kinds } (or --kind list).
cli-chart-no-plan = Which plan? Give the plan file: ntm-planner chart FILE --kind { $kind } --out OUT.png
cli-chart-no-out = Where to? Give --out PATH.png or --out PATH.svg.
cli-chart-extension = the output must end in .png or .svg
cli-chart-size = --size { $size }: { $error } (write it as WIDTHxHEIGHT, e.g. 1920x1080)
cli-cannot-write = Cannot write { $file }: { $error }

# --- issue 16: typing a path when the file dialog cannot open ---
type-path-title = The file dialog could not open
type-path-body = The system's file dialog could not open. Type the file's full path instead.
type-path-label-save = Save to file (full path)
type-path-label-open = File to open (full path)
type-path-empty = Type a folder and a file name.
type-path-no-file = There is no file { $path }.
type-path-no-folder = The folder { $folder } does not exist.
type-path-is-folder = { $path } is a folder; add a file name.

# --- units: unit register, new plan on the current communes, groups, completion (issue 11) ---
unit-kind-commune = commune (xã)
unit-kind-ward = ward (phường)
unit-kind-township = township (thị trấn)
unit-kind-special-zone = special zone (đặc khu)
register-part = part
register-no-province = The register names no province.
register-no-units = The register has no units.
register-no-name = Unit { $n } has no name.
register-duplicate-code = Code { $code } is used for two units.
register-duplicate-name = Two units have the same name: { $a } and { $b }.
register-old-twice = { $old } is placed whole in { $a } but also appears in { $b }.
register-lone-part = { $old } is marked as a part but appears only in { $unit }; the rest of it is in no unit.
units-import-no-header = No header row with a unit name column (such as "new_name", "Tên xã", "Xã mới") in the first { $rows } rows.
units-import-cancelled = Unit list import cancelled.
units-import-summary = Read { $rows } rows: { $provinces } provinces, { $units } units; { $problems } rows could not be used.
units-import-row = Line { $line }: "{ $text }": { $reason }
units-row-no-name = the row has data but no new unit name
units-row-no-province = no province column and no province chosen
units-row-unknown-type = "{ $value }" is neither "full" (toàn bộ) nor "partial" (một phần)
units-row-bad-code = the code "{ $value }" is not a string of digits
units-row-code-conflict = this code is { $name } on line { $line }
units-row-repeated = repeats line { $line }
units-row-kind-assumed = the name says neither xã nor phường: read as a xã
units-row-unknown-kind = "{ $value }" is not xã, phường, thị trấn or đặc khu
units-imported-from = Imported from { $file } (list of commune-level units).
field-program = Program

# --- results and carry-forward (issue 12) ---
layer-result = Result
edit-results = Edit the results report
edit-commune-result = Edit a commune's result
edit-villages-achieved = Edit villages recognized
results-kind-year-end = Year end
results-kind-mid-year = Mid-year
task-state-done = Done
task-state-in-progress = In progress
task-state-late = Late
results-criterion-line = { $target }/{ $n } targeted, { $result }/{ $n } achieved{ $unreported ->
    [0] {""}
    [one] {" "}({ $unreported } commune not reported)
   *[other] {" "}({ $unreported } communes not reported)
}
legend-achieved = Met as targeted
legend-beyond = Met beyond the target
legend-missed = Target missed
legend-not-met = Not met (not targeted)
legend-not-reported = No result reported
matrix-result-as-target = Result as targeted
matrix-result-as-target-hint = Record the selected communes' results exactly as their targets (recognitions and notes already recorded stay), then change the criteria that differ.
matrix-result-clear = Clear results
matrix-result-clear-hint = The selected communes go back to "no result reported".
result-panel-title = Results (as of { $date })
result-panel-title-undated = Results (no report date yet)
result-none = No result recorded for this commune.
result-record-as-target = Record the result as targeted
result-met-line = Meets { $met }/{ $n } criteria (target { $target }/{ $n })
result-unmet-list = Not met: criteria { $list }
result-granted = Recognitions granted
result-remove-granted = Remove
result-add-granted = Add a recognition
field-decision = Decision no.
field-decision-date = Decision date
field-result-note = Note on the result
result-clear = Clear this commune's result
result-clear-hint = The commune goes back to "no result reported"; Ctrl+Z undoes it.
page-results = Results
cmd-record-results = Record results…
results-none = The plan records no results yet. Record results to compare them with the targets.
results-tab-summary = Summary
results-tab-funding = Money mobilized
results-tab-projects = Project disbursements
results-tab-tasks = Tasks
results-tab-villages = Villages
field-results-date = Figures as of
error-results-date-required = A results report needs a date.
field-results-kind = Report
results-remove-all = Remove all results
results-remove-all-hint = Removes the report date and every result (communes, money, projects, tasks, villages) in one step; Ctrl+Z undoes it.
field-results-note = Note on the report
results-reported = Communes with a result
results-average = Criteria per commune on average: target → result
results-full-set = Communes meeting all { $n } criteria: target → result
results-ntm = Recognized at NTM standard this year
results-advanced = Recognized advanced or above this year
results-planned-granted = { $planned } planned, { $granted } granted
results-villages = Villages recognized: result / plan
results-mobilized = Money mobilized: result / plan
results-disbursed = Disbursed on projects: result / project total
results-projects-disbursing = { $n ->
    [one] { $n } project disbursing
   *[other] { $n } projects disbursing
}
results-tasks = Tasks
results-tasks-line = { $done } done, { $progress } in progress, { $late } late, { $unreported } not reported
results-by-criterion = Communes meeting each criterion: target and result
results-not-granted = Planned for recognition this year, no decision yet
results-funding-hint = Enter the money mobilized from each source (sources without sub-sources); empty means not reported. Totals add up by themselves.
col-planned = Plan
col-mobilized = Mobilized
results-no-projects = The plan has no project list.
col-project = Project
col-disbursed = Disbursed
col-disbursement = Disbursements (amount, date)
field-date-short = Date
error-date-required = A date is needed.
btn-delete = Delete
results-add-disbursement = + Disbursement
results-no-tasks = The plan has no tasks.
col-task = Task
col-state = State
col-state-date = Date
col-state-note = Note
task-state-unreported = Not reported
col-achieved = Recognized
error-count = "{ $value }" is not a count.
history-basis-result = result
history-basis-target = target
carry-title = The { $to } plan from the { $from } plan (same criteria set and units)
carry-title-across = The { $to } plan from the { $from } plan, onto the units since 1 July 2025 and the new criteria set
carry-section-header = Header
carry-section-goals = Goals
carry-section-tasks = Unfinished tasks (carried, flagged)
carry-section-projects = Unfinished projects (carried, flagged)
carry-baseline-result = baseline from the result
carry-baseline-target = baseline from the target (no result recorded)
carry-baseline-not-assessed = not assessed under the new set
carry-error-year = The new plan's year ({ $to }) must be after { $from }.
carry-error-impossible-year = { $year } is not a possible year.
carry-error-crosswalk = The criteria crosswalk goes from set "{ $from }" to "{ $to }", but the plan is on "{ $plan }" and the new set is "{ $new }".
carry-error-province = The unit register is for { $register }, the plan for { $plan }.
carry-change-title = The plan's title for the new year
carry-change-program = The program's name for the new year
carry-change-number = Clear the old plan's document number
carry-change-date = Clear the old plan's date
carry-change-draft = Mark as a draft
carry-change-legal-basis = Add a basis: the results of last year's plan
carry-change-legal-bases = Replace the legal bases: the resolution on the units, the decision issuing the set, last year's plan
carry-change-targets = Clear last year's { $n } specific targets
carry-change-stated = Clear the figures last year's text stated (for the checker)
carry-change-deadline = Clear a target deadline that has passed
carry-change-general-goal = Keep last year's general goal
carry-change-task = Carry the unfinished task of { $agency }: { $text }
carry-change-project = Carry the unfinished project { $id }: { $name }
carry-change-agency = Rename the agency in charge after the restructuring
carry-note-granted = Recognized { $level } in { $year } (from the result)
carry-note-awaiting = Still awaiting recognition { $level } (planned for { $year })
carry-note-funding = Funding keeps its tree of sources with the amounts cleared, for the new year's figures.
carry-note-allocation = The allocation over component contents is cleared, to be made again.
carry-note-results = The results (as of { $date }) are not carried: they are the new plan's baseline.
carry-note-villages = Villages recognized this year join those already recognized; the new year's villages to recognize are left empty.
carry-note-villages-unreported = No result for villages: those recognized stay as last year; the new year's villages to recognize are left empty.
carry-note-formed-from = Formed from: { $list }
carry-note-proposed = Proposed met by the crosswalk (to review): criteria { $list }
carry-note-nothing-proposed = The crosswalk proposes no criterion as met.
carry-note-no-proposal = Nothing proposed: { $names } was not in last year's plan.
carry-note-units = The units of { $register }: { $n } units; criteria set: { $set }.
carry-note-not-assessed = Every commune starts "not assessed" under the new set; the crosswalk's proposals are for review and never applied by themselves.
carry-note-funding-2026 = Funding follows the merged 2026–2035 program's sources, with no amounts yet.
carry-note-components = The previous period's component contents and allocation are not carried.
carry-note-targets-not-carried = Last year's specific targets and stated figures are not carried.
carry-left-task = Done, not carried: { $agency }: { $text }
carry-left-project = Done, not carried: project { $id }: { $name }
carry-report-unknown = { $name } ({ $district }) is not in the unit register: not carried.
carry-report-ambiguous = { $name } ({ $district }) fits several old units: { $list }; not carried until decided.
carry-report-duplicate = { $name } ({ $district }) is the same old commune as { $other }, already placed; not carried.
carry-report-partial = { $name } was split between units: { $list }; its history is kept in each, marked "part".
carry-report-outside = { $unit } has old units that were not in last year's plan: { $list }.
carry-report-districts = Districts no longer exist since 1 July 2025, not carried: { $list }.
carry-report-villages = Villages by { $units } old units ({ $planned } planned, { $achieved } recognized) are not carried: the old units no longer exist.
carry-report-task-criteria = Task "{ $text }": old criteria { $list } are not carried (new set).
carry-report-task-communes = Task "{ $text }": old communes { $list } have no new unit.
carry-communes = The new plan's communes
carry-left-behind = Not carried (done)
carry-notes = Notes
carry-report = Carry-forward report
carry-cli-same-file = { $file }: will not overwrite the input plan; choose another --out file.
carry-cli-exists = { $file } exists; use --force to overwrite it.
carry-cli-no-register = The plan's criteria set ended before { $year } but there is no unit register for { $province }: import one first, or pass --register FILE (or --same-set to keep the old set).
carry-cli-no-change = There is no change with the key "{ $key }".
carry-cli-written = New plan written: { $file }
legend-not-assessed = Not yet assessed under the plan's criteria set
history-title = History: the old communes it was formed from
history-level = Recognized { $level } in { $year }
history-not-recognized = Not recognized at NTM standard
history-met = { $met }/{ $of } criteria met by the { $basis } of { $year }
history-unmet = Criteria not met: { $list }
history-no-status = Not in last year's plan (no figures).
history-unassessed = Not yet assessed under { $set }.
history-proposed = The criteria crosswalk proposes these criteria as met (to review):
history-proposed-hint = Proposed: every old criterion mapped to it was met in every old commune it was formed from. Apply only once checked against the facts.
history-apply-proposal = Apply the proposal
history-apply-proposal-hint = The commune's baseline and target follow the proposal (the other criteria not met); the commune becomes "assessed". Ctrl+Z undoes it.
history-drop-proposal = Drop the proposal
history-mark-assessed = Mark as assessed
history-mark-assessed-hint = The commune becomes "assessed" with its criteria as they are. Setting a baseline or target cell in the matrix assesses it too.
cmd-carry = Next year's plan…
carry-dialog-title = Next year's plan from this one
carry-year = The new plan's year
carry-no-register = The plan's criteria set ends before { $year } but there is no unit register for { $province }: the new plan keeps the set and the old communes. Import the unit register (File → New plan) to carry it onto the new units and set.
carry-tab-changes = Changes ({ $n })
carry-tab-communes = Communes ({ $n })
carry-tab-report = Report ({ $n })
carry-summary = Keeping { $kept } of { $n } changes; { $communes } communes. The new plan opens as an unsaved file; the open plan does not change.
carry-create = Make the { $year } plan
carry-report-empty = Nothing to report: every commune was carried.
toast-carried = The { $year } plan is made: review it and save it as a new file.
sample-lai-chau-2027 = Lai Châu — 2027 plan (38 units since 1 July 2025; 2026–2030 set)
distribution-result = { $result }/{ $n } achieved
