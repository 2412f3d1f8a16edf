# KoDO — English texts (second locale). Grouped by feature.

## Common
btn-back = ← Back
btn-cancel = Cancel
btn-done = Done ✅
btn-skip = Skip
btn-prev = ◀
btn-next = ▶
stale-button = This button is out of date. Let's continue from the latest message.
unknown-command = I don't know that command. See /help
error-generic = Something went wrong, but your data is safe. Please try again a bit later.
not-registered = Please register first: send /start
need-role = This needs the “{ $role }” role. Please ask a KoDO administrator.
group-private-only = This is done in your private chat with me, where the group does not see your data and answers.
group-open-private = Open the chat with the bot
group-private-button = This button works only in your private chat with the bot.
conversation-too-long = This conversation got too long, so I started it over. Everything already saved is kept.

## Roles
role-participant = Participant
role-author = Author
role-expert = Expert
role-analyst = Analyst
role-moderator = Moderator
role-admin = Administrator

## Commands (bot menu)
cmd-start = Start and registration
cmd-profile = My profile
cmd-language = Language / Язык
cmd-help = Help
cmd-roles = User roles (admin)

## Welcome and help
welcome-back = Welcome back, { $name }! What shall we do? Commands: /help
help =
    <b>KoDO — the supplementary-education coworking</b>
    Teachers and methodologists take part in projects and hand in step results here; experts review them.

    { help-projects }
    { help-my }
    /certificates — my certificates for completed steps
    /portfolio — my portfolio (PDF) and its public link
    /badges — badges and the progress toward each
    /rating — the rating of my institution and municipality
    /profile — my profile, level and achievement tabs
    /language — interface language
    /help — this help
help-expert =
    <b>For experts</b>
    /review — the work waiting for my review
help-moderator =
    <b>For moderators</b>
    /experts project-no @name — assign an expert (without a name — the list)
    /experts guild:code @name or direction:code @name — assign to a set of projects
    /regrade grade-no — correct a saved grade
    /revoke_badge @name — revoke a badge
    /badge_rule code threshold — change a badge threshold
    /cert_revoke code reason — revoke a certificate
help-admin =
    <b>For administrators</b>
    /roles @name or ID — a user's roles (with buttons)
    /grant @name role — grant a role
    /revoke @name role — revoke a role
    Roles: participant, author, expert, analyst, moderator, admin
deep-link-unknown = This link is not recognised or has expired. Open /help to see what the bot can do.
deep-link-after-registration = Thank you! Now let's open the link you came with.

## Registration
reg-intro =
    Hello! This is <b>KoDO</b>, the supplementary-education coworking.
    Let's get acquainted: it takes a minute, and everything can be changed later in /profile.
reg-ask-name = <b>Step 1 of 5.</b> What is your name? Please write your full name.
reg-name-empty = The name cannot be empty. Please write your full name.
reg-name-too-long = Too long: at most { $max } characters. Please write a shorter name.
reg-name-invalid = A name needs letters. Please write your full name, e.g. Maria Ivanova.
ask-expect-text = A text answer is needed here. Please type it as a message.
ask-expect-buttons = Please choose an option with the buttons under the message.
ask-continue = Let's continue where we were: answer the question below, or send /cancel to stop.
reg-ask-municipality = <b>Step 2 of 5.</b> Choose your municipality, or type its name if it is not listed.
reg-ask-municipality-empty = <b>Step 2 of 5.</b> Type the name of your municipality (e.g. Achinsk city).
reg-municipality-not-found = This municipality is not listed. Add “{ $name }”?
reg-ask-institution = <b>Step 3 of 5.</b> Choose your institution, or type its full name to add it.
reg-ask-institution-empty = <b>Step 3 of 5.</b> There are no institutions in this municipality yet. Type the full name of yours.
reg-institution-not-found = “{ $name }” is not listed. Add it?
reg-org-empty = The name cannot be empty.
reg-org-too-long = The name is too long: at most { $max } characters.
reg-org-too-short = The name is too short. Please write it in full.
btn-add-it = Yes, add it
btn-type-again = Type it differently
reg-ask-guilds = <b>Step 4 of 5.</b> Your guilds — the roles you work in. Tick one or more and press “Done”.
reg-guilds-none = Tick at least one guild (“Any” is fine).
reg-ask-email = <b>Step 5 of 5.</b> Your e-mail — optional. Type the address or press “Skip”.
reg-email-invalid = That does not look like an e-mail address. Example: name@school.org. Or press “Skip”.
reg-email-too-long = The e-mail address is too long.
reg-done =
    Done, { $name }! You are registered in KoDO.
    { $municipality }, { $institution }
    Guilds: { $guilds }
    Profile: /profile, help: /help.
reg-cancelled = Registration stopped, nothing was saved. To start again, send /start

## Profile
profile-card =
    <b>{ $name }</b>
    Municipality: { $municipality }
    Institution: { $institution }
    Guilds: { $guilds }
    E-mail: { $email }
    Roles: { $roles }
profile-no-email = not given
profile-edit-prompt = What would you like to change?
btn-edit-name = Name
btn-edit-organisation = Institution
btn-edit-guilds = Guilds
btn-edit-email = E-mail
profile-saved = Changes saved.
profile-edit-cancelled = Editing cancelled, the profile is unchanged.

## Language
language-choose = Choose the interface language:
language-set = Done: I speak English now.

## Roles (administrator)
roles-usage = Usage: /grant @name role or /grant ID role. Roles: participant, author, expert, analyst, moderator, admin
roles-unknown-role = There is no role “{ $role }”. Roles: participant, author, expert, analyst, moderator, admin
roles-user-not-found = User { $who } not found. They must send /start to the bot at least once.
roles-granted = { $name }: role “{ $role }” granted.
roles-revoked = { $name }: role “{ $role }” revoked.
roles-already = { $name }: nothing changed.
roles-last-admin = The last administrator cannot lose the administrator role.
roles-card = <b>{ $name }</b> — roles: { $roles }. Tap to grant or revoke.
roles-none = none
roles-changed-notice = Your KoDO roles have changed: { $roles }.

## Project catalogue, steps and /my (catalogue)
cmd-projects = Project catalogue
cmd-my = My projects and steps
help-projects = /projects — the project catalogue: filters, cards, joining
help-my = /my — my projects and the state of each step
catalogue-title = <b>Project catalogue</b>
catalogue-filters =
    Guilds: { $guilds }
    Direction: { $direction }
    Showing: { $status }
