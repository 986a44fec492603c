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

# --- compare and merge (issue 13) ---
diff-section-header = Header
diff-section-set = Criteria set
diff-section-communes = Communes, districts, villages
diff-section-cells = Criteria cells
diff-section-funding = Funding, allocation
diff-section-projects = Projects
diff-section-tasks = Tasks, solutions
diff-section-stated = Figures stated in the plan
diff-section-other = Other
diff-criterion-layer = criterion { $code } ({ $layer })
diff-yes = yes
diff-no = no
diff-met = met
diff-not-met = not met
diff-listed = listed
diff-items = { $n ->
    [one] { $n } item
   *[other] { $n } items
}
diff-order = order: { $list }
diff-cli-same = The plans are the same.
diff-cli-count = { $n ->
    [one] { $n } difference
   *[other] { $n } differences
}
merge-error-tree = The merged plan cannot be read back: { $error }
error-merge-title = The merge failed
merge-scope = The submission is taken into the part of { $n ->
    [one] { $n } commune
   *[other] { $n } communes
}: { $communes } (in { $ours }); what it changed elsewhere is listed, not taken.
merge-whole = The submission is a whole plan ({ $n } communes): merged as a whole into { $ours }.
merge-tab-outside = Outside its communes, not taken ({ $n })
merge-outside-hint = The submission changed these outside its communes' part; they are not taken. Edit the plan directly if needed.
# Labels of the plan's fields in compare and merge: pf- + the field's path.
pf-allocation = allocation over components
pf-allocation-base = funding source allocated
pf-allocation-lines = component
pf-allocation-lines-amount = amount
pf-allocation-lines-component = component code
pf-allocation-lines-stated-share = stated share (%)
pf-allocation-unallocated = not yet allocated
pf-allocation-unallocated-amount = amount
pf-allocation-unallocated-stated-share = stated share (%)
pf-communes = commune
pf-communes-baseline-unmet = baseline
pf-communes-details = criterion roadmap
pf-communes-details-agency = agency in charge
pf-communes-details-criterion = criterion
pf-communes-details-note = note
pf-communes-details-year = year to complete
pf-communes-district = district
pf-communes-group = commune group
pf-communes-id = commune id
pf-communes-name = name
pf-communes-note = note
pf-communes-planned = planned recognition
pf-communes-planned-level = level
pf-communes-planned-year = year
pf-communes-recognized = recognized
pf-communes-recognized-level = level
pf-communes-recognized-year = year
pf-communes-target-unmet = target
pf-components = component
pf-components-code = code
pf-components-name = name
pf-components-name-en = English name
pf-criteria-set = commune criteria set
pf-criteria-set-bands = band
pf-criteria-set-bands-label = label
pf-criteria-set-bands-label-en = English label
pf-criteria-set-bands-max = up to
pf-criteria-set-bands-min = from
pf-criteria-set-components = default component
pf-criteria-set-components-code = code
pf-criteria-set-components-name = name
pf-criteria-set-components-name-en = English name
pf-criteria-set-criteria = criterion
pf-criteria-set-criteria-code = number
pf-criteria-set-criteria-indicators = indicators
pf-criteria-set-criteria-name = name
pf-criteria-set-criteria-name-en = English name
pf-criteria-set-groups = commune group
pf-criteria-set-groups-name = name
pf-criteria-set-groups-name-en = English name
pf-criteria-set-groups-number = number
pf-criteria-set-id = set id
pf-criteria-set-in-force-from = recognitions from year
pf-criteria-set-legal-basis = issued by
pf-criteria-set-level = level
pf-criteria-set-name = name
pf-criteria-set-name-en = English name
pf-criteria-set-period-end = period end
pf-criteria-set-period-start = period start
pf-criteria-set-unconfirmed = unconfirmed points
pf-district-set = district criteria set
pf-districts = district
pf-districts-baseline-unmet = baseline
pf-districts-id = district id
pf-districts-name = name
pf-districts-note = note
pf-districts-planned = planned year
pf-districts-recognized = year recognized
pf-districts-target-unmet = target
pf-funding = funding
pf-funding-amount = amount (total)
pf-funding-children = source
pf-funding-children-amount = amount
pf-funding-children-children = sub-sources
pf-funding-children-id = source id
pf-funding-children-kind = kind of source
pf-funding-children-name = name
pf-funding-children-note = note
pf-funding-id = total's id
pf-funding-kind = kind of source
pf-funding-name = total's name
pf-funding-note = note
pf-goals = goals
pf-goals-deadline-year = deadline year
pf-goals-general = general goal
pf-goals-targets = specific targets
pf-header = header
pf-header-date = date issued
pf-header-draft = draft
pf-header-issuing-body = issuing body
pf-header-kind = kind of plan
pf-header-legal-bases = legal bases
pf-header-number = document number
pf-header-place = place
pf-header-province = province
pf-header-signer = signer
pf-header-title = title
pf-header-year = plan year
pf-presentation = presentation
pf-presentation-slides = slides
pf-projects = project
pf-projects-amounts = amount from
pf-projects-amounts-amount = amount
pf-projects-amounts-source = source id
pf-projects-commune = commune
pf-projects-component = component
pf-projects-end = end
pf-projects-id = project id
pf-projects-name = name
pf-projects-note = note
pf-projects-special-mechanism = special mechanism
pf-projects-start = start
pf-projects-status = status
pf-provenance = provenance
pf-provenance-illustrative = illustrative parts
pf-provenance-note = note
pf-provenance-source = source document
pf-solutions = solution
pf-solutions-text = text
pf-solutions-title = title
pf-stated = figures stated in the plan
pf-stated-advanced = advanced communes recognized
pf-stated-advanced-to-recognize = advanced communes to recognize
pf-stated-average-baseline = average criteria per commune (baseline)
pf-stated-average-target = average criteria per commune (target)
pf-stated-awaiting = communes awaiting recognition
pf-stated-communes = number of communes
pf-stated-criteria = communes meeting criterion
pf-stated-criteria-baseline = baseline
pf-stated-criteria-criterion = criterion
pf-stated-criteria-target = target
pf-stated-distribution = communes in band
pf-stated-distribution-band = band
pf-stated-distribution-baseline = baseline
pf-stated-distribution-target = target
pf-stated-districts-to-complete = districts to complete
pf-stated-floor = no commune below (criteria)
pf-stated-projects = projects
pf-stated-recognized = communes recognized
pf-stated-recognized-after = communes recognized after the plan
pf-stated-special-projects = special-mechanism projects
pf-stated-to-recognize = communes to recognize
pf-stated-villages-to-recognize = villages to recognize
pf-tasks = task
pf-tasks-agency = agency
pf-tasks-communes = communes
pf-tasks-criteria = criteria
pf-tasks-deadline = deadline
pf-tasks-status = status
pf-tasks-text = text
pf-villages = villages of
pf-villages-recognized = recognized
pf-villages-to-recognize = to recognize
pf-villages-total = total villages
pf-villages-unit = unit
pf-work-file = commune work file
pf-work-file-commune = commune sent to
pf-work-file-round = sending id
pf-work-file-sent = date sent
pf-communes-code = unit code
pf-communes-kind = kind of unit
pf-criteria-set-indicator-list = indicator
pf-criteria-set-indicator-list-code = indicator code
pf-criteria-set-indicator-list-criterion = of criterion
pf-criteria-set-indicator-list-name = name
pf-criteria-set-indicator-list-note = note
pf-criteria-set-indicator-list-thresholds = threshold
pf-criteria-set-indicator-list-thresholds-group = commune group
pf-criteria-set-indicator-list-thresholds-value = value
pf-criteria-set-levels = recognition levels
pf-criteria-set-program-targets = program targets
pf-criteria-set-program-targets-basis = basis
pf-criteria-set-program-targets-modern-percent = modern communes (%)
pf-criteria-set-program-targets-ntm-percent = NTM communes (%)
pf-criteria-set-program-targets-year = year
pf-criteria-set-province-completion = province completion conditions
pf-criteria-set-province-completion-basis = basis
pf-criteria-set-province-completion-modern-percent = modern communes (%)
pf-criteria-set-province-completion-ntm-percent = NTM communes (%)
pf-criteria-set-province-completion-ward-criteria-percent = ward criteria contents met (%)
pf-header-program = program
pf-register = unit register
pf-register-effective = in force from
pf-register-provenance = sources
pf-register-province = province
pf-register-province-kind = kind of province
pf-register-resolution = resolution
pf-register-units = unit
pf-register-units-aliases = other names
pf-register-units-clause = clause
pf-register-units-code = code
pf-register-units-formed-from = formed from
pf-register-units-formed-from-aliases = other names
pf-register-units-formed-from-code = code
pf-register-units-formed-from-district = former district
pf-register-units-formed-from-kind = kind of unit
pf-register-units-formed-from-name = name
pf-register-units-formed-from-part = in part
pf-register-units-formed-from-province = former province
pf-register-units-kind = kind of unit
pf-register-units-name = name
pf-register-units-unchanged = unchanged
pf-stated-completes = year the province completes
pf-stated-modern-after = modern communes after the plan
pf-stated-modern-to-recognize = modern communes to recognize
# Fixed words of the plan (enum values) in compare and merge.
pv-Yearly = yearly plan
pv-Remediation = remediation plan
pv-Ntm = NTM
pv-Advanced = NTM advanced
pv-Model = NTM model
pv-Modern = NTM modern
pv-Commune = commune
pv-AdvancedCommune = advanced commune
pv-District = district
pv-Central = central budget
pv-CentralInvestment = development investment
pv-CentralRecurrent = recurrent funds
pv-Local = local budget
pv-Integrated = integrated from other programs
pv-Credit = credit
pv-Enterprise = enterprises
pv-Community = community
pv-Other = other
pv-Planned = planned
pv-InProgress = in progress
pv-Done = done
pv-Suspended = suspended
pv-Open = open
pv-Ward = ward
pv-Township = township
pv-SpecialZone = special zone
pv-Province = province
pv-City = city

