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
paste-more-problems = { $n ->
    [one] … and { $n } more cell that cannot be read.
   *[other] … and { $n } more cells that cannot be read.
}
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
merge-manifest-unreadable = The sending's manifest beside this work file cannot be used, so it is merged without the plan as sent (choose a common version if you have one): { $why }
merge-manifest-other-round = The sending's manifest { $file } beside this work file is of another sending ({ $found }, the file's is { $theirs }), so it is merged without the plan as sent.
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

# --- plan document (Word) and PDF (issue 14) ---
field-recipients = Recipients (“Nơi nhận”, one per line)
field-signature = Signature block
field-signature-titles = Signature titles (one per line: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH…)
field-signature-name = Name of the signer
cmd-export-docx = Export plan document (Word)…
cmd-export-pdf = Export PDF…
job-export-docx = Exporting the plan document
job-export-pdf = Exporting the PDF
toast-docx-exported = Plan document exported: { $file }
toast-pdf-exported = PDF exported: { $file }
error-export-docx-title = The plan document could not be exported
error-export-pdf-title = The PDF could not be exported
dialog-export-docx-title = Save the plan document (Word)
dialog-export-pdf-title = Save PDF
file-filter-docx = Word document (.docx)
file-filter-pdf = PDF file (.pdf)
charts-export-pdf = Export PDF…
charts-export-pdf-one = Export PDF (this chart)…
charts-export-pdf-hint = The chosen slides, one chart per page (16:9), with text that can be searched and copied.
report-error-pack = The Word document could not be made: { $error }
pdf-error-svg = A chart could not be read for the PDF: { $error }
pdf-error-pdf = The PDF could not be made: { $error }
pdf-error-empty = The plan has no chart with data to put in a PDF.
png-error-size = The picture size { $w }×{ $h } is not possible: each side must be 16–{ $max } pixels
png-error-encode = The PNG picture could not be made: { $error }

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
pf-header-recipients = recipients (“Nơi nhận”)
pf-header-signature = signature block
pf-header-signature-titles = titles above the signature
pf-header-signature-name = name of the signer
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
pf-communes-result = result
pf-communes-result-unmet = criteria not met (result)
pf-communes-result-granted = recognition granted
pf-communes-result-granted-level = level
pf-communes-result-granted-year = year
pf-communes-result-granted-decision = decision
pf-communes-result-granted-date = decision date
pf-communes-result-note = note on the result
pf-communes-history = formed from
pf-communes-history-name = old commune
pf-communes-history-kind = kind of unit
pf-communes-history-code = old unit code
pf-communes-history-district = old district
pf-communes-history-part = part only
pf-communes-history-status = last status
pf-communes-history-status-plan-year = plan year
pf-communes-history-status-set = criteria set
pf-communes-history-status-recognized = recognized
pf-communes-history-status-recognized-level = level
pf-communes-history-status-recognized-year = year
pf-communes-history-status-met = criteria met
pf-communes-history-status-of = of criteria
pf-communes-history-status-basis = counted at
pf-communes-history-status-unmet = criteria not met
pf-communes-unassessed = not yet assessed
pf-communes-proposed = proposed as met
pf-villages-achieved = recognized during the plan
pf-projects-disbursed = disbursement
pf-projects-disbursed-amount = amount
pf-projects-disbursed-date = date
pf-projects-disbursed-note = note
pf-projects-carried-from = carried from
pf-tasks-result = result
pf-tasks-result-state = state
pf-tasks-result-date = date
pf-tasks-result-note = note
pf-tasks-carried-from = carried from
pf-results = results report
pf-results-date = date reported
pf-results-kind = kind of report
pf-results-mobilized = money mobilized
pf-results-mobilized-source = source id
pf-results-mobilized-amount = amount
pf-results-note = note
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
round-manifest-too-large = the file is { $size } bytes, more than the { $limit } bytes a list of a sending can be
round-manifest-format = the format is "{ $found }", not "{ $expected }"
round-manifest-newer = it was written in version { $found }, newer than this program's version { $supported }; update NTM Planner
round-manifest-plan-invalid = { $n ->
    [one] the plan sent has 1 problem:
   *[other] the plan sent has { $n } problems:
}
round-manifest-not-text = it is { $what }
round-manifest-unknown-commune = it lists the commune "{ $id }", which is not in the plan sent
round-manifest-commune-twice = it lists the commune "{ $id }" twice
round-form-no-mark = the sheet «{ $sheet }» has no { $round } / { $commune }
round-error-already-sent = The folder { $path } already has a sending to the communes; choose another folder or agree to replace it.
round-error-no-communes = No commune chosen to send to.
round-error-unknown-commune = The plan has no commune with id "{ $id }".
round-error-form = { $path }: { $error }
round-error-no-manifest = No list of a sending (_gui-xa.ron) in { $path } or the folder holding it.
gather-refused-unreadable = Cannot be read: { $error }
gather-refused-problems = Cannot be read: the plan has { $n } problems; the first: { $first }
gather-cli-see-check = (to see them: ntm-planner check "{ $file }")
gather-refused-show-problems = Click to see the file's problems
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
gather-cli-counts = { $changes ->
    [one] 1 change
   *[other] { $changes } changes
}, { $conflicts ->
    [one] 1 conflict
   *[other] { $conflicts } conflicts
}, { $findings ->
    [one] 1 checker finding
   *[other] { $findings } checker findings
}
gather-status-ignored = outside its part, not taken
gather-cli-ignored = { $n ->
    [one] 1 change outside its commune's part, not taken:
   *[other] { $n } changes outside its commune's part, not taken:
}
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
cli-chart-no-out = Where to? Give --out PATH.png, --out PATH.svg or --out PATH.pdf.
cli-chart-extension = the output must end in .png, .svg or .pdf
cli-chart-size = --size { $size }: { $error } (write it as WIDTHxHEIGHT, e.g. 1920x1080)
cli-cannot-write = Cannot write { $file }: { $error }