catalogue-filter-all = all
catalogue-status-open = open
catalogue-status-finished = finished
catalogue-status-all = all
catalogue-status-upto = { $status }, up to the current month
catalogue-found = Found: { $total } · page { $page } of { $pages }
catalogue-empty = No projects match these filters. Change them with the buttons below.
catalogue-line = { $number }. { $title } — { $dates }, { $phase }
catalogue-phase-upcoming = starting soon
catalogue-phase-running = under way
catalogue-phase-finished = finished
catalogue-btn-guilds = Guilds
catalogue-btn-guilds-some = Guilds ({ $count })
catalogue-btn-directions = Direction
catalogue-btn-open = Open
catalogue-btn-finished = Finished
catalogue-btn-all = All
catalogue-btn-upto = Up to this month
catalogue-guilds-title = Tick the guilds whose projects to show, then press “Show projects”. Nothing ticked means every guild.
catalogue-btn-all-guilds = All guilds
catalogue-btn-show = Show projects
catalogue-directions-title = Choose the projects' direction:
catalogue-btn-all-directions = All directions
catalogue-btn-back-list = ← Back to the list
catalogue-btn-back-my = ← Back to my projects
catalogue-card =
    <b>{ $title }</b>
    { $summary }

    📅 { $dates }
    Status: { $phase }
    Guilds: { $guilds }
    Directions: { $directions }
    Participants: { $participants }
catalogue-card-steps = <b>Steps</b>
catalogue-card-step-line = { $position }. { $title } — { $dates }
catalogue-card-no-steps = The project's steps are not published yet.
catalogue-card-share = Link to the project: { $link }
catalogue-card-enrolled = ✅ You take part in this project. Open a step to see the task and hand in results.
catalogue-card-other-guilds = The project is meant for other guilds: you can still join after confirming.
catalogue-card-refused = The project is only for these guilds: { $guilds }. You can change your guilds in /profile.
catalogue-card-finished = The project is finished — it can no longer be joined.
catalogue-none = —
catalogue-btn-join = Join the project
catalogue-step-name = Step { $position }. { $title }
catalogue-joined = You have joined the project!
catalogue-join-already = You already take part in this project.
catalogue-join-finished = The project is finished — it cannot be joined.
catalogue-join-refused = This project is only for these guilds: { $guilds }. You cannot join; you can change your guilds in /profile.
catalogue-join-confirm =
    The project “{ $title }” is meant for these guilds: { $guilds }.
    Your guilds: { $mine }.
    Join anyway?
catalogue-btn-join-anyway = Yes, join
catalogue-btn-join-back = No, go back
catalogue-gone = This project was deleted or hidden. Have a look at other projects in the catalogue.
catalogue-step-gone = This step was deleted or its project hidden.
catalogue-step-header =
    <b>{ $project }</b>
    <b>{ $step }</b>
catalogue-step-dates = 📅 { $dates } · { $left }
catalogue-days-left = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
catalogue-days-today = today is the last day
catalogue-days-passed = the deadline has passed
catalogue-step-your-state = Your status: { $state }
catalogue-step-materials = <b>Materials</b>
catalogue-material-file = 📎 { $title } — a file, sent with the button below
catalogue-step-checklist = <b>What to hand in</b>
catalogue-checklist-line = { $position }. { $title } — { $accepts }
catalogue-checklist-optional = { $line } (optional)
catalogue-accepts-any = a file, photo, link or text
catalogue-accepts-file = a file or photo
catalogue-accepts-link = a link
catalogue-accepts-text = text
catalogue-step-criteria = <b>Criteria</b> (up to { $max } { $max ->
    [one] point
   *[other] points
} in all)
catalogue-criterion-line = • { $title } — { $points ->
    [one] { $points } point
   *[other] { $points } points
}
catalogue-criterion-yes-no = • { $title } — yes/no, { $points ->
    [one] { $points } point
   *[other] { $points } points
}
catalogue-state-not-started = not started
catalogue-state-draft = draft (attempt { $attempt })
catalogue-state-on-review = on review (attempt { $attempt })
catalogue-state-returned = returned for rework (attempt { $attempt })
catalogue-state-accepted = accepted: { $points } of { $max } { $max ->
    [one] point
   *[other] points
}
catalogue-submit-not-started = Results can be handed in from { $date }.
catalogue-submit-deadline-passed = The deadline has passed; this step takes no more work.
catalogue-submit-previous-step-first = Hand in the previous step first: this project's steps go in order.
catalogue-submit-project-finished = The project is finished and takes no more work.
catalogue-step-join-first = Join the project to hand in results.
catalogue-btn-submit = Hand in results
catalogue-btn-submit-continue = Continue handing in
catalogue-btn-submit-again = Hand in again
catalogue-btn-files = 📎 Get the files ({ $count })
catalogue-btn-back-project = ← Back to the project
catalogue-file-failed = The file “{ $title }” could not be sent just now. Please tell the project's author.
catalogue-more = …and { $count } more
catalogue-my-title = <b>My projects</b>
catalogue-my-empty = You do not take part in any project yet. Find one in the catalogue: /projects
catalogue-my-project = <b>{ $title }</b> — { $phase }
catalogue-my-step = { $icon } { $step } — { $state }
catalogue-my-deadline = { $step } · until { $date }, { $left }

## Handing in work (submission)
submission-kind-document = document
submission-kind-photo = photo
submission-kind-text = text
submission-receipt =
    📨 <b>We have received your work</b>
    Step “{ $step }”, project “{ $project }”, attempt { $attempt }.
    Sent on { $date } at { $time }.
    { $items }
    Keep this message: it confirms your submission. The review result will come here too.
submission-step-not-found = This step was not found: the project was deleted or is not published yet.
submission-not-enrolled = You are not a participant of the project “{ $project }”. Join it on the project card first.
submission-on-review = Your work on the step “{ $step }” is already on review. Please wait for the expert's decision.
submission-accepted = The step “{ $step }” has already been accepted — no need to hand it in again.
submission-refused-unavailable = This step was not found: the project was deleted or is not published yet.
submission-refused-project-finished = The project is finished — it takes no more work.
submission-refused-not-started = The step “{ $step }” starts on { $from }. You can hand in work from that day.
submission-refused-deadline-passed = The deadline of the step “{ $step }” was { $to }. This project does not take late work.
submission-refused-previous-step-first = Steps of this project are handed in in order: hand in the earlier steps before “{ $step }”.
submission-not-found = This submission was not found.
submission-already-sent = This work has already been sent for review — no need to send it again.
submission-item-not-found = This item is no longer in the checklist: the author changed the step. Open the step and start again.
submission-incomplete = Required items are missing: { $items }.
submission-intro =
    <b>Handing in the step “{ $step }”</b>
    Project “{ $project }”. Checklist items: { $total }.
    Send them one at a time: a document, a photo, a link or text — as each item says. You will see a summary before sending and can replace any item. /cancel stops (what you uploaded stays in the draft).