# --- sending to communes and gathering returns (issue 13) ---
round-error-io = { $path }: { $error }
round-error-manifest = { $path } is not a readable list of a sending: { $error }
round-error-already-sent = The folder { $path } already has a sending to the communes; choose another folder or agree to replace it.
round-error-no-communes = No commune chosen to send to.
round-error-unknown-commune = The plan has no commune with id "{ $id }".
round-error-form = { $path }: { $error }
round-error-no-manifest = No list of a sending (_gui-xa.ron) in { $path } or the folder holding it.
gather-refused-unreadable = Cannot be read: { $error }
gather-refused-not-a-plan = Not a plan file (.ntm) or an Excel form (.xlsx).
gather-refused-foreign = A plan of { $province } for { $year }, not of this sending.
gather-refused-other-round = A work file of another sending ({ $round }).
gather-refused-unknown-commune = Sent to commune id "{ $id }", which this sending did not go to.
gather-refused-no-commune = The file has none of the sending's communes.
gather-refused-many-communes = The file has { $n } communes; each commune returns a file of its own (this may be the province's plan).
gather-refused-duplicate = Same commune as { $files }: remove one file from the folder and gather again.
gather-refused-touches-others = The file changes { $n ->
    [one] { $n } place
   *[other] { $n } places
} outside its commune's part (other communes, their projects or villages): { $what }
gather-status-missing = Not returned
gather-status-unchanged = No changes
gather-status-returned = Returned
gather-status-conflicts = Conflicts
gather-status-refused = Refused
gather-cli-counts = { $changes } changes, { $conflicts } conflicts, { $findings } checker findings
report-sheet-communes = Summary
report-sheet-changes = Changes
report-sheet-refused = Refused
report-title = Returns from the communes: { $title } (sent { $date })
report-col-no = No.
report-col-commune = Commune
report-col-status = Status
report-col-file = File
report-col-date = File changed
report-col-changes = Changes
report-col-conflicts = Conflicts
report-col-findings = Findings
report-col-accepted = Taken
report-col-reason = Reason
report-col-sent = Value sent
report-col-returned = Value returned
send-cli-done = Wrote { $n } work files for the communes into { $dir }.
send-cli-manifest = Manifest
gather-cli-total = { $returned ->
    [one] { $returned } commune returned
   *[other] { $returned } communes returned
}, { $missing } not returned, { $refused ->
    [one] { $refused } file refused
   *[other] { $refused } files refused
}; { $taken } taken.
cli-no-overwrite-input = will not overwrite the input plan; choose another --out file
cmd-send = Send to communes…
cmd-gather = Gather from a folder…
dialog-send-folder-title = Choose the folder for the communes' work files
dialog-gather-folder-title = Choose the folder of the communes' returns
dialog-gather-report-title = Save the consolidation report
job-send = Writing the communes' work files…
job-gather = Gathering the communes' returns…
toast-sent = Wrote { $n } work files for the communes into { $dir }.
toast-gathered = Took the returns of { $n ->
    [one] { $n } commune
   *[other] { $n } communes
} (Ctrl+Z undoes it).
toast-report-written = Saved the consolidation report { $file }.
edit-gather = Gather the communes' returns
error-send-title = Could not send
error-gather-title = Could not gather
send-title = Send to communes
send-intro = Each commune chosen gets a file of its own with its part of the plan (criteria, villages, projects, its tasks) and the plan's header, criteria set and year. Communes with NTM Planner get a .ntm file; communes without it get an Excel form. The list of what was sent is written in the same folder, so that returns are compared with exactly what was sent.
send-all = Choose all
send-none = Choose none
send-all-ntm = All as .ntm files
send-all-xlsx = All as Excel forms
send-form-ntm = Plan file (.ntm)
send-form-xlsx = Excel form (.xlsx)
send-summary = { $n } communes will be sent files, { $xlsx } of them Excel forms.
send-replace = Replace an earlier sending in the folder
send-go = Choose folder and send…
gather-title = Returns from the communes: { $place }
gather-dropped = { $n } files dropped on the window
gather-sending = Sending: { $title }, on { $date } (list { $file }).
gather-counts = { $n } communes: { $returned } returned, { $conflicts } with conflicts, { $unchanged } unchanged, { $missing } not returned; { $refused } files refused.
gather-col-accept = Take
gather-refused-files = Files not of this sending or unreadable ({ $n }):
gather-accept-clean = Take all clean returns
gather-accept-none = Take none
gather-keep-all = Keep the province's for every conflict
gather-take-all = Take the commune's for every conflict
gather-report = Export the consolidation report (Excel)…
gather-apply = Apply the returns of { $n ->
    [one] { $n } commune
   *[other] { $n } communes
}
gather-select-hint = Click a commune to see its changes, conflicts and the checker's findings.
gather-detail = Commune { $name }
gather-detail-missing = The commune has not returned its file.
gather-by-name = The file has no mark of the sending; the commune was found by its name.
gather-tab-changes = Changes ({ $n })
gather-tab-conflicts = Conflicts ({ $n })
gather-tab-findings = Findings ({ $n })
gather-tab-ignored = Outside the commune's part, not taken ({ $n })
gather-no-findings = The checker found nothing.
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