# --- issue 16: typing a path when the file dialog cannot open ---
type-path-title = The file dialog could not open
type-path-body = The system's file dialog could not open. Type the file's full path instead.
type-path-label-save = Save to file (full path)
type-path-label-open = File to open (full path)
type-path-title-folder = The folder dialog could not open
type-path-body-folder = The system's folder dialog could not open. Type the folder's full path instead.
type-path-label-folder = Folder (full path)
type-path-empty-folder = Type a folder.
type-path-not-folder = { $path } is a file, not a folder.
type-path-empty = Type a folder and a file name.
type-path-no-file = There is no file { $path }.
type-path-no-folder = The folder { $folder } does not exist.
type-path-is-folder = { $path } is a folder; add a file name.

# --- files from outside: load, save and import errors (issue 15) ---
load-at = line { $line }, column { $col }
load-io = Cannot read { $path }: { $reason }
load-too-large = The file is { $size } bytes; plan files over { $limit } bytes are refused (a national plan is a few MB)
load-empty = The file is empty: there is nothing to read
load-not-text = This is not a plan file: it is { $what }
load-not-a-plan = This is not an NTM plan file: { $why }
load-format-other = its format is "{ $found }", expected "{ $expected }"
load-no-format = there is no `format: "{ $expected }"` at the top of the file
load-no-version = the file has no `version:` after its format name
load-version-not-number = its version "{ $found }" is not a whole number
load-newer-version = This plan was written in file format version { $found }, newer than this program's version { $supported }; update NTM Planner to open it
load-migration = Cannot upgrade this plan from format version { $from }: { $why }
load-version-never-existed = format version { $found } never existed; versions run from 1 to { $latest }
load-problems = { $n ->
    [one] 1 problem in the plan:
   *[other] { $n } problems in the plan:
}
load-problems-more = … and { $n } more (fix the ones above and open the file again to see them)
notice-migrated = the plan was written in file format version { $from }; it will be saved in version { $to }
notice-comments = { $n ->
    [one] the file has 1 comment
   *[other] the file has { $n } comments
} (line { $lines }); comments are not kept when the plan is saved — put remarks in a note field
file-kind-zip = an Excel workbook (.xlsx), a Word document (.docx) or a .zip archive
file-kind-ole = an old-style Office file (.xls, .doc)
file-kind-pdf = a PDF file
file-kind-picture = a picture
file-kind-archive = a compressed archive
file-kind-program = a program
file-kind-binary = binary data, not text
encoding-not-utf8 = the file is not valid UTF-8 (byte { $byte }); save it as UTF-8 — it may be in an old Vietnamese encoding such as TCVN3 or VNI, or Windows-1258
encoding-utf8-truncated = the file stops in the middle of a letter (byte { $byte }): it may be truncated
encoding-utf16-odd = the file looks like { $name } but has an odd number of bytes: it is truncated
encoding-utf16-invalid = the file looks like { $name } but holds invalid characters
text-control-character = the text holds a control character ({ $name }), which the program's files may not hold: it can hide or fake lines where the text is shown; remove it
text-control-escape = the string has an escape for a control character ({ $name }), which the program's files may not hold: it can hide or fake lines where the text is shown; remove it
syntax-too-deep = the file is nested more than { $max } levels of brackets deep here; the program's files are never this deep
syntax-eof = the file ends too early: it may be truncated (a bracket or quote is not closed)
syntax-then-truncated = { $inner } — the file ends here: it may be truncated
syntax-expected-comma = a comma is missing
syntax-expected-open = expected an opening `{ $open }`
syntax-expected-close = expected a closing `{ $close }`
syntax-expected-colon = a colon is missing
syntax-expected-kind = expected { $what }
syntax-unterminated-string = the string has no closing quote
syntax-integer-out-of-bounds = the whole number is out of the range allowed here
syntax-invalid-escape = invalid escape in a string ({ $text })
syntax-unexpected-char = unexpected character { $text }
syntax-trailing = there is more text after the end of the plan
syntax-unclosed-comment = a comment is not closed
syntax-wrong-type = expected { $expected } but found { $found }
syntax-wrong-length = expected { $expected } but found { $n } elements
syntax-unknown-variant = unknown value `{ $found }` for `{ $outer }`; the values are { $expected }
syntax-unknown-field = unknown field `{ $found }` in `{ $outer }`; the fields are { $expected }
syntax-missing-field = the field `{ $field }` is missing in `{ $outer }`
syntax-duplicate-field = the field `{ $field }` appears twice in `{ $outer }`
syntax-struct-name = expected the record `{ $expected }` but found `{ $found }`
syntax-other = { $text }
syntax-kind-string = a string in double quotes
syntax-kind-whole-number = a whole number
syntax-kind-number = a number
syntax-kind-boolean = true or false
syntax-kind-list = a list [ … ]
syntax-kind-option = an optional value
syntax-kind-record = a record ( … )
syntax-kind-amount = an amount: an integer such as 96569, or a decimal in quotes such as "1066.5"
syntax-kind-choice = one of the named values
syntax-kind-name = a name
syntax-kind-unit = ()
syntax-kind-other = { $text }
amount-too-large = the number { $value } is too large: a plan's amounts and shares have at most { $digits } digits before the decimal point
amount-too-precise = the number { $value } has { $decimals } decimals; a plan's numbers have at most { $max } (one đồng, in million VND)
amount-not-a-number = "{ $text }" is not a number: write digits with an optional decimal point, such as 4503481 or "1066.5"
amount-ambiguous = "{ $text }" is ambiguous: in Vietnamese "." groups thousands; write { $whole } for the whole number, or drop the trailing zeros of a fraction
amount-float = the amount { $value } is written as a floating-point number; write whole amounts without a point (80000) and fractions in quotes ("1066.5")
what-district = district
what-commune = commune
what-component = component
what-project = project
what-funding-node = funding node
what-commune-set = commune set
what-district-set = district set
problem-impossible-year = impossible year { $year } (expected { $from }–{ $to })
problem-deadline-before-year = deadline year { $deadline } is before the plan year { $year }
problem-negative-amount = negative amount { $value }
problem-unknown-criterion = unknown criterion "{ $code }" (the { $what } "{ $set }" has { $codes })
problem-criterion-twice = criterion "{ $code }" is listed twice
problem-empty-id = { $what } has an empty id
problem-duplicate-id = duplicate { $what } id "{ $id }"
problem-district-no-set = district criteria are given but the plan has no district_set
problem-commune-no-name = commune has no name
problem-unknown-district = unknown district "{ $id }"
problem-group-missing = the set "{ $set }" has commune groups; this commune has none
problem-unknown-group = unknown commune group { $group }
problem-group-without-groups = group { $group } given, but the set "{ $set }" has no commune groups
problem-detail-twice = criterion "{ $code }" has two detail entries
problem-unknown-unit = unknown district or commune "{ $id }"
problem-villages-exceed = { $recognized } recognized + { $to_recognize } to recognize exceeds the { $total } villages
problem-unknown-funding-node = unknown funding node "{ $id }"
problem-unknown-component = unknown component "{ $code }"
problem-component-twice = component "{ $code }" is allocated twice
problem-unknown-source = unknown funding source "{ $id }"
problem-source-twice = funding source "{ $id }" is reported twice
problem-source-has-parts = funding source "{ $id }" has sub-sources: report the money mobilized on each of them
problem-met-over-of = { $met } criteria met of { $of }
problem-project-unknown-commune = project in unknown commune "{ $id }"
problem-ends-before-start = ends { $end } before it starts { $start }
problem-unknown-commune = unknown commune "{ $id }"
problem-unknown-band = unknown band "{ $band }" (the set's bands are { $bands })
problem-unknown-chart = unknown chart "{ $name }" (the charts are { $charts })
problem-chart-twice = chart "{ $name }" is listed twice
problem-funding-too-deep = the funding tree is nested deeper than { $max } levels
set-empty-code = a criterion has an empty code
set-code-twice = criterion code "{ $code }" appears twice
set-no-criteria = the set has no criteria
set-too-many-criteria = the set has { $n } criteria; at most { $max }
set-too-many-bands = the set has { $n } distribution bands; at most { $max }
set-too-many-groups = the set has { $n } commune groups; at most { $max }
set-period-backwards = period { $start }–{ $end } ends before it starts
set-band-gap = no distribution band covers { $n } criteria
set-band-overlap = { $bands } distribution bands cover { $n } criteria
set-band-backwards = band "{ $band }" has min { $min } above max { $max }
set-group-twice = commune group { $group } appears twice
save-invalid = The plan cannot be saved as it is ({ $n ->
    [one] 1 problem
   *[other] { $n } problems
}):
save-serialize = Cannot write the plan: { $why }
save-io = Cannot save to { $path }: { $step }: { $reason }
save-read-only = Will not overwrite { $path }: the file is read-only. Clear its read-only attribute or save to another file
save-same-as-input = Will not write to { $path }: it is the file being exported; choose another file name
save-not-a-file = Cannot write to { $path }: it is a folder, not a file
save-no-path = The plan has no file yet; use "Save as…"
save-step-create = cannot create a file in its folder
save-step-write = writing failed
save-step-sync = cannot flush the file to disk
save-step-read-existing = cannot read the existing file
save-step-backup = cannot write the backup copy
save-step-replace = cannot replace the file
save-step-link = cannot follow the link (symlink) to the real file
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-directory = it is a folder, not a file
io-not-a-file = it is not a file but a device, a pipe or a socket of the system
io-not-a-directory = part of the path is not a folder
io-storage-full = the disk is full
io-read-only-filesystem = the disk is read-only
io-quota-exceeded = the disk quota is used up
io-file-too-large = the file is too large for this disk
io-invalid-filename = the file name is not valid
io-busy = the file is in use by another program
io-crosses-devices = cannot move the file to another disk
io-invalid-data = invalid data
io-unexpected-eof = the file ends earlier than expected
io-other = system error ({ $os })
figures-overflow = A sum or share at { $path } exceeds the largest number the program computes exactly (about 7,9·10^28): check the amounts there
export-inexact = { $cell }: { $value } cannot be written exactly as a spreadsheet number (more than 15 significant digits)
export-xlsx = The workbook could not be written: { $why }
export-too-large = The workbook would have about { $cells } cells, over the limit of { $limit }; this plan is too large to export to Excel
export-text-too-long = Cell { $cell } would hold { $chars } characters, and an Excel cell holds at most { $limit }: shorten this text in the plan (it begins “{ $start }”)
export-cancelled = Export cancelled
amount-too-large-here = this number is too large: a plan's amounts and shares have at most { $digits } digits before the decimal point
date-file-form = "{ $text }" is not a date as files write it: write dates as "YYYY-MM-DD", for example "2025-04-30"
import-io = Cannot read { $path }: { $reason }
import-text = { $path }: { $why }
import-not-a-workbook = This is not an Excel workbook (.xlsx): { $what }
import-damaged = The workbook is damaged in its part { $part }: { $what }
import-too-large = The file is beyond what an import reads: { $what }
import-too-large-at = The file is beyond what an import reads at { $at }: { $what }
import-no-sheets = The workbook has no sheets
import-no-sheet = The workbook has no sheet named "{ $sheet }"
import-no-header = Sheet "{ $sheet }": no header row with the criteria (looked for a row naming at least half of the { $criteria } criteria by number or name in the first { $rows } rows)
import-no-commune-column = Sheet "{ $sheet }": the header row { $row } has no commune column (a heading such as "Xã", "Tên xã" or "Commune")
import-cancelled = Import cancelled
import-more-rows = … and { $n } more unmatched rows
import-more-problems = … and { $n } more unusable cells
file-kind-damaged-zip = a damaged zip file ({ $text })
file-kind-zip-not-workbook = a zip file without a workbook in it (a Word document, or another archive)
file-kind-old-xls = it is an old-style Excel workbook (.xls); open it in Excel and save it as .xlsx
file-kind-is = it is { $what }
file-kind-empty = the file is empty
file-kind-text-not-xlsx = it is text; if it is a CSV table, give it the .csv extension
cell-formula-without-value = the cell has a formula but the file does not store its result (a workbook written by a program and never opened in Excel): its value is unknown; open and save it in Excel or LibreOffice
cell-bad-boolean = a true/false cell holds the damaged value "{ $text }"
cell-bad-number = a number cell holds "{ $text }", which is not a number
cell-missing-shared-string = the cell points at string number { $n }, which the workbook does not have
cell-unknown-type = the cell has an unknown data type "{ $text }"
limit-file-size = the file is larger than { $limit } bytes
limit-unpacked = a part of the workbook unpacks to more than { $limit } bytes
limit-xml-run = a part of the workbook has one tag or text longer than { $limit } bytes (a cell holds far less)
limit-rows = beyond the { $limit } rows of a sheet
limit-columns = beyond the { $limit } columns of a sheet
limit-cells = the sheet has more than { $limit } cells
limit-text = the sheet has more than { $limit } bytes of text
limit-merged = the merged cells cover more than { $limit } cells
limit-shared-strings = the workbook has more than { $limit } shared strings
limit-parts = the zip file has more than { $limit } parts
import-not-csv = This is not a text table (CSV): { $what }; if it is an Excel workbook, give it the .xlsx extension
import-damaged-xml = it cannot be read past byte { $byte } of the unpacked part
import-damaged-missing = the workbook names this part but the file does not have it
import-damaged-row = the row number "{ $text }" is not valid
import-damaged-cell = "{ $text }" is not a cell address
import-damaged-zip = the zip structure is damaged
import-at-line = { $file }, line { $line }
import-quote-never-closed = { $file }, line { $line }: the double quote opened here is never closed, so the rest of the file would become one cell; fix that quote
# --- units: unit register, new plan on the current communes, groups, completion (issue 11) ---
unit-kind-commune = commune (xã)
unit-kind-ward = ward (phường)
unit-kind-township = township (thị trấn)
unit-kind-special-zone = special zone (đặc khu)
register-part = part
register-no-province = The register names no province.
register-no-units = The register has no units.
register-no-name = Unit { $n } has no name.
register-duplicate-code = Code { $code } is used for two units: { $a } and { $b }.
register-duplicate-name = Two units have the same name: { $a } and { $b }.
register-old-twice = { $old } is placed whole in { $a } but also appears in { $b }.
register-lone-part = { $old } is marked as a part but appears only in { $unit }; the rest of it is in no unit.
register-line-break = { $text } breaks across lines: the province, and a unit's name, code and district, must each be on one line.
units-file-unreadable = Cannot read the unit register { $file }: { $why }
units-file-not-text = { $file } is not a unit register: it is { $what }
units-file-invalid = { $n ->
    [one] 1 problem in the unit register { $file }:
   *[other] { $n } problems in the unit register { $file }:
}
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
check-modern-to-recognize = The plan states { $stated } communes to recognize as modern NTM in { $year }, but the commune list plans { $data }.
check-modern-after = The plan states { $stated } communes at modern NTM after { $year }, but the commune list gives { $data }.
check-completes = The plan says the province completes the NTM task in { $stated }, but by the end of { $year } only { $ntm }/{ $communes } communes meet the standard ({ $ntm_missing } short), { $modern }/{ $modern_required } modern NTM communes needed, and { $wards_short } wards or special zones lack criteria.
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
completion-modern = { $modern } communes ({ $share }) reach modern NTM (NTM hiện đại); at least { $required } needed ({ $percent }%).
completion-wards = { $meeting }/{ $wards } wards and special zones taking part meet at least { $need }/{ $criteria } criteria.
completion-complete = By the end of { $year } the province meets the conditions for completing the NTM task (Phụ lục III, Decision 51/2025/QĐ-TTg).
completion-needed = Still needed to complete the task: { $ntm } communes at NTM standard, { $modern } modern NTM communes, { $wards } wards/special zones with enough criteria.
completion-targets = The program's targets for { $year }: about { $ntm_percent }% of communes at NTM standard ({ $ntm }/{ $communes }), about { $modern_percent }% modern NTM ({ $modern }/{ $communes }).
by-group-title = By commune group (baseline → target)
by-group-recognized = At NTM standard before { $year }
by-group-ntm-after = At NTM standard by the end of { $year }
by-group-modern-after = Modern NTM by the end of { $year }
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
set-completion = A province completes the task when: { $ntm }% of its communes meet the NTM standard; at least { $modern }% reach modern NTM; wards and special zones taking part meet at least { $wards }% of the criteria ({ $basis }).
set-targets = Targets for { $year }: about { $ntm }% of communes at NTM standard, about { $modern }% modern NTM ({ $basis }).
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
set-indicator-empty-code = an indicator has an empty code
set-indicator-twice = indicator "{ $code }" appears twice
set-indicator-unknown-criterion = indicator "{ $code }" belongs to unknown criterion "{ $criterion }"
set-indicator-unknown-group = indicator "{ $code }" has a threshold for unknown commune group { $group }
set-share-over-100 = a share of { $share }% is more than 100%
chart-by-group-axis = % of the group's communes
chart-recognition-by-group-title = Communes at NTM standard by commune group
chart-recognized-before = At NTM standard before { $year }
chart-ntm-after = At NTM standard by the end of { $year }
chart-modern-after = Modern NTM by the end of { $year }

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
carry-change-recipients = Recipients: the district bodies (abolished on 1 July 2025) give way to the communes and wards
carried-from = carried over, unfinished, from the { $year } plan
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
crosswalk-unreadable = Cannot read the criteria crosswalk { $file }: { $why }
crosswalk-not-text = { $file } is not a criteria crosswalk: it is { $what }
crosswalk-invalid = { $n ->
    [one] 1 problem in the criteria crosswalk { $file } against the two criteria sets:
   *[other] { $n } problems in the criteria crosswalk { $file } against the two criteria sets:
}
crosswalk-other-sets = the crosswalk goes from "{ $from }" to "{ $to }", not from "{ $old }" to "{ $new }"
crosswalk-unknown-new = unknown new criterion "{ $code }"
crosswalk-mapped-twice = new criterion "{ $code }" is mapped twice
crosswalk-unknown-old = unknown old criterion "{ $code }" (mapped to "{ $new }")
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
