# NTM Planner — English UI strings.
# Syntax: key = text; { $name } is a placeholder.

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