submission-intro-rework =
    <b>Rework of the step “{ $step }”</b>, attempt { $attempt }
    The expert returned your work. Only the rejected items are needed again: { $count }. Everything else is carried over from the previous attempt.
submission-intro-rework-none =
    <b>Rework of the step “{ $step }”</b>, attempt { $attempt }
    The expert rejected no single item: everything is carried over from the previous attempt. Replace what needs rework and send it again.
submission-intro-resume =
    <b>Continuing the draft of the step “{ $step }”</b>, attempt { $attempt }
    Already uploaded: { $done } of { $total }.
submission-ask-head = <b>{ $current } of { $total }.</b> { $title }
submission-ask-replace-head = <b>Replacing item { $position }.</b> { $title }
submission-ask-rejected = ❗ The expert rejected this item: { $comment }
submission-ask-rejected-plain = ❗ The expert rejected this item.
submission-ask-optional = This item is optional — you may skip it.
submission-accepts-any = Send a document, a photo, a link or text.
submission-accepts-file = Send a document ({ $formats }) or a photo. Files over 20 MB — as a cloud link.
submission-accepts-link = Send a link (http:// or https://).
submission-accepts-text = Type your answer (up to { $max } characters).
submission-saved = ✅ Saved: { $title }
submission-btn-skip = Skip
submission-btn-cancel = Cancel
submission-btn-back = ← Back to summary
submission-btn-send = 📨 Send for review
submission-btn-replace = ✏️ Replace { $position }. { $title }
submission-btn-add = ➕ Add { $position }. { $title }
submission-btn-continue = ▶️ Continue
submission-btn-discard = 🗑 Delete the draft
submission-bad-sticker = A sticker cannot be a result of your work.
submission-bad-voice = Voice and audio messages are not accepted: the expert needs a document, a photo, a link or text. Please type your answer.
submission-bad-video = Videos are not accepted directly: the bot cannot pass a large video to the expert. Upload it to a cloud drive or a video site and send the link.
submission-bad-other = This kind of message cannot be a result.
submission-bad-file-type = This file type is not accepted. Accepted: { $formats } and images. Save your work in one of these formats or pack it into a zip.
submission-bad-file-too-big = The file is over 20 MB: Telegram does not let the bot pass it to the expert. Upload it to a cloud drive, share it by link and send the link.
submission-bad-link-scheme = Only http:// and https:// links are accepted. Links such as javascript: or file: cannot be opened by the expert.
submission-bad-link-invalid = This does not look like a link. Example: https://disk.yandex.ru/d/abc123
submission-bad-link-credentials = The link contains a login or password that every reviewer would see. Share the file by a link without a password and send that.
submission-bad-link-too-long = The link is too long: at most { $max } characters.
submission-bad-text-empty = An empty answer will not do. Please type some text.
submission-bad-text-too-long = The text is too long: at most { $max } characters. Shorten it or send it as a file.
submission-bad-wants-file = This item needs a file: a document or a photo (or a cloud link to the file).
submission-bad-wants-link = This item needs a link (http:// or https://).
submission-bad-wants-text = This item needs a text answer — type it as a message.
submission-album-extra = One file per item: the other files of the album were not saved. Put them into one PDF or ZIP and replace the item in the summary.
submission-in-progress = You are handing in the step “{ $step }”. Let's go on — or send /cancel to stop (what you uploaded is kept).
submission-same-step = You are already handing in this step — let's go on.
submission-other-step = First finish handing in the step “{ $step }” or send /cancel.
submission-use-buttons = Choose with the buttons under the summary: replace an item or send for review.
submission-summary-head =
    <b>Check your work: step “{ $step }”</b>
    Project “{ $project }”, attempt { $attempt }.
submission-summary-carried = carried over from attempt { $attempt }
submission-summary-skipped = skipped
submission-summary-missing = not uploaded
submission-summary-ready = All set. Press “Send for review” or replace any item with its numbered button.
submission-summary-incomplete = Required items are missing — add them with the buttons below.
submission-what-document = 📄 { $name }
submission-what-photo = 🖼 photo
submission-what-link = 🔗 { $url }
submission-what-text = 📝 “{ $text }”
submission-sent = ✅ Your work has been sent for review. The step “{ $step }” is <b>on review</b>. A confirmation will follow as a separate message; the expert will send the result.
submission-cancelled = Stopped. The draft is kept — everything you uploaded stays. Continue with the button below or from the step card; you can also delete a draft you do not need.
submission-discarded = The draft has been deleted. You can start again from the step card.
submission-discard-gone = There is no draft any more.

## Certificates and portfolio (certificates, portfolio)
cmd-certificates = My certificates
cmd-portfolio = My portfolio (PDF)
certificates-issuer = KoDO — the supplementary-education coworking
certificates-document-caption =
    🎓 Certificate of completing the step “{ $step }” of the project “{ $project }”. Points: { $points }.
    Code <code>{ $code }</code> · verify: { $url }
certificates-delayed = 🎓 The step “{ $step }” of “{ $project }” is accepted! Your certificate is being prepared and will arrive here by itself as soon as it is ready — nothing to do.
certificates-revoked-notice = ⛔ Certificate <code>{ $code }</code> for the step “{ $step }” has been revoked. Reason: { $reason }
certificates-reason-grade-corrected = the step's grade was changed and the work returned for rework
certificates-none = No certificates yet. They arrive here by themselves when an expert accepts a completed project step.
certificates-list-header = <b>My certificates</b> — { $count }
certificates-list-item =
    { $n }. { $icon } “{ $step }” — { $project }
        { $points } pts · { $date } · <code>{ $code }</code> · { $state }
certificates-state-ready = ready
certificates-state-pending = being prepared
certificates-state-revoked = revoked
certificates-list-more = …and { $count } more (the latest are shown).
certificates-list-hint = Press a number to get the PDF again. Anyone can verify a certificate at { $url }CODE or with its QR code.
certificates-list-hint-none = Anyone can verify a certificate at { $url }CODE or with its QR code.
certificates-preparing = The certificate is still being prepared — I will send it here as soon as it is ready.
certificates-revoked = This certificate has been revoked: { $reason }
certificates-not-found-button = Certificate not found — the list may be out of date. Open /certificates again.
certificates-not-found = No certificate with the code <code>{ $code }</code>. Check the code (12 Latin letters and digits).
certificates-btn-send = 📄 Send the PDF
certificates-card =
    <b>Certificate <code>{ $code }</code></b>
    { $status }

    Participant: { $participant }
    Institution: { $institution }
    Project: “{ $project }”
    Step: “{ $step }”
    Points: { $points }
    Issued: { $date }
    Verify: { $url }
certificates-card-valid = ✅ Valid
certificates-card-revoked = ⛔ Revoked on { $date }. Reason: { $reason }
certificates-revoke-usage = To revoke a certificate: /cert_revoke CODE reason — for example: /cert_revoke K7QF92MXA3PD not the participant's own work
certificates-revoke-reason-too-long = The reason is too long: at most { $max } characters.
certificates-revoke-done = Certificate { $code } is revoked. Its holder has been told; the check page now says “revoked”.
certificates-revoke-already = Certificate { $code } was already revoked — nothing changed.
certificates-page-title = KoDO certificate check
certificates-page-valid = ✅ The certificate is valid
certificates-page-valid-detail = Issued for a project step whose result a KoDO expert accepted.
certificates-page-revoked = ⛔ The certificate has been revoked
certificates-page-revoked-detail = Revoked on { $date }. Reason: { $reason }
certificates-page-not-found = Certificate not found
certificates-page-not-found-detail = There is no certificate with the code “{ $code }”. Check the code: 12 Latin letters and digits, as printed on the certificate.
certificates-page-note = Verification of KoDO certificates. The code is printed on the certificate and encoded in its QR code.
certificates-page-participant = Participant
certificates-page-institution = Institution
certificates-page-project = Project
certificates-page-step = Step
certificates-page-points = Points
certificates-page-date = Issued on
certificates-page-issuer = Issued by
certificates-page-code = Code
portfolio-summary =
    <b>My portfolio</b>
    Points: { $points } · level: { $level }
    Accepted steps: { $steps } · certificates: { $certificates }
    Badges: { $badges } · training projects: { $training }

    Preparing the PDF…
portfolio-caption = 📁 KoDO portfolio — built automatically from accepted steps, certificates, badges and training projects.
portfolio-pdf-failed = The PDF cannot be prepared right now — try /portfolio again in a few minutes. All your portfolio data is safe.
portfolio-public-off = The public link to your portfolio is closed: only you can see it. Open it to show your portfolio, for example for an attestation.
portfolio-public-on = The public link to your portfolio is open: { $url }
    Anyone who has the link can open it. You can close it at any time.
portfolio-btn-open = 🔗 Open a public link
portfolio-btn-close = 🔒 Close the public link
portfolio-opened = Link opened
portfolio-closed = Link closed
portfolio-page-title = KoDO portfolio
portfolio-page-not-found = Portfolio not found, or its owner closed it

## Achievements (levels, badges, quests, rating)
achievements-tab-guilds = Guilds
achievements-tab-badges = Badges
achievements-tab-levels = Levels
achievements-tab-quests = Quests
achievements-tab-directions = Directions
achievements-tab-card = 👤 Profile
achievements-progress = { $current } of { $threshold }
achievements-profile-level = Level: <b>{ $level }</b>, points: { $points }. { $next }
achievements-level-next = { $points } { $points ->
        [one] point
       *[other] points
    } to “{ $level }”.
achievements-level-top = This is the top KoDO level.
achievements-level-reached =
    ⭐ New level — <b>{ $level }</b>! You have { $points } { $points ->
        [one] point
       *[other] points
    }.
    { $next }
achievements-badge-earned =
    🏅 New badge — <b>{ $badge }</b>!
    For: { $rule }.
    All badges and progress: /badges
achievements-badge-revoked-notice = Your badge <b>{ $badge }</b> was revoked by a KoDO moderator. If this is a mistake, please write to the moderator.
achievements-guilds-title = <b>Guilds</b> · { $name }
achievements-guilds-profile = In your profile: { $guilds }
achievements-guilds-line = • { $name }: projects completed — { $projects }, steps accepted — { $steps }
achievements-guilds-empty = No accepted steps yet — pick a project in the catalogue and hand in the first step.
achievements-guilds-craftsman = { $badge }: { $progress } — projects in different guilds.
achievements-directions-title = <b>Directions</b> · { $name }
achievements-directions-line = • { $name }: projects completed — { $projects }, steps accepted — { $steps }
achievements-directions-empty = No accepted steps in any direction yet.
achievements-badges-title = <b>Badges</b> · { $name } — { $earned } of { $total } earned
achievements-badge-earned-line = 🏅 <b>{ $badge }</b> — { $date }
achievements-badge-locked-line = 🔒 { $badge } — { $progress }
achievements-badge-revoked-line = 🚫 { $badge } — revoked
achievements-badge-broken-line = ⚙️ { $badge } — rule being set up
achievements-badges-more = How to earn each badge: /badges
achievements-badges-list-title = <b>KoDO badges</b> — you have { $earned } of { $total }
achievements-btn-rules = 📖 How to earn badges
achievements-btn-back-to-list = ← Back to badges
achievements-rules-title = <b>How to earn badges</b>
achievements-rules-intro = Badges come by themselves when an expert accepts your step, when you complete a project, open a workshop or launch a project of your own. Each badge is earned once: a corrected grade never gives it twice.
achievements-rules-line = <b>{ $badge }</b> — { $rule }.
achievements-rule-broken = the rule is not set up yet
achievements-rule-ignore = ; “{ $name }” does not count
achievements-rule-accepted_steps = complete { $threshold } project { $threshold ->
        [one] step
       *[other] steps
    } (a step counts once an expert accepts the result)
achievements-rule-completed_projects = complete { $threshold } { $threshold ->
        [one] project
       *[other] projects
    } in full — every step accepted
achievements-rule-completed_project_guilds = complete projects in { $threshold } different { $threshold ->
        [one] guild
       *[other] guilds
    }: each project counts for one guild
achievements-rule-completed_project_directions = complete projects in { $threshold } different { $threshold ->
        [one] direction
       *[other] directions
    }: each project counts for one direction
achievements-rule-full_mark_steps = get full marks for { $threshold } { $threshold ->
        [one] step
       *[other] steps
    }
achievements-rule-accepted_after_rework = rework { $threshold } { $threshold ->
        [one] step
       *[other] steps
    } after an expert's remarks and get them accepted
achievements-rule-perfect_projects = complete { $threshold } { $threshold ->
        [one] project
       *[other] projects
    } with full marks on every step
achievements-rule-other_municipality_projects = get steps accepted in projects by authors from { $threshold } other { $threshold ->
        [one] municipality
       *[other] municipalities
    } (not yours)
achievements-rule-early_accepted_steps = hand in { $threshold } { $threshold ->
        [one] step
       *[other] steps
    } within { $days } { $days ->
        [one] day
       *[other] days
    } of the step opening and get them accepted
achievements-rule-completed_projects_of_kind = complete { $threshold } { $threshold ->
        [one] project
       *[other] projects
    } of the kind “{ $kind }”
achievements-rule-graded_submissions = review { $threshold } participants' { $threshold ->
        [one] result
       *[other] results
    } as an expert
achievements-rule-authored_projects_with_participants = launch { $threshold } { $threshold ->
        [one] project with
       *[other] projects, each with
    } at least { $participants } { $participants ->
        [one] participant who
       *[other] participants who
    } got a step accepted
achievements-rule-workshops_or_build_projects = open a workshop or launch a project that builds a tool ({ $threshold } in all)
achievements-kind-replicate = replicating practices
achievements-kind-train = training staff
achievements-kind-find = finding staff or practices
achievements-kind-build = building tools
achievements-levels-title = <b>Levels</b> · { $name }
achievements-levels-current = Points: <b>{ $points }</b> — level “{ $level }” ({ $band }).
achievements-levels-band = { $from }–{ $to }
achievements-levels-band-top = { $from } and more
achievements-levels-line = ▫️ { $level }: { $band }
achievements-levels-line-current = ▶️ <b>{ $level }: { $band }</b> — you are here
achievements-levels-how = Points come from accepted steps — as many as the expert gave by the step's criteria.
achievements-levels-rating = Your institution's and municipality's place: /rating
achievements-quests-title = <b>Quests</b> · { $name }
achievements-quest-done = ✅ <b>{ $quest }</b> — done { $date }. { $description }
achievements-quest-open = ▫️ <b>{ $quest }</b> — { $progress }. { $description }
achievements-quests-empty = No quests yet.
achievements-rating-title = <b>Rating</b> over the last { $days } { $days ->
        [one] day
       *[other] days
    }
achievements-rating-institution = 🏫 { $name } — place <b>{ $place }</b> of { $of }. Score { $score }, active members { $active } of { $members }.
achievements-rating-institution-unranked = 🏫 { $name } — no place yet: no member has points or badges in this period.
achievements-rating-no-institution = 🏫 No institution given — add it in /profile.
achievements-rating-municipality = 🏙 { $name } — place <b>{ $place }</b> of { $of }. Score { $score }, active members { $active } of { $members }.
achievements-rating-municipality-unranked = 🏙 { $name } — no place yet: no member has points or badges in this period.
achievements-rating-no-municipality = 🏙 No municipality given — add it in /profile.
achievements-rating-top-institutions = <b>Top institutions</b>
achievements-rating-top-municipalities = <b>Top municipalities</b>
achievements-rating-top-line = { $place }. { $name } — { $score }
achievements-rating-empty = Nobody has scored points in this period yet.
achievements-rating-formula = <i>How it works: members' points for accepted steps plus { $badge } per badge, averaged over active members. Every institution also gets { $prior } imaginary “regional average” members — so neither size nor one star member decides it.</i>
achievements-revoke-usage = Usage: /revoke_badge @name or ID [badge]. Without a badge I list the person's badges as buttons.
achievements-revoke-choose = <b>{ $name }</b> — current badges. Which one to revoke?
achievements-revoke-none = { $name } has no current badges.
achievements-revoke-confirm = Revoke the badge <b>{ $badge }</b> from { $name }? They will be notified; the action is logged.
achievements-btn-revoke-yes = Yes, revoke
achievements-btn-revoke-no = Cancel
achievements-revoked = Badge <b>{ $badge }</b> revoked from { $name }; logged.
achievements-revoke-already = Badge <b>{ $badge }</b> of { $name } is already revoked.
achievements-revoke-cancelled = Cancelled, nothing changed.
achievements-award-not-found = No such award — the list may be out of date.
achievements-badge-not-found = There is no badge “{ $badge }”. Badge codes: leader, craftsman, all-rounder, marathoner, top-student, optimist, perfectionist, pilgrim, express, explorer, coordinator, innovator.
achievements-user-badge-missing = { $name } has no current badge <b>{ $badge }</b>.
achievements-tune-usage = Usage: /badge_rule code threshold — e.g. <code>/badge_rule marathoner 15</code>. Now:
achievements-tune-line = <code>{ $code }</code> { $badge } — threshold { $threshold }, rule version { $version }
achievements-tune-bad-threshold = The threshold is a whole number from 1 to 10000.
achievements-tuned = <b>{ $badge }</b>: threshold { $threshold }, rule version { $version }. Now: { $rule }. Each participant is checked against the new rule at their next event (a grade, a project, a workshop).
achievements-tune-unchanged = <b>{ $badge }</b>: the threshold is already { $threshold }, nothing changed.

## Expert review
review-queue-title = <b>Works to review: { $count }</b> (oldest first)
review-queue-line = { $n }. <b>{ $project }</b> · step { $position } “{ $step }” · attempt { $attempt } · waiting { $waiting }
review-queue-line-mine = { $n }. <b>{ $project }</b> · step { $position } “{ $step }” · attempt { $attempt } · waiting { $waiting } · 🔒 yours
review-queue-more = …and { $count } more — they will show up once you have reviewed these.
review-queue-hint = Tap a work's number to open it: it is reserved for you while you review it.
review-queue-empty = The queue is empty — no new works. I will write when some arrive.
review-wait-minutes = { $minutes } min
review-wait-hours = { $hours } h { $minutes } min
review-wait-days = { $days } d { $hours } h
review-notice = 📥 { $count ->
    [one] { $count } new work is
   *[other] { $count } new works are
  } waiting for review. Open the queue — /review
review-experts-usage =
    Project experts:
    /experts 12 — the experts of project 12
    /experts 12 @name — assign an expert (the project's author or a moderator)
    /experts guild:teacher @name — assign to every current project of a guild
    /experts direction:distance @name — assign to every current project of a direction
review-experts-title = <b>Experts of “{ $project }”</b> (No. { $id })
review-experts-none = Nobody yet.
review-experts-hint = Assign: /experts { $id } @name. Remove with the buttons.
review-assigned = { $name } is now an expert of “{ $project }”.
review-already-assigned = { $name } is already an expert of “{ $project }”.
review-unassigned = The expert is removed from the project.
review-assigned-tag = { $name }: “{ $tag }” — { $matched } matching projects, newly assigned: { $added }.
review-assigned-notice = You are now an expert of the project “{ $project }”. Works to review — /review
review-assigned-tag-notice = You are now an expert of { $count ->
    [one] { $count } project
   *[other] { $count } projects
  } (“{ $tag }”). Works to review — /review
review-regrade-usage = Usage: /regrade 12 — where 12 is the grade number (shown on the grade card).
review-err-project-not-found = There is no project No. { $id }.
review-err-not-project-manager = Experts are assigned by the project's author or a moderator.
review-err-user-not-found = User not found.
review-err-target-not-expert = { $name } does not have the Expert role. An administrator must grant it first.
review-err-tag-unknown = I know no guild or direction “{ $tag }”.
grading-err-not-expert = Only experts review works. Ask a KoDO administrator.
grading-err-own = You cannot review your own work.
grading-err-not-assigned = You are not an expert of this project.
grading-err-not-found = There is no such work.
grading-err-not-waiting = This work is no longer waiting for review.
grading-err-taken = Another expert is reviewing this work right now.
grading-err-already-graded = Another expert has already graded this work — your grade was not saved.
grading-err-claim-expired = The review time ({ $minutes } min) ran out — the grade was not saved.
grading-err-points = Points for “{ $title }” must be from 0 to { $max }.
grading-err-points-yes-no = “{ $title }” takes only 0 or { $max }.
grading-err-accept-rejected = A work with a rejected item can be accepted only with a stated reason.
grading-err-return-empty = To return a work, reject an item or write what to improve.
grading-err-too-long = The text is too long.
grading-err-incomplete = The grade is incomplete: check every item and criterion.
grading-err-not-moderator = Only moderators correct grades.
grading-err-grade-not-found = There is no grade No. { $id }.
grading-err-correction-conflict = Someone else has just changed this grade. Open it again: /regrade
grading-err-correction-nothing = Nothing changed — nothing to save.
grading-err-correction-later-attempt = The participant has already started a new attempt, so this one cannot be accepted. Grade the new attempt.
grading-err-reason-required = Write the reason for the correction.
grading-intro = <b>Review</b>: “{ $project }”, step { $position } “{ $step }”, attempt { $attempt }. Here is what the participant sent:
grading-correct-intro = <b>Correcting grade No. { $id }</b>: “{ $project }”, step { $position } “{ $step }”, attempt { $attempt }. The participant's work:
grading-item-new = 🆕 new in this attempt
grading-item-carried = unchanged since the last attempt
grading-item-missing = — not handed in
grading-item-skipped = — not handed in (optional item)
grading-item-file-gone = — the file { $name } is no longer available in Telegram
grading-overview = <b>Checklist ({ $count }).</b> All fine? Or check item by item.
grading-prev-ok = (last time ✅)
grading-prev-rejected = (last time ✖️)
grading-prev-ok-long = In the last attempt: accepted.
grading-prev-rejected-long = In the last attempt: rejected — { $comment }
grading-claimed-until = 🔒 The work is reserved for you until { $time } ({ $minutes } min).
grading-btn-all-ok = ✅ All items accepted
grading-btn-by-item = 🔎 Check item by item
grading-btn-to-queue = ← Back to the queue
grading-btn-queue = 📋 Queue
grading-btn-next-work = ▶ Next work
grading-left = Review put off, nothing saved. The work is back in the queue.
grading-item-head = <b>Item { $n } of { $count }</b> · { $position }. { $title }
grading-item-now-ok = Now: fine.
grading-item-now-rejected = Now: rejected — { $comment }
grading-btn-ok = ✅ Fine
grading-btn-rejected = ✖️ Rejected
grading-btn-rest-ok = ✅ This and all next — fine
grading-ask-item-comment = Item { $position } “{ $title }” is rejected. Write what to fix, or pick a frequent comment:
grading-btn-no-comment = No comment
grading-comment-too-long = The text must be at most { $max } characters.
grading-criterion = <b>Criterion { $n } of { $count }</b> · { $title }
    Points from 0 to { $max }:
grading-criterion-typed = <b>Criterion { $n } of { $count }</b> · { $title }
    Points from 0 to { $max }: tap or type a number.
grading-criterion-yes-no = <b>Criterion { $n } of { $count }</b> · { $title }
    Yes — { $max } pts, no — 0.
grading-criterion-now = Now: { $points }
grading-btn-yes = Yes · { $points }
grading-btn-no = No · { $points }
grading-btn-rest-max = ⏩ This and the rest — full marks
grading-points-out-of-range = Points are a whole number from 0 to { $max }.
grading-finish = <b>Tokens and comment.</b> Mark the tokens the work deserves. Write an overall comment to the participant as a message (or pick a frequent one).
grading-comment-now = Comment: <i>{ $comment }</i>
grading-btn-clear-comment = Remove the comment
grading-btn-next = Next →
grading-btn-next-no-comment = Next without a comment →
grading-return-needs-reason = To return the work, write what to improve (or reject an item).
grading-btn-accept = ✅ Accept
grading-btn-return = ↩️ Return for rework
grading-btn-edit-items = Items
grading-btn-edit-criteria = Criteria
grading-btn-edit-finish = Tokens, comment
grading-btn-save-accepted = 💾 Accepted
grading-btn-save-returned = 💾 Returned
grading-btn-quit = ✖️ Keep as is
grading-ask-override = Items not accepted: { $items }. You can still accept the work — write the reason; it goes on the participant's card.
grading-ask-correction-reason = Why are you correcting the grade? The reason goes to the audit log and to the participant.
grading-saved-accepted = ✅ Grade No. { $id } saved: accepted, { $total } of { $max }. The participant will get a card with the result.
grading-saved-returned = ↩️ Grade No. { $id } saved: returned for rework ({ $total } of { $max }). The participant will get a card with what to improve.
grading-corrected = Grade No. { $id } corrected: { $total } of { $max }, the participant's points { $delta }. The participant has been told.
grading-cancelled = Review put off, nothing saved. The work is back in the queue — /review
grading-correct-cancelled = Correction cancelled, the grade is unchanged.
grading-claim-expired = ⏰ The review time ({ $minutes } min) ran out and the grade was not saved. The work is still free — take it again and save your grade?
grading-claim-lost = ⏰ The review time ran out and another expert has taken the work. Your grade was not saved.
grading-btn-reclaim-save = 💾 Take again and save
grading-btn-drop = Do not save
grading-busy = A review is under way. Finish it, or send /cancel to put it off.
grading-finish-first = Finish the current review first (or send /cancel).
grading-expect-text = A text or a button under the message above is needed here.
grading-expect-buttons = Choose with a button under the message above.
grading-summary-title = <b>Review summary</b>: “{ $project }”, step { $position } “{ $step }”, attempt { $attempt }
grading-card-title = <b>Review result</b>: “{ $project }”, step { $position } “{ $step }”, attempt { $attempt }
grading-card-accepted = ✅ The work is accepted.
grading-card-returned = ↩️ The work is returned for rework.
grading-card-total = Total: <b>{ $total } of { $max }</b>
grading-card-items = <b>Checklist</b>
grading-card-criteria = <b>Criteria</b>
grading-card-criterion = • { $title }: { $points } of { $max }
grading-card-criterion-yes = • { $title }: yes ({ $points } of { $max })
grading-card-criterion-no = • { $title }: no ({ $points } of { $max })
grading-card-criterion-open = • { $title }: — of { $max }
grading-card-tokens = 🏅 Tokens: { $tokens }
grading-card-comment = 💬 Expert's comment: <i>{ $comment }</i>
grading-card-override = Accepted despite remarks: <i>{ $reason }</i>
grading-card-redo = <b>What to improve</b>
grading-card-resubmit = Fix these items and send the step again — the rest is kept.
grading-card-points = Points credited: +{ $points }.
grading-card-number = Grade No. { $id }
grading-correction-title = ✏️ <b>A moderator corrected your grade</b>: “{ $project }”, step { $position } “{ $step }”, attempt { $attempt }
grading-change-decision-accepted = Decision: the work is accepted.
grading-change-decision-returned = Decision: the work is returned for rework.
grading-change-item-ok = Item { $position } “{ $title }”: now accepted
grading-change-item-rejected = Item { $position } “{ $title }”: now rejected
grading-change-criterion = { $title }: was { $before }, now { $after } of { $max }
grading-change-tokens-added = Tokens added: { $tokens }
grading-change-tokens-removed = Tokens removed: { $tokens }
grading-change-comment = New comment: <i>{ $comment }</i>
grading-change-comment-removed = The comment is removed.
grading-change-total = Points: were { $before }, now { $after } of { $max }
grading-correction-reason = Reason: <i>{ $reason }</i>

## Command menu (additions)
cmd-review = Work to review (expert)
cmd-badges = Badges
cmd-rating = Institution rating

## Grade and certificate notice buttons
grading-card-total-returned = Points are credited once the work is accepted; this check would give { $total } of { $max }.
grading-card-btn-resubmit = ✏️ Fix and hand in
grading-card-btn-next-step = ▶ Next step: { $position }. { $step }
certificates-btn-check = 🔎 Check page

## Catalogue: when a project takes work (catalogue intake)
catalogue-intake-accepting = 📥 step { $position }: open for work until { $date }
catalogue-intake-opens = ⏳ step { $position } opens on { $date }
catalogue-intake-closed = 🔒 no longer taking work
catalogue-section-accepting = 📥 <b>Taking work now</b>
catalogue-section-open = ⏳ <b>Not taking work now</b>
catalogue-section-finished = 🏁 <b>Finished</b>

## Project team, the author's dashboard, project certificates, catalogue filters (authorteam)
cmd-dashboard = My projects' dashboard (author)
help-author-team =
    <b>For authors</b>
    /dashboard — my projects: progress per step, a reminder to participants, the team
    In the project team (👥 button): add or remove a co-author, an invite link for an expert
    /experts project № @name — assign an expert directly
team-err-project-not-found = Project #{ $id } was not found or has been deleted.
team-err-not-manager = Only the project's author, a co-author or a moderator can do this.
team-err-target-not-registered = This person has not registered in KoDO yet: ask them to send /start to the bot, then try again.
team-err-invite-gone = The invite was not found.
team-title = 👥 <b>Team of the project “{ $project }”</b> (#{ $id })
team-author = Author: { $name }
team-coauthors = <b>Co-authors</b>
team-coauthors-none = none yet
team-experts = <b>Experts</b>
team-experts-none = none yet
team-waiting = <b>Waiting for your confirmation (opened the invite link)</b>
team-hint = Co-authors can do everything the author can: change the project, see the dashboard, assign experts and remind participants.
team-btn-remove-coauthor = ✖️ co-author { $name }
team-btn-remove-expert = ✖️ expert { $name }
team-btn-add-coauthor = ➕ Co-author
team-btn-invite = 🔗 Invite an expert
team-btn-dashboard = 📊 Dashboard
team-btn-refresh = 🔄 Refresh
team-btn-invite-accept = ✅ Make them an expert
team-btn-invite-decline = ✖️ Decline
team-coauthor-ask = Who should become a co-author? Send their Telegram @username or numeric ID. They must be registered in KoDO. /cancel to stop.
team-coauthor-cancelled = All right, no co-author added.
team-coauthor-not-found = I could not find { $who } among KoDO's registered users. Check the @username or send the numeric ID.
team-coauthor-added = ✅ { $name } is now a co-author of “{ $project }”. We have told them.
team-coauthor-already = { $name } is already on the team of “{ $project }”.
team-coauthor-removed = Co-author removed
team-coauthor-added-notice = 👥 You were added as a co-author of the project “{ $project }”. You can now do everything its author can: /dashboard shows the project's progress and team.
team-coauthor-removed-notice = You are no longer a co-author of the project “{ $project }”.
team-invite-created =
    🔗 Expert invite link for the project “{ $project }”:
    { $link }

    Forward it to the expert. It works once and until { $date }. When someone opens it, I will ask you whether to make them the expert.
team-invite-ask = 🔔 { $name } opened your invite link and asks to become an expert of the project “{ $project }” (#{ $id }). Assign them?
team-invite-accepted = ✅ { $name } is now an expert of the project.
team-invite-declined = Invite declined: { $name } was not made an expert.
team-invite-already-decided = This invite has already been answered.
team-invite-declined-notice = The author of the project “{ $project }” did not confirm you as its expert.
team-invite-open-invalid = This invite link was not found. Ask the project's author for a new one.
team-invite-open-expired = This invite link has expired. Ask the project's author for a new one.
team-invite-open-used = This invite link has already been used: it works once. Ask the project's author for a new one.
team-invite-open-own = “{ $project }” is your own project — forward the link to the expert.
team-invite-open-already-expert = You are already an expert of the project “{ $project }”. Work to review: /review
team-invite-open-waiting = Your request to become an expert of “{ $project }” is with the author. I will tell you when they answer.
team-invite-open-claimed = Thank you! The author of “{ $project }” has your request to become its expert. I will tell you when they confirm.
dash-err-not-running = Reminders can be sent only for a published project that has not finished.
dash-list-title = 📊 <b>My projects</b> (author or co-author)
dash-list-line = { $n }. { $title } — { $status }, { $dates } · participants: { $enrolled }
dash-list-empty = You have no projects of your own yet. Once you create one or are added as a co-author, it appears here.
dash-status-draft = draft
dash-status-published = published
dash-status-running = running
dash-status-finished = finished
dash-title = 📊 <b>Dashboard of “{ $project }”</b> (#{ $id })
dash-summary = { $status } · { $dates } · participants: { $enrolled } · completed the whole project: { $completed }
dash-no-steps = The project has no steps yet.
dash-step = <b>Step { $position }. { $title }</b> ({ $dates })
dash-step-counts = handed in { $handedIn } of { $enrolled } · waiting for review: { $waiting } · accepted: { $accepted } · returned for rework: { $returned }
dash-slowest = 🐢 <i>furthest behind</i>
dash-slowest-hint = 🐢 marks the step furthest behind its own schedule: a smaller share of work is in than the share of its days gone by.
dash-current = Step { $position } “{ $title }” is open now: { $owing } have not handed it in.
dash-no-current = No step is open right now — nothing to remind about.
dash-reminded-today = 🔔 A reminder was already sent today (at most once a day).
dash-btn-remind = 🔔 Remind those who owe it ({ $count })
dash-btn-remind-yes = 🔔 Yes, remind them
dash-btn-back = ← Back
dash-btn-team = 👥 Team
dash-btn-refresh = 🔄 Refresh
dash-btn-list = ← My projects
dash-remind-confirm = Remind { $count } participants of “{ $project }” about step { $position } “{ $title }”? Each gets one message. Reminders go out at most once a day.
dash-reminded = Reminder sent: { $count }
dash-remind-already-today = A reminder for this project was already sent today — the next one can go tomorrow.
dash-remind-nobody = Everyone has handed in the current step — nobody to remind.
dash-reminder-notice = 🔔 A reminder from the author of “{ $project }”: step { $position } “{ $step }” is due by { $date } ({ $days ->
        [0] today is the last day
        [one] { $days } day left
       *[other] { $days } days left
    }).
dash-reminder-open-step = Open the step
certificates-document-caption-project =
    🏆 Certificate of completing the project “{ $project }” — every step accepted. Points: { $points }{ $hours ->
        [0] {""}
       *[other] {""} · { $hours } h
    }.
    Code <code>{ $code }</code> · verify: { $url }
certificates-revoked-notice-project = ⛔ The certificate <code>{ $code }</code> of completing the project “{ $project }” has been revoked. Reason: { $reason }
certificates-delayed-project = 🏆 You have completed every step of “{ $project }”! The project certificate is being prepared and will arrive here by itself.
certificates-list-item-project =
    { $n }. { $icon } 🏆 The whole project “{ $project }”
        { $points } pts{ $hours ->
        [0] {""}
       *[other] {""} · { $hours } h
    } · { $date } · <code>{ $code }</code> · { $state }
certificates-card-project =
    <b>Project certificate <code>{ $code }</code></b>
    { $status }

    Participant: { $participant }
    Institution: { $institution }
    Project: “{ $project }” — every step
    Hours: { $hours }
    Points: { $points }
    Issued: { $date }
    Verify: { $url }
certificates-hours = { $hours } h
certificates-page-kind = Certifies
certificates-page-kind-project = completion of every step of the project
certificates-page-hours = Hours
certificates-page-valid-detail-project = Issued for completing the project: KoDO experts accepted the results of every step.
cert-pdf-heading = CERTIFICATE
cert-pdf-subtitle-step = of completing a project step
cert-pdf-subtitle-project = of completing a project
cert-pdf-lead = This is to certify that
cert-pdf-what-step =
    has successfully completed the step “{ $step }”
    of the project “{ $project }”;
    the result was accepted by a KoDO expert.
cert-pdf-what-project =
    has successfully completed every step of the project
    “{ $project }”;
    the results were accepted by KoDO experts.
cert-pdf-points = Points: { $points }
cert-pdf-points-of = { $points } of { $max }
cert-pdf-hours = Hours: { $hours }
cert-pdf-date = Date of issue
cert-pdf-issued-by = Issued by
cert-pdf-code = Unique code
cert-pdf-check = Verification
cert-pdf-seal =
    KoDO
    verify
    by QR code
cert-pdf-scan = Scan to verify
portfolio-pdf-title = Portfolio — KoDO
portfolio-pdf-kicker = participant's portfolio
portfolio-pdf-guilds = Guilds: { $guilds }
portfolio-pdf-points = points
portfolio-pdf-steps = steps accepted
portfolio-pdf-certificates = certificates
portfolio-pdf-badges = badges
portfolio-pdf-training = training projects
portfolio-pdf-training-title = Training: staff development projects
portfolio-pdf-steps-title = Project steps completed
portfolio-pdf-badges-title = Badges
portfolio-pdf-certificates-title = Certificates
portfolio-pdf-footer = Generated on { $date } automatically from KoDO records: steps accepted by experts, certificates, badges and training projects. Each certificate can be verified by its code: { $url }<code>.
portfolio-pdf-col-project = Project
portfolio-pdf-col-dates = Dates
portfolio-pdf-col-steps = Steps
portfolio-pdf-col-status = Status
portfolio-pdf-completed = completed
portfolio-pdf-running = in progress
portfolio-pdf-training-none = No staff training projects yet.
portfolio-pdf-col-project-step = Project and step
portfolio-pdf-col-accepted = Accepted
portfolio-pdf-col-points = Points
portfolio-pdf-col-certificate = Certificate
portfolio-pdf-tag-training = training
portfolio-pdf-steps-none = No accepted steps yet.
portfolio-pdf-col-badge = Badge
portfolio-pdf-col-why = For
portfolio-pdf-col-awarded = Awarded
portfolio-pdf-badges-none = No badges yet.
portfolio-pdf-col-code = Code
portfolio-pdf-col-issued = Issued
portfolio-pdf-revoked = revoked
portfolio-pdf-whole-project = the whole project
portfolio-pdf-certificates-none = No certificates yet.
catalogue-btn-kinds = Kind and level
catalogue-kinds-title = Choose the kind of projects and their level, then press “Show projects”.
catalogue-btn-all-kinds = All kinds
catalogue-btn-all-levels = All levels
catalogue-kind-replicate = Replicating practices
catalogue-kind-train = Staff training
catalogue-kind-find = Finding staff or practices
catalogue-kind-build = Building tools
catalogue-level-municipal = Municipal
catalogue-level-regional = Regional
catalogue-filters-aim = Kind: { $kind } · level: { $level }
catalogue-legend-title = <b>Legend</b> (directions):
