# NTM Planner — English UI strings.
# Fluent syntax (https://projectfluent.org): key = text; { $name } is a placeholder; counts use
# plural selectors { $n -> [one] … *[other] … }.

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-recent = Open recent
menu-samples = Sample plans

cmd-new = New plan…
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

new-plan-province = Province

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
card-recognized-detail = { $awaiting } awaiting, { $new } new in { $year } / { $communes } communes
card-average = Average criteria per commune
card-average-detail = baseline → target, of { $criteria } criteria
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
funding-projects = { $count } investment projects, { $special } under the special mechanism
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
status-findings = { $errors } errors, { $warnings } warnings
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
matrix-keys-hint = Click a cell or press Space to toggle; arrows, Tab, Enter move; Shift selects a range; Ctrl+C / Ctrl+V with Excel.
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
paste-summary = { $changes } cells will change; { $problems } cells could not be read; { $outside } cells fall outside the matrix. Nothing changes until you accept.
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
error-commune-in-use = Cannot remove { $commune }: { $count } projects, tasks or village figures still refer to it.
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
floor-below = { $count } communes below the floor of { $floor } criteria
floor-not-stated = The plan sets no floor of criteria.
roadmap-empty = No criterion is unmet at the baseline.
roadmap-year = Year
roadmap-no-year = No completion year
roadmap-year-count = { $year }: { $items } criteria, { $communes } communes
roadmap-no-year-count = No year: { $items } criteria, { $communes } communes
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
error-negative-amount = An amount cannot be negative.
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
funding-used-by-projects = { $count } project(s) use it
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
projects-totals = Showing { $shown } of { $all } projects · { $amount } million VND · { $special } under the special mechanism
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
tasks-new-agency = Agency in charge
tasks-new-text = New task
tasks-select-hint = Select a task to edit it.
tasks-editing = Selected task
tasks-pick-agency = Pick an agency
field-task-text = Task
field-task-done = Done
field-task-criteria = Related criteria (numbers, separated by commas)
field-task-communes = Related communes (names, separated by commas)
tasks-unknown-criterion = The criteria set has no criterion “{ $code }”.
tasks-unknown-commune = The plan has no commune “{ $name }”.
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
toast-imported = Imported { $n } cells from { $file } (Ctrl+Z to undo).
toast-merged = Merged { $n } items from { $file } (Ctrl+Z to undo).
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
import-summary = { $changes } cells will change, { $unchanged } stay the same, { $matched } rows matched a commune of the plan.
import-tab-changes = Changes ({ $n })
import-tab-matched = Matched rows ({ $n })
import-tab-unmatched = Unmatched rows ({ $n })
import-tab-problems = Unreadable cells ({ $n })
import-not-used = Unmatched rows and unreadable cells will not be imported; correct the workbook and import again if needed.
import-accept = Accept ({ $n } changes)
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
merge-will-change = The merge will change { $n } items; conflicts: { $conflicts }. One Ctrl+Z undoes it.
merge-accept = Merge

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
check-and-more = { " " }and { $n } more
check-header-placeholder = Header: { $field } still holds the placeholder "{ $text }"; write the real text.
check-header-province = The issuing body "{ $body }" is not of the plan's province { $province }.
check-header-year = The title names the year { $stated }, but the plan year is { $year }.
check-group-missing = { $n ->
    [one] 1 commune has
   *[other] { $n } communes have
} no group (the criteria set's thresholds depend on the commune group): { $names }.
check-duplicate-name = Duplicate commune name: "{ $name }" on rows { $n } and { $m }.
check-near-duplicate-name = Nearly the same commune names: "{ $a }" and "{ $b }" (they differ only in accents or spelling). If they are two communes, give each its unit code; if not, correct or remove one.
check-duplicate-code = Unit code { $code } is used for both "{ $a }" and "{ $b }".
check-commune-code = Commune { $name }: code { $code } is not in the unit register of { $register }.
check-level-not-granted = { $name }: { $level } in { $year } is no longer granted under the { $set } (only: { $allowed }).
check-modern-to-recognize = The plan states { $stated } communes to recognize as NTM hiện đại in { $year }, but the commune list plans { $data }.
check-modern-after = The plan states { $stated } communes at NTM hiện đại after { $year }, but the commune list gives { $data }.
check-completes = The plan says the province completes the NTM task in { $stated }, but by the end of { $year } only { $ntm }/{ $communes } communes meet the standard ({ $ntm_missing } short), { $modern }/{ $modern_required } NTM hiện đại communes needed, and { $wards_short } wards or special zones lack criteria.
units-count-commune = { $n ->
    [one] 1 commune
   *[other] { $n } communes
}
units-count-ward = { $n ->
    [one] 1 ward
   *[other] { $n } wards
}
units-count-township = { $n ->
    [one] 1 township
   *[other] { $n } townships
}
units-count-special-zone = { $n ->
    [one] 1 special zone
   *[other] { $n } special zones
}
cli-units-describe = { $units } units ({ $kinds }), from { $old } old units
cli-units-no-province = No province "{ $province }" in { $file }. The provinces in the file: { $list }.
cli-units-choose-province = The file has several provinces: choose one with --province.
cli-units-written = Kept the unit register of { $province }: { $what } → { $file }
cli-units-bundled = shipped with the program
cli-units-unknown = No unit register for "{ $name }". See "ntm-planner units list"; import one with "ntm-planner units import".
cli-new-unknown-set = unknown criteria set "{ $set }"; choose one of: { $sets }
cli-new-bad-year = impossible year { $year }
cli-new-no-province = the province name is empty
cli-new-exists = { $file } already exists; use --force to overwrite it
cli-new-bad-group = The { $set } has no commune group { $group }.
cli-new-no-register = No unit register for { $province } yet: the plan has no communes. Import one with "ntm-planner units import FILE --province NAME", or use --units FILE.
cli-new-unknown-ward = No ward or special zone "{ $name }" in the register of { $province }.
cli-new-written = Wrote { $file }: { $units }.
communes-row-no-name = the row has a kind, code or group but no commune name
communes-row-bad-group = "{ $value }" is not a group number (1, 2, 3)
communes-row-unknown-group = the criteria set has no group { $group }
communes-row-no-groups = the plan's criteria set has no commune groups
communes-row-near-duplicate = nearly the name of { $name }, already in the plan (differs only in accents or spelling)
communes-row-code-of-another = this code is { $name }'s
communes-import-summary = { $new ->
    [one] 1 new commune
   *[other] { $new } new communes
}, { $matched } matched ({ $updated } with a new group, code or kind), { $problems ->
    [one] 1 problem
   *[other] { $problems } problems
}
communes-pasted = Pasted from Excel
cmd-import-units = Import unit list…
cmd-import-communes = Import commune list…
start-new-plan = Create a new plan…
start-new-plan-hint = Choose the criteria set, the province and the year: the plan starts with the province's communes as they are since 1 July 2025.
new-plan-title = New plan
new-plan-set = Criteria set
new-plan-other-province = Another province (no unit register)
new-plan-province-name = Province name
new-plan-province-hint = for example: Điện Biên
new-plan-year = Plan year
new-plan-year-outside = The year is outside the set's period { $start }–{ $end }.
new-plan-group = Commune group
new-plan-group-none = Not chosen (choose per commune later)
new-plan-header = The header will be:
new-plan-create = Create plan
new-plan-count = The plan will have { $n ->
    [one] 1 unit
   *[other] { $n } units
}.
new-plan-no-register = This province has no unit register yet: the plan will have no communes. Use "Import unit list…" to import the province's list from a CSV or Excel file.
new-plan-register = Commune-level units since { $date }: { $what }
new-plan-ward-rule = Wards and special zones take part in NTM only when formed with communes and with at least 70% agricultural land on 1 July 2025 (Phụ lục III, Decision 51/2025/QĐ-TTg): tick those.
new-plan-tick-communes = Tick every commune
new-plan-tick-none = Untick all
new-plan-col-code = Code
new-plan-col-old = Formed from (old units)
new-plan-bundled = shipped
new-plan-imported = imported
toast-plan-created = New plan created with { $n ->
    [one] 1 unit
   *[other] { $n } units
}.
job-units = Reading the unit list…
toast-units-kept = Kept the unit register of { $province }.
error-units-title = The unit register could not be kept
dialog-units-title = Choose a unit list (CSV or Excel)
dialog-communes-title = Choose a commune list (CSV or Excel)
units-dialog-title = Import unit list: { $file }
units-dialog-error-hint = The file needs a header row with the new unit's name column (new_name, "Tên xã", "Xã mới"), and should have the province, code, old unit, old district and whole/part columns of the national table.
units-tab-units = Units ({ $n })
units-tab-problems = Rows not used ({ $n })
units-keep = Keep the register of { $province }
communes-import-title = Import commune list: { $file }
communes-col-kind = Kind
communes-import-found = Header row { $row }; columns: { $columns }.
communes-import-no-header = No header row: commune names read from column A.
communes-tab-new = New communes ({ $n })
communes-tab-matched = Matched ({ $n })
communes-tab-problems = Problems ({ $n })
communes-not-used = Rows with problems will not be used.
communes-stale = The plan changed since the list was read: import it again.
communes-accept = Accept
communes-unchanged = unchanged
group-none-short = not chosen
toast-communes-imported = Added { $new } communes, updated { $updated } (Ctrl+Z to undo).
matrix-set-group = Group of the selected rows:
matrix-set-group-hint = Select rows in the table (drag, or Shift + arrows), then click a group.
filter-no-group = No group yet
toast-group-set = { $n ->
    [one] 1 commune
   *[other] { $n } communes
} put in group { $group }.
error-name-clash = There is already a commune "{ $name }" (the same name, or one differing only in accents or spelling); the name was not changed.
unit-unchanged = Kept as it was in the 2025 reorganization.
import-as-commune-list = Read it as a commune list (add communes, set groups)…
new-plan-wards = Wards, special zones ({ $n })
new-plan-communes = Communes ({ $n })
completion-title = The province's completion of the NTM task
completion-ntm = { $ntm }/{ $communes } communes meet the NTM standard by the end of { $year } ({ $now } already before { $year }).
completion-modern = { $modern } communes ({ $share }) reach NTM hiện đại (modern NTM); at least { $required } needed ({ $percent }%).
completion-wards = { $meeting }/{ $wards } wards and special zones taking part meet at least { $need }/{ $criteria } criteria.
completion-complete = By the end of { $year } the province meets the conditions for completing the NTM task (Phụ lục III, Decision 51/2025/QĐ-TTg).
completion-needed = Still needed to complete the task: { $ntm } communes at NTM standard, { $modern } NTM hiện đại communes, { $wards } wards/special zones with enough criteria.
completion-targets = The program's targets for { $year }: about { $ntm_percent }% of communes at NTM standard ({ $ntm }/{ $communes }), about { $modern_percent }% NTM hiện đại ({ $modern }/{ $communes }).
by-group-title = By commune group (baseline → target)
by-group-recognized = At NTM standard before { $year }
by-group-ntm-after = At NTM standard by the end of { $year }
by-group-modern-after = NTM hiện đại by the end of { $year }
chart-by-group-title = Communes meeting each criterion, by commune group
chart-by-group-no-groups = The plan's criteria set has no commune groups.
chart-no-communes = The plan has no communes yet.
chart-by-group-series = Group { $group } ({ $n ->
    [one] 1 commune
   *[other] { $n } communes
})
chart-by-group-none = No group yet ({ $n ->
    [one] 1 commune
   *[other] { $n } communes
})
chart-by-group-subtitle = target by the end of { $year }
chart-by-group-headline = communes at NTM standard by the end of { $year }
chart-communes-axis = communes
edit-indicators = import indicators
indicators-row-no-code = the row has no indicator code
indicators-row-unknown-criterion = the criteria set has no criterion { $code }
indicators-summary = { $n ->
    [one] 1 indicator
   *[other] { $n } indicators
} ({ $criteria } criteria), { $problems } rows not used
tab-set = Criteria set
set-period = Period { $start }–{ $end }
set-levels = Recognition levels in the period: { $levels }
set-completion = A province completes the task when: { $ntm }% of its communes meet the NTM standard; at least { $modern }% reach NTM hiện đại; wards and special zones taking part meet at least { $wards }% of the criteria ({ $basis }).
set-targets = Targets for { $year }: about { $ntm }% of communes at NTM standard, about { $modern }% NTM hiện đại ({ $basis }).
set-unconfirmed = Not confirmed against the official text:
set-indicators = Indicators ({ $n })
set-import-indicators = Import indicators from a file…
set-no-indicators = The set has no indicator list with group thresholds yet: import the province's from a CSV or Excel file (columns Mã chỉ tiêu, Tên chỉ tiêu, Nhóm 1, Nhóm 2, Nhóm 3).
set-col-indicator = Indicator
set-col-threshold = Threshold
set-import-title = Indicators read from { $file }
set-import-accept = Use this list
dialog-indicators-title = Choose an indicator file (CSV or Excel)
indicators-no-header = No header row with an indicator code column ("Mã chỉ tiêu") in the first 15 rows.
chart-by-group-axis = % of the group's communes
chart-recognition-by-group-title = Communes at NTM standard by commune group
chart-recognized-before = At NTM standard before { $year }
chart-ntm-after = At NTM standard by the end of { $year }
chart-modern-after = NTM hiện đại by the end of { $year }
