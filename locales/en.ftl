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
    { help-news }
    /certificates — my certificates for completed steps
    /portfolio — my portfolio (PDF) and its public link
    /badges — badges and the progress toward each
    /rating — the rating of my institution and municipality
    /profile — my profile, level and achievement tabs
    /language — interface language
    /settings — what to send and when: reminders, digest, badges, news, quiet hours
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
    /mod_name, /mod_municipality, /mod_institution — correct a person's name, municipality, institution; /orgs — organisation numbers
    /merge_municipality, /merge_institution duplicate kept — merge a record typed twice
    /project_hide, /project_unpublish no. reason; /project_show no. — hide, unpublish, show a project
    /withdraw work item reason — withdraw an item that breaks the rules
    /audit user|project|submission no. — the audit trail
    { help-moderator-news }
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
catalogue-accepts-photo = a photo
catalogue-accepts-document = a document
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
submission-accepts-photo = Send a photo (uncompressed as a file is fine). Over 20 MB — as a cloud link.
submission-accepts-document = Send a document ({ $formats }). Over 20 MB — as a cloud link.
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
submission-bad-wants-photo = This item needs a photo (or a cloud link to it).
submission-bad-wants-document = This item needs a document ({ $formats }) — or a cloud link to it.
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
## authoring — project builder and moderation
cmd-myprojects = My projects (author)
help-author =
    <b>For authors</b>
    /newproject — create a project: title, description, kind, level, guilds, directions, dates
    /myprojects — my projects: steps, checklists, criteria, preview, copy, export, moderation
    /import — how to load a project from a YAML or JSON file
help-moderator-projects =
    /moderation — projects waiting for moderation: publish or return with a comment
authoring-kind-replicate = Replicating a practice
authoring-kind-train = Training staff
authoring-kind-find = Finding staff or practices
authoring-kind-build = Building a tool
authoring-level-municipal = municipal
authoring-level-regional = regional
authoring-accepts-any = anything
authoring-accepts-file = a file
authoring-accepts-link = a link
authoring-accepts-text = text
authoring-accepts-photo = photo
authoring-accepts-document = document
authoring-status-draft = ✏️ draft
authoring-status-review = ⏳ in moderation
authoring-status-returned = 🔁 returned for changes
authoring-status-published = ✅ published
authoring-status-running = ▶️ running
authoring-status-finished = 🏁 finished
authoring-field-title = title
authoring-field-summary = summary
authoring-field-description = description
authoring-field-stepTitle = step title
authoring-field-task = step task
authoring-field-itemTitle = checklist item
authoring-field-hint = hint
authoring-field-criterionTitle = criterion
authoring-field-materialTitle = material
authoring-field-url = link
authoring-field-comment = comment
authoring-yes = yes
authoring-no = no
authoring-none = —
authoring-empty = <i>not filled in</i>
authoring-required = required
authoring-optional = optional
authoring-my-title = <b>My projects</b>
authoring-my-empty = No projects yet. Create the first one: /newproject — or load a file: /import
authoring-my-line = • <b>{ $title }</b> — { $status }, { $dates }
authoring-my-hint = New project — /newproject, from a file — /import
authoring-project-head = 📝 <b>{ $title }</b> — { $status }
authoring-project-summary = Summary: { $summary }
authoring-project-kind = Kind: { $kind } · level: { $level }
authoring-project-guilds = Guilds: { $guilds } · directions: { $directions }
authoring-project-dates = Dates: { $dates }{ $hours ->
    [0] {""}
   *[other] · { $hours } h
}
authoring-project-rules = Late work: { $late } · steps in order: { $order }
authoring-project-steps = <b>Steps</b>
authoring-project-step = { $position }. { $title } — { $dates } (items: { $items }, criteria: { $criteria })
authoring-project-no-steps = No steps yet — add the first one.
authoring-project-participants = Participants: { $count }
authoring-project-returned = 💬 The moderator returned the project: { $comment }
authoring-project-in-review = ⏳ The project is waiting for a moderator. Any change takes it out of moderation.
authoring-project-problems = <b>Before sending for moderation:</b>
authoring-problem-no-title = no title
authoring-problem-no-summary = no summary
authoring-problem-no-guilds = no guilds chosen (or «Any»)
authoring-problem-no-steps = no steps
authoring-problem-bad-kind = no kind chosen
authoring-problem-bad-level = no level chosen
authoring-problem-project-dates = the project ends before it starts
authoring-problem-too-many-steps = too many steps
authoring-problem-field-too-long = { $field }: longer than { $max } characters
authoring-problem-step-no-checklist = step { $step }: no checklist item
authoring-problem-step-no-criteria = step { $step }: no criterion
authoring-problem-step-dates-order = step { $step }: ends before it starts
authoring-problem-step-dates-outside = step { $step }: dates outside the project's
authoring-problem-step-too-long = step { $step }: the step card does not fit in a Telegram message — shorten the task or the checklist
authoring-problem-criterion-points = step { $step }: criterion «{ $criterion }» must be worth 1 to 100 points
authoring-btn-title = ✏️ Title
authoring-btn-summary = ✏️ Summary
authoring-btn-description = ✏️ Description
authoring-btn-task = ✏️ Task
authoring-btn-kind = Kind
authoring-btn-level = Level
authoring-btn-guilds = Guilds
authoring-btn-directions = Directions
authoring-btn-dates = 📅 Dates
authoring-btn-hours = ⏱ Hours
authoring-btn-late-on = Late work: accepted
authoring-btn-late-off = Late work: no
authoring-btn-order-on = In order: yes
authoring-btn-order-off = In order: no
authoring-btn-add-step = ➕ Step
authoring-btn-preview = 👁 Preview
authoring-btn-preview-step = 👁 As a participant sees it
authoring-btn-copy = 📋 Copy
authoring-btn-export-yaml = 📤 YAML
authoring-btn-export-json = 📤 JSON
authoring-btn-send-review = 📨 Send for moderation
authoring-btn-finish = 🏁 Finish the project
authoring-btn-finish-yes = 🏁 Yes, finish
authoring-btn-dashboard = 📊 Dashboard
authoring-btn-team = 👥 Team
authoring-btn-my = ← My projects
authoring-btn-back-project = ← To the project
authoring-btn-back-step = ← To the step
authoring-btn-back-builder = ← To the editor
authoring-btn-back-builder-step = ← To the step editor
authoring-btn-open-builder = ✏️ Open in the editor
authoring-btn-open-review = Open
authoring-btn-delete-step = 🗑 Delete step
authoring-btn-delete-yes = 🗑 Yes, delete
authoring-btn-delete = 🗑 Delete
authoring-btn-add-material = ➕ Material
authoring-btn-add-item = ➕ Checklist item
authoring-btn-add-criterion = ➕ Criterion
authoring-btn-make-optional = Make optional
authoring-btn-make-required = Make required
authoring-btn-hint = ✏️ Hint
authoring-btn-points = ✏️ Points
authoring-btn-done = ✔️ Done
authoring-btn-skip = Skip
authoring-btn-cancel = Cancel
authoring-btn-yes-no = Yes/no · { $points }
authoring-step-head = 🧩 <b>{ $step }</b> · { $project }
authoring-step-dates = Dates: { $dates }
authoring-step-task = Task: { $task }
authoring-step-materials = <b>Materials</b>
authoring-step-checklist = <b>Checklist (what to hand in)</b>
authoring-step-item = { $position }. { $title } — { $accepts }, { $required }
authoring-step-criteria = <b>Criteria</b>
authoring-step-criterion = { $position }. { $title } — up to { $points }
authoring-step-criterion-yes-no = { $position }. { $title } — yes/no, { $points }
authoring-step-rubric-in-use = ℹ️ Work has been handed in under this checklist (version { $version }). Changing the checklist or criteria makes a new version; work already handed in is graded by the old one.
authoring-item-card = ☑️ <b>Item { $position }</b> · { $step }
    { $title }
    Takes: { $accepts } · { $required }
    Hint: { $hint }
authoring-criterion-card = ⭐ <b>Criterion { $position }</b> · { $step }
    { $title }
    { $points }
authoring-points-max = up to { $points } points
authoring-points-yes-no = yes/no, «yes» = { $points }
authoring-ask-title-new = What is the project called? (up to 150 characters; everything else can be changed later)
authoring-ask-title = The project's new title (up to 150 characters):
authoring-ask-summary = The project in short — shown in the catalogue (up to 700 characters):
authoring-ask-description = The full description (up to 3,000 characters):
authoring-ask-kind = Kind of project:
authoring-ask-level = Level of the project:
authoring-ask-guilds = Which guilds is it for? Tick one or more (or «Any») and press «Done».
authoring-ask-directions = The project's directions (several allowed), then «Done»:
authoring-ask-project-dates = The project's dates, e.g. «1.12 – 31.12», «15 January – 20 March» or «2026-12-01 — 2026-12-31»:
authoring-ask-hours = How many hours of study for the certificate? A number, or «Skip».
authoring-ask-step-title = The step's title (up to 150 characters), e.g. «A remote lesson»:
authoring-ask-task = The step's task: what the participant does (up to 1,500 characters):
authoring-ask-step-dates = The step's dates inside the project's, e.g. «1.12 – 15.12». «Skip» — the project's dates.
authoring-ask-material = Send a file or a link. A link may come with a title: «Lesson plan template — https://…»
authoring-ask-item = What does the participant hand in? The checklist item (up to 200 characters), e.g. «Lesson plan»:
authoring-ask-accepts = «{ $title }» — what does it take?
authoring-ask-hint = A hint for the item (up to 200 characters), e.g. «by the template, pdf or docx»:
authoring-ask-criterion = The criterion (up to 200 characters), e.g. «Completeness of the plan»:
authoring-ask-points = How many points? A number from 1 to 100 — the criterion's maximum; «yes 3» — a yes/no criterion where «yes» is worth 3.
authoring-dates-read = Saved: { $dates }
authoring-new-saved = The draft is saved. Now add steps — the «➕ Step» button.
authoring-cancelled = Cancelled.
authoring-cancelled-saved = Stopped. Everything you entered is saved in the draft — carry on in /myprojects.
authoring-finish-question-first = Answer the question above first, or press «Cancel».
authoring-expect-file-or-text = A file or a link, please.
authoring-file-untitled = File
authoring-withdrawn = The project left moderation because you changed it. Send it again when you are done.
authoring-sent-review = Sent for moderation. Moderators notified: { $count }.
authoring-copied = The copy is a new draft.
authoring-exported = The project as a file. Edit it in a text editor and send it back to the bot — it becomes a new draft.
authoring-finished = The project is finished.
authoring-finish-confirm = Finish the project «{ $title }»? Participants will no longer be able to hand in work.
authoring-delete-step-confirm = Delete the step «{ $title }» with all its items and criteria?
authoring-step-deleted = Step deleted.
authoring-item-gone = This item is no longer there.
authoring-preview-banner = 👁 <i>Preview: the project as a participant sees it.</i>
authoring-preview-button = A participant's buttons do nothing in the preview.
authoring-imported = The project was loaded from the file as a new draft.
authoring-import-help =
    Send the bot a project file, <b>.yaml</b>, <b>.yml</b> or <b>.json</b> (up to { $max } MB) — it becomes a new draft.
    The easiest start is an export: open any project in /myprojects and press «📤 YAML».
    Fields: title, summary, description, kind (replicate, train, find, build), level (municipal, regional), guilds, directions, starts, ends (YYYY-MM-DD), hours, lateWork, stepsInOrder, steps (title, task, starts, ends, materials, checklist, criteria).
authoring-import-refused = The file was not loaded, nothing was saved:
authoring-import-problem = • line { $line }, <code>{ $where }</code>: { $what }
authoring-import-too-large = The file is over { $max } MB — that is not a project. Nothing was saved.
authoring-import-download-failed = Could not get the file from Telegram. Please send it again.
authoring-import-not-yaml-file = This is not a YAML or JSON text file. Nothing was saved.
authoring-import-not-yaml = the file does not read as YAML or JSON
authoring-import-not-project = the file must hold a project: title, kind, level, starts, ends, steps
authoring-import-too-big = too long (at most { $max })
authoring-import-too-small = at least { $min } needed
authoring-import-empty = must not be empty
authoring-import-one-of = allowed: { $values }
authoring-import-unknown-field = unknown field: { $fields }
authoring-import-missing = the field is required
authoring-import-type = wrong kind of value (expected: { $type })
authoring-import-invalid = invalid value
authoring-import-unknown-guild = no guild «{ $code }»; there are: { $known }
authoring-import-unknown-direction = no direction «{ $code }»; there are: { $known }
authoring-import-date = «{ $value }» is not a date (YYYY-MM-DD expected)
authoring-import-dates-order = ends before it starts
authoring-import-step-outside = the step's dates are outside the project's
authoring-err-empty = Empty — please write some text.
authoring-err-too-long = Too long: at most { $max } characters. Shorten it and send it again.
authoring-err-dates-format = I could not read the dates. Write, e.g., «1.12 – 31.12» or «15 January – 20 March».
authoring-err-dates-order = The end comes before the start — check the dates.
authoring-err-step-outside = The step's dates must be inside the project's.
authoring-err-steps-outside = Steps { $steps } fall outside the new project dates — change their dates first.
authoring-err-hours = Hours: a whole number from 1 to { $max } (or «Skip»).
authoring-err-points-format = Write the points (e.g. «7») or «yes 3» for a yes/no criterion.
authoring-err-points-negative = Points cannot be negative.
authoring-err-points-zero = A criterion worth 0 points grades nothing: 1 to 100.
authoring-err-points-too-many = At most { $max } points per criterion.
authoring-err-link = A link starting with http:// or https://, or a file, please.
authoring-err-too-many = At most { $max } — that is the limit.
authoring-err-bad-value = There is no such value.
authoring-err-unknown-guild = There is no guild «{ $code }».
authoring-err-unknown-direction = There is no direction «{ $code }».
authoring-err-not-author = This needs the “Author” role: projects are created by authors. An administrator grants the role.
authoring-err-not-found = Project not found.
authoring-err-not-yours = This is not your project: only its authors and moderators may change it.
authoring-err-finished = The project is finished — it cannot be changed.
authoring-err-step-gone = This step is no longer there.
authoring-err-conflict = A co-author changed this step while you were editing. Here is the fresh version — please repeat your change.
authoring-err-has-work = Work has been handed in for this step — it cannot be deleted or moved.
authoring-err-incomplete = The project is not ready for moderation yet — the card says what to fix.
authoring-err-not-draft = Only a draft can be sent for moderation.
authoring-err-already-in-review = The project is already in moderation.
authoring-err-not-moderator = This needs the “Moderator” role.
authoring-err-already-decided = This project has already been decided on.
authoring-err-being-edited = The author took the project back to edit it — it returns to the queue when they send it again.
authoring-err-changed-since = The author changed the project while you were looking at it. Here is the fresh version.
authoring-err-not-launched = The project is not published yet.
authoring-notice-review = 📨 The project «{ $title }» ({ $author }) is waiting for moderation — /moderation
authoring-notice-published = ✅ Your project «{ $title }» is published and listed in /projects.
authoring-notice-returned = 🔁 The project «{ $title }» was returned for changes. The moderator's comment: { $comment }
    Open it — /myprojects
authoring-notice-project-dates = 📅 The dates of «{ $project }» changed: now { $dates }.
authoring-notice-step-dates = 📅 In «{ $project }» the step «{ $step }» has new dates: { $dates }.
moderation-queue-empty = No projects are waiting for moderation.
moderation-queue-title = <b>In moderation: { $count }</b>
moderation-queue-line = • { $title } — { $author }, since { $date }
moderation-review-head = <b>Moderation</b> · author: { $author }
moderation-review-not-waiting = <i>The project is not waiting for moderation now.</i>
moderation-btn-publish = ✅ Publish
moderation-btn-return = 🔁 Return with a comment
moderation-btn-queue = ← Queue
moderation-ask-comment = What should the author fix? Your comment (up to 1,000 characters):
moderation-published = Published. The author has been told.
moderation-returned = Returned to the author with your comment.
## web (admin web view, /web, institution status)
help-web = <b>Web view</b> (statistics, moderation): /web — a sign-in link, single use, valid for 10 minutes.
web-login-link = Your link to the KoDO web view (single use, valid for { $minutes } minutes, do not forward it):
    { $url }
web-need-role = The web view is open to analysts, moderators, project authors and admins. Ask a KoDO admin.
web-login-too-many = Too many sign-in links this hour (at most { $limit }). Use the latest one or try later.
institution-status-dormant = Inactive
institution-status-starting = Starting
institution-status-active = Active
institution-status-advanced = Advanced
institution-status-leading = Flagship
rating-status-line = Institution status: <b>{ $status }</b>
web-brand = KoDO · web
web-logout = Sign out
web-back-home = Home
web-not-found = Not found
web-error-signed-out = Your session has ended — sign in again with /web in the bot.
web-error-forbidden = You do not have access to this page.
web-error-csrf = The form is out of date or was not sent from this page. Reload the page and try again.
web-login-title = Sign in to KoDO
web-login-how = Send /web to the KoDO bot — it answers with a one-time sign-in link. There are no passwords.
web-login-idle = A session closes after { $minutes } minutes without activity.
web-login-confirm = A link from the bot. Press the button to sign in (the link works once).
web-login-button = Sign in
web-login-link-spent = This link has been used or has expired. Ask for a new one with /web in the bot.
web-login-slow-down = Too many sign-in attempts. Wait a minute.
web-login-widget = Or sign in with Telegram:
web-login-widget-off = Signing in with the Telegram widget is not configured.
web-login-widget-bad = Could not verify the Telegram data. Try again or use /web.
web-login-no-role = The web view is not open for this account.
web-nav-dashboard = Overview
web-nav-projects = Projects
web-nav-participants = Participants
web-nav-institutions = Institutions
web-nav-municipalities = Municipalities
web-nav-users = Users
web-nav-submissions = Submissions
web-nav-audit = Audit log
web-dashboard-title = KoDO statistics
web-my-projects-title = My projects
web-projects-title = Projects
web-participants-title = Participants
web-institutions-title = Institutions
web-municipalities-title = Municipalities
web-totals-title = Totals
web-monthly-title = Activity by month
web-funnel-title = Step funnel
web-users-title = Users
web-submissions-title = Handed-in work
web-audit-title = Audit log
web-filter-from = From
web-filter-to = To
web-filter-guild = Guild
web-filter-direction = Direction
web-filter-municipality = Municipality
web-filter-all = All
web-filter-apply = Show
web-download-csv = CSV
web-download-xlsx = XLSX
web-table-empty = No data for the chosen period.
web-kpi-participants = Participants
web-kpi-active = Handed in work
web-kpi-projects = Projects
web-kpi-enrolled = Enrolments
web-kpi-handed-in = Handed in
web-kpi-accepted = Accepted
web-kpi-average-share = Average share of the maximum
web-kpi-certificates = Certificates
web-col-metric = Metric
web-col-value = Value
web-col-month = Month
web-col-project = Project
web-col-status = Status
web-col-starts = Starts
web-col-ends = Ends
web-col-enrolled = Enrolled
web-col-handed-in = Handed in
web-col-accepted = Accepted
web-col-completed = Completed
web-col-average-points = Average points
web-col-average-share = Average % of maximum
web-col-slowest-step = Slowest step
web-col-median-days = Median, days
web-col-step = Step
web-col-name = Name
web-col-institution = Institution
web-col-municipality = Municipality
web-col-projects = Projects
web-col-points = Points
web-col-max-points = Of
web-col-badges = Badges
web-col-place = Place
web-col-unit-status = Status
web-col-score = Rating score
web-col-members = Members
web-col-active-members = Active
web-col-username = Telegram
web-col-roles = Roles
web-col-registered = Registered
web-col-submitted = Handed in
web-col-attempt = Attempt
web-col-expert = Expert
web-col-when = When
web-col-actor = Who
web-col-action = Action
web-col-entity = Object
web-col-before = Before
web-col-after = After
web-project-status-draft = Draft
web-project-status-published = Published
web-project-status-running = Running
web-project-status-finished = Finished
web-submission-status-draft = Draft
web-submission-status-submitted = Under review
web-submission-status-returned = Returned
web-submission-status-accepted = Accepted
web-slowest-step = { $title } — median { $days } days
web-step-short = Step { $n }
web-rating-note = The rating is the bot's (/rating): members' points and badges over the last 365 days per active member, adjusted for small institutions. The period filter applies to the "Accepted" column.
web-status-legend = How an institution's status is set
web-status-band-dormant = no member has points or badges within the year
web-status-band = at least { $active } active members, at least { $share } % of the staff, an active member's mean score at least { $mean }
web-search = Search (name or @username)
web-found = Found: { $count }
web-page-prev = Previous
web-page-next = Next
web-page-of = Page { $page } of { $pages }
web-no-name = (no name)
web-user-edit = Details
web-user-roles = Roles
web-user-history = Change history
web-save = Save
web-saved = Saved.
web-invalid-name = A name needs letters and at most 120 characters.
web-user-not-found = User not found.
web-institution-not-found = Institution not found.
web-submission-title = Submission No. { $id }
web-items-title = What was handed in
web-item-missing = not handed in
web-item-photo = Photo
web-item-file = File
web-item-in-telegram = (file in Telegram)
web-grade-none = Not graded yet.
web-grade-correct = Correct the grade
web-grade-by = Graded by: { $expert }
web-grade-items = Technical check
web-grade-item-ok = accepted
web-grade-item-no = not accepted
web-grade-item-comment = comment
web-grade-criteria = Criteria
web-grade-max = (up to { $max })
web-grade-yes-no = (yes = { $max }, no = 0)
web-grade-tokens = Tokens
web-grade-decision = Decision
web-grade-override = Why accepted with an item not accepted
web-grade-comment = Expert's comment
web-grade-reason = Reason for the correction (the participant sees it)
web-grade-save = Save the correction
web-grade-corrected = Grade corrected; the participant has been told.
web-grade-history = Grade history
web-audit-entity-id = Object number
web-audit-system = system

## Message settings, digests, moderator edits and the audit trail
cmd-settings = Message settings
settings-title = ⚙️ <b>Message settings</b>
settings-on = on
settings-off = off
settings-deadlines = ⏰ Deadline reminders
settings-weekly = 📰 Weekly digest
settings-awards = Badges and levels
settings-awards-now = at once
settings-awards-digest = only in the digest
settings-awards-off = never
settings-news = 📢 News
settings-review = 📥 Review summary
settings-quiet = Quiet hours
settings-language = Language
settings-hint = During quiet hours messages (other than answers to what you do and grades) wait for the morning. Press a line to change it.
settings-quiet-title = 🌙 <b>Quiet hours</b>
settings-quiet-hint = Times are in the region's time zone. Reminders, digests, badges and news that arrive during quiet hours come in the morning.
settings-quiet-from = Start
settings-quiet-to = End
settings-hour = h
settings-quiet-disable = 🔔 Turn quiet hours off
settings-back = ← Back
settings-quiet-invalid = Quiet hours must start and end at different times.
settings-invalid = There is no such setting.

digest-more = … and { $count } more
digest-deadline-title = ⏰ <b>{ $count ->
    [one] A step is due soon
   *[other] Steps due soon ({ $count })
}</b>
digest-deadline-line = • “{ $project }”, step { $position } “{ $step }” — by { $date } ({ $days ->
    [0] today is the last day
    [one] { $days } day left
   *[other] { $days } days left
})
digest-deadline-footer = Hand in: /my. Reminders can be switched off in /settings.
digest-weekly-title = 📰 <b>Your week in KoDO</b>
digest-weekly-points = Points this week: { $gained }, { $total } in all.
digest-weekly-badges = 🏅 New badges: { $badges }
digest-weekly-level = 🎓 New level: { $level }
digest-weekly-projects = 🆕 <b>New projects for your guilds</b>
digest-weekly-project-line = • { $title } ({ $from } – { $to }) — /start project_{ $id }
digest-weekly-news = 📢 <b>News you may have missed</b>
digest-footer-settings = What to send and when — /settings
digest-review-title = 📥 <b>Waiting for your review: { $count }</b>
digest-review-line = • “{ $project }”: { $count } (the earliest since { $since })
digest-review-footer = Open the queue: /review

moderation-name-usage = Usage: /mod_name @name, id or #number New full name
moderation-name-invalid = A name needs letters (at most 120 characters).
moderation-renamed = Name corrected: “{ $before }” → “{ $after }”.
moderation-org-usage = Usage: /mod_municipality @name municipality-number or /mod_institution @name institution-number. Numbers: /orgs part of the name
moderation-org-set = { $name }: municipality — { $municipality }, institution — { $institution }.
moderation-user-not-found = User #{ $id } not found.
moderation-org-not-found = Organisation no. { $id } not found. Numbers: /orgs part of the name
moderation-orgs-none = Nothing found.
moderation-orgs-municipalities = Municipalities
moderation-orgs-institutions = Institutions
moderation-merge-usage = Usage: /merge_municipality duplicate-number kept-number (or /merge_institution). Numbers: /orgs part of the name
moderation-merge-same = The duplicate and the kept record are the same.
moderation-merge-other-municipality = Institutions of different municipalities cannot be merged: merge the municipalities first.
moderation-merge-preview-municipality = Merge municipality “{ $duplicate }” (no. { $duplicateId }) into “{ $kept }” (no. { $keptId })? Moving to “{ $kept }”:
moderation-merge-preview-institution = Merge institution “{ $duplicate }” (no. { $duplicateId }) into “{ $kept }” (no. { $keptId })? Moving to “{ $kept }”:
moderation-merge-nothing-points = (nothing points at the duplicate)
moderation-merge-confirm = The duplicate will be deleted; the change goes into the audit trail.
moderation-merge-yes = ✅ Merge
moderation-merge-no = Cancel
moderation-merge-cancelled = Merge cancelled.
moderation-merged = Done: merged, { $rows } records moved.
moderation-project-usage = Usage: /project_hide no. reason, /project_unpublish no. reason, /project_show no.
moderation-project-not-found = Project no. { $id } not found.
moderation-reason-required = Write the reason after the number — the author or participant receives it.
moderation-reason-too-long = The reason is longer than { $max } characters — shorten it.
moderation-project-hide-done = Project “{ $title }” is hidden from the catalogue.
moderation-project-show-done = Project “{ $title }” is visible again.
moderation-project-unpublish-done = Project “{ $title }” is unpublished (a draft again).
moderation-nothing-changed = “{ $title }”: nothing changed.
moderation-project-hide-notice = 🙈 A moderator hid your project “{ $title }” from the catalogue. Reason: <i>{ $reason }</i>
moderation-project-unpublish-notice = 📝 A moderator unpublished your project “{ $title }”; it is a draft again. Reason: <i>{ $reason }</i>
moderation-withdraw-usage = Usage: /withdraw work-number item-number reason
moderation-submission-not-found = Work no. { $id } not found.
moderation-withdraw-not-waiting = Only an item of work waiting for review can be withdrawn. Accepted work is corrected with /regrade.
moderation-item-not-found = The work has no item { $position }.
moderation-withdrawn = Item “{ $item }” withdrawn; step “{ $step }” returned to the participant.
moderation-withdraw-notice = ⚠️ A moderator withdrew the item “{ $item }” of your work: “{ $project }”, step { $position } “{ $step }”. Reason: <i>{ $reason }</i>
    The work is returned — fix the item and hand the step in again: /my

audit-usage = Usage: /audit { $entities } number [page]
audit-title = 📜 <b>Trail: { $entity } no. { $id }</b> (page { $page } of { $pages })
audit-entity-user = user
audit-entity-project = project
audit-entity-submission = work
audit-entity-municipality = municipality
audit-entity-institution = institution
audit-entity-proposal = proposal
audit-entity-broadcast = broadcast
audit-entry =
    <b>{ $when }</b> · { $who } · { $action }
    before: <code>{ $before }</code>
    after: <code>{ $after }</code>
audit-system = system
audit-empty = No entries.
audit-newer = newer
audit-older = older
audit-action-user-rename = name corrected
audit-action-user-institution = institution changed
audit-action-user-municipality = municipality changed
audit-action-municipality-merge = municipalities merged
audit-action-institution-merge = institutions merged
audit-action-project-hide = project hidden
audit-action-project-show = project visible again
audit-action-project-unpublish = project unpublished
audit-action-submission-withdraw-item = item withdrawn
audit-action-role-grant = role granted
audit-action-role-revoke = role revoked
audit-action-grade-save = grade
audit-action-grade-correct = grade corrected
audit-action-certificate-revoke = certificate revoked
audit-action-certificate-restore = certificate restored
audit-action-award-revoke = badge revoked
audit-action-project-expert-assign = expert assigned
audit-action-project-expert-unassign = expert removed
## groups
cmd-workshops = Workshops
cmd-slots = Discussion slot timetable
cmd-discuss = Project discussions
cmd-propose = Propose an improvement to KoDO
cmd-proposals = My proposals
help-groups =
    <b>Workshops, discussions, proposals</b>
    /workshops — open workshops in the developers' chat
    /discuss — discussions of my projects (links to the group)
    /slots — the discussion slot timetable; a municipality's representative books a slot for their project
    /propose — a proposal for improving KoDO; /proposals — my proposals and their status
help-groups-author =
    <b>For authors</b>
    /workshop — open a workshop: a topic in the developers' chat with the idea card pinned
    /discuss — open a project's discussion topic and its join-request link for participants
help-groups-moderator =
    <b>For moderators: groups and slots</b>
    Add the bot to a supergroup with topics and make it an admin (manage topics, invite users, pin messages), then in the group: /group developers — the developers' chat, /group discussion — the project discussion group, /group off — unlink.
    /timetable — publish a slot timetable
    /proposals — the proposals queue
group-unsupported-group = «{ $title }» is a basic group. The bot works only in a supergroup with topics: open the group settings, turn on Topics (the group becomes a supergroup) and add the bot again.
group-unsupported-channel = «{ $title }» is a channel. Workshops and discussions live in a supergroup with topics: create a group, turn on Topics and add the bot there as an admin.
group-private-missing =
    You added me to «{ $title }». To run workshops and discussions there I still need:
    { $missing }
    Grant this in the group settings (Administrators → the bot); I will notice the change myself.
group-private-ready = «{ $title }» is ready: the rights are there and topics are on. A moderator links it with /group in the group itself.
group-missing =
    To work in this group I still need:
    { $missing }
group-missing-supergroup = a supergroup with topics (a basic group or a channel will not do)
group-missing-admin = administrator rights
group-missing-topics = topics turned on (Group settings → Topics)
group-missing-can_manage_topics = the "Manage topics" right
group-missing-can_invite_users = the "Invite users via link" right
group-missing-can_pin_messages = the "Pin messages" right
group-ready = All set: the rights are there and topics are on. A KoDO moderator, please send /group developers (the developers' chat) or /group discussion (project discussions).
group-ready-linked = Rights are back: the group works again as { $purpose }.
group-purpose-developers = the developers' chat
group-purpose-discussion = the project discussion group
group-down-removed = ⚠️ The bot was removed from «{ $title }» ({ $purpose }). The link is inactive: add the bot back as an admin.
group-down-rights =
    ⚠️ In «{ $title }» ({ $purpose }) the bot lost what it needs. The link is inactive until it gets back:
    { $missing }
group-down-broken = ⚠️ «{ $title }» ({ $purpose }) stopped accepting the bot's actions: { $reason }. The link is inactive; check the rights and topics and send /group in the group.
group-only-in-group = This command works in the group itself: add the bot there and send /group there.
group-usage = Like this: /group developers (the developers' chat), /group discussion (project discussions) or /group off (unlink).
group-btn-developers = Developers' chat
group-btn-discussion = Project discussions
group-btn-off = Unlink
group-unlinked = The group is unlinked: no more workshops or discussions are created here.
group-status-linked = This group is { $purpose }.
group-status-unlinked = The group is not linked to anything yet. A moderator picks its purpose with a button below.
group-status-rights-ok = The rights are fine and topics are on.
workshop-intro = <b>A new workshop.</b> A few questions and the idea gets its own topic in the developers' chat with a pinned card. /cancel leaves without saving.
workshop-ask-title = What is the workshop called? Briefly, up to { $max } characters.
workshop-ask-idea = Describe the idea: what you want to make and why (up to { $max } characters).
workshop-ask-outcome = What is the <b>final image</b> — what should come out of it? (up to { $max } characters)
workshop-ask-path = What is the approximate path: stages, timing, who does what? (up to { $max } characters)
workshop-too-long = That is { $length } characters; up to { $max } fit. Please shorten it.
workshop-empty = Text is needed here.
workshop-ask-guilds = Which guilds does the workshop need? Tick them and press Done (you may tick none).
workshop-ask-until = Until what date is the working group being formed? Write a date such as 20.12 or 20.12.2026.
workshop-btn-no-date = No deadline
workshop-bad-date = I could not read that date, or it has passed. A future date like 20.12 or 20.12.2026, please.
workshop-ask-cap = At most how many people in the working group? A number from 1 to { $max }.
workshop-btn-no-cap = No limit
workshop-bad-cap = A whole number from 1 to { $max }, please — or the No limit button.
workshop-preview = <b>This is how the workshop will look:</b>
workshop-preview-cap = Places in the working group: { $cap }
workshop-btn-open = Open the workshop
workshop-opened = ✅ The workshop «{ $title }» is open: a topic in the developers' chat with the card pinned — { $link }
workshop-opened-unpinned = The workshop «{ $title }» is open and its topic created ({ $link }), but the card could not be pinned: check the bot's "Pin messages" right.
workshop-cancelled = No workshop was created. Start again with /workshop
workshop-card-title = 🛠 <b>Workshop «{ $title }»</b>
workshop-card-author = Idea by: { $name }
workshop-card-idea = <b>The idea.</b> { $text }
workshop-card-outcome = <b>Final image.</b> { $text }
workshop-card-path = <b>The path.</b> { $text }
workshop-card-guilds = <b>Guilds needed:</b> { $guilds }
workshop-card-until = <b>Joining until</b> { $date }
workshop-card-members-cap = 👥 In the working group: { $count } of { $cap }
workshop-card-members = 👥 In the working group: { $count }
workshop-card-status-closed = 🔒 Joining closed by the author.
workshop-card-status-project = 🚀 The workshop became a project draft.
workshop-btn-join = Join
workshop-btn-leave = Leave
workshop-btn-close = Close joining
workshop-btn-project = Make a project
workshop-register-first = Please register in a private chat with the bot first: t.me/{ $bot }
workshop-joined = You are in the working group of «{ $title }».
workshop-already = You are already in this working group.
workshop-left = You left the working group.
workshop-not-member = You are not in this working group.
workshop-closed-done = Joining closed; the members were told.
workshop-project-done = Project draft No. { $project } created; the working group is kept with it.
workshop-project-next = Project draft No. { $project } «{ $title }» was made from the workshop; { $count } working group members are recorded with the workshop and become co-authors. Complete the project and send it for publishing.
workshop-no-chat = The developers' chat is not connected yet: a moderator adds the bot to a supergroup with topics and sends /group developers there.
workshop-chat-broken = The developers' chat refused the new topic (the bot lost rights or topics are off). Moderators were told; nothing was saved — please try later.
workshop-bad-title = A title of 1 to { $max } characters, please.
workshop-bad-text = The text is too long: up to { $max } characters.
workshop-not-found = This workshop no longer exists.
workshop-join-not-open = Joining this workshop is closed.
workshop-join-forming-over = The deadline for joining the working group has passed.
workshop-join-full = Every place in the working group is taken.
workshop-join-own = This is your workshop — you are its author.
workshop-not-author = Only the workshop's author can do this.
workshop-already-project = The workshop is already a project.
workshop-notice-joined = 👥 { $name } joins the workshop «{ $title }». In the working group now: { $count }.
workshop-notice-closed = 🔒 Joining the workshop «{ $title }» was closed by its author.
workshop-notice-project = 🚀 The workshop «{ $title }» became a KoDO project draft; you are in its working group.
workshop-list-title = <b>Open workshops</b>
workshop-list-empty = No open workshops yet.
workshop-list-mine = <b>My workshops</b>
workshop-list-hint = Open your own: /workshop
workshop-list-members-cap = { $count } of { $cap }
workshop-list-members = members: { $count }
workshop-state-open = joining open
workshop-state-closed = joining closed
workshop-state-project = became a project
workshop-btn-join-named = ➕ { $title }
workshop-btn-close-named = 🔒 { $title }
workshop-btn-project-named = 🚀 Project: { $title }
discussion-topic-intro = 💬 Discussion of the project «{ $title }». Participants, authors and experts of the project ask questions and share findings here.
discussion-declined-unregistered = Your request to join the discussion group was declined: you are not registered in KoDO yet. Send me /start, join the project in /projects and request again.
discussion-declined-project = Your request to join the discussion of «{ $title }» was declined: it is for the project's participants, authors and experts. Join the project in /projects and request again.
discussion-declined-chat = Your request to join the discussion group was declined: it is for participants, authors and experts of KoDO projects. Links to your projects' discussions are in /discuss.
discussion-deadline = ⏰ Tomorrow, { $date }, step { $position } «{ $step }» of «{ $project }» ends.
discussion-no-project = There is no such project.
discussion-not-author = A project's discussion is opened by its author or a moderator.
discussion-not-live = A discussion opens for a published or running project.
discussion-no-chat = The discussion group is not connected yet: a moderator adds the bot to a supergroup with topics and sends /group discussion there.
discussion-chat-broken = The discussion group refused the new topic (the bot lost rights or topics are off). Moderators were told.
discussion-title = <b>Project discussions</b>
discussion-empty = No projects with a discussion yet.
discussion-line-link = • «{ $title }» — { $link }
discussion-line-none = • «{ $title }» — no discussion opened
discussion-btn-open = 💬 Open: { $title }
discussion-btn-posts-on = 📌 Post deadlines and news: { $title }
discussion-btn-posts-off = Stop posting in the topic: { $title }
discussion-opened = The discussion is open. The link for participants (it sends a join request; the bot approves the project's participants, authors and experts): { $link }
discussion-posts-on = Step deadlines and the project's news will appear in its topic.
discussion-posts-off = Deadlines and news are no longer posted in the project's topic.
discussion-topic-lost = The discussion topic of «{ $title }» was deleted in the group, so deadlines and news no longer reach it. Open a new topic with the button below: the participants' link stays the same.
discussion-btn-reopen = 💬 Open a new topic
slots-empty = No discussion slot timetable has been published yet.
slots-title = <b>Discussion slot timetable</b>
slots-period = <b>{ $period }</b>
slots-line-booked = { $time } — { $municipality }, «{ $project }»
slots-line-free = { $time } — free
slots-mine = <b>My bookings</b>
slots-btn-cancel = Cancel { $when }
slots-book-hint = Book a slot for your project with a date-and-time button. Cancelling or moving is possible until a day before it starts.
slots-no-projects = Slots are booked by authors of launched projects — municipalities' representatives.
slots-no-municipality = To book slots, set your municipality in /profile.
slots-choose-project = Which project will you present?
slots-booked = The slot is booked. I will remind you a day before.
slots-already-yours = This slot is already yours.
slots-cancelled = Booking cancelled; the slot is free.
slot-no-municipality = Set your municipality in /profile — bookings are counted per municipality.
slot-not-found = This slot no longer exists.
slot-taken = Someone has just taken this slot. Please pick another.
slot-too-late = Booking, cancelling and moving are possible until a day before the slot starts.
slot-not-your-project = You can book only for your own launched project.
slot-limit = Your municipality already holds all { $limit } slot(s) of this period. Cancel one to take another.
slot-booking-gone = This booking no longer exists.
slot-reminder = ⏰ Tomorrow, { $date } at { $time }, your discussion slot for «{ $project }».
slot-reminder-link = ⏰ Tomorrow, { $date } at { $time }, your discussion slot for «{ $project }». Link: { $url }
timetable-ask =
    Send the timetable in one message, a line per field:
    <code>Period: December 2026
    Dates: 14.12, 15.12, 16.12
    Times: 10:00, 11:00, 15:00
    Length: 60
    Link: https://…
    Per municipality: 2</code>
    Link and Per municipality (1 by default) are optional. Russian field names work too. /cancel leaves.
timetable-field-period = Period
timetable-field-dates = Dates
timetable-field-times = Times
timetable-field-length = Length
timetable-bad-missing = The line «{ $field }» is missing.
timetable-bad-bad-date = I could not read the date «{ $value }»: like 14.12 or 14.12.2026, please.
timetable-bad-past-date = { $value } has already passed.
timetable-bad-bad-time = I could not read the time «{ $value }»: like 10:00, please.
timetable-bad-bad-length = Length is a number of minutes from 10 to 240.
timetable-bad-bad-link = The link must start with http:// or https://.
timetable-bad-bad-cap = Per municipality is a number from 1 to 20.
timetable-bad-too-many = That makes { $count } slots — up to 200 at a time.
timetable-preview =
    <b>Period «{ $period }»</b>: { $count } slots
    Days: { $days }
    Times: { $times }, { $minutes } min each
    Link: { $link }
    Bookings per municipality: { $cap }
timetable-btn-publish = Publish
timetable-published = Slots published: { $created }; already in the timetable: { $existing }. The timetable: /slots
timetable-cancelled = The timetable was not published.
proposal-ask = Write your proposal for improving KoDO (up to { $max } characters). You may attach a file or a photo — its caption becomes the text. /cancel leaves.
proposal-ask-text-for-file = Got the file. Now write the proposal itself (up to { $max } characters).
proposal-preview =
    <b>Your proposal:</b>
    { $text }

    Attachment: { $file }
    You may send a file or a photo to attach it, or new text to replace this one.
proposal-file-photo = a photo
proposal-file-document = the file { $name }
proposal-file-none = none
proposal-btn-send = Send
proposal-busy = We are writing a proposal: send text or a file, press Send — or /cancel.
proposal-bad-empty = A proposal cannot be empty.
proposal-bad-too-long = The text has { $length } characters; up to { $max } fit. Shorten it or put the details in a file.
proposal-bad-file-too-big = The file is { $size } MB; up to { $max } MB fit. Upload it to a cloud drive and send the link in the text.
proposal-bad-kind = Text, a file or a photo fit here.
proposal-sent = ✅ Proposal No. { $id } was sent to the moderators. Its status is in /proposals; I will tell you of every change.
proposal-cancelled = The proposal was not sent.
proposal-ask-comment = Proposal No. { $id } → «{ $status }». Write a comment for the author (up to { $max } characters) or press No comment.
proposal-btn-no-comment = No comment
proposal-bad-comment = A comment of up to { $max } characters, please.
proposal-status-set = Proposal No. { $id }: status «{ $status }»; the author was told.
proposal-btn-queue = 📥 Proposals queue
proposal-decision-cancelled = The status was not changed.
proposal-status-new = New
proposal-status-review = Under review
proposal-status-accepted = Accepted
proposal-status-declined = Declined
proposal-status-done = Done
proposal-notice-new = 📥 New proposal No. { $id } from { $name }. The queue: /proposals
proposal-notice-status = Your proposal No. { $id }: status «{ $status }».
proposal-notice-status-comment =
    Your proposal No. { $id }: status «{ $status }».
    The moderator's comment: <i>{ $comment }</i>
proposal-not-found = There is no such proposal.
proposal-changed = While you were deciding, this proposal's status was changed. Open it again.
proposal-mine-title = <b>My proposals</b>
proposal-mine-empty = You have not proposed anything yet.
proposal-mine-line = No. { $id } of { $date } — <b>{ $status }</b>: { $text }
proposal-mine-comment = 💬 <i>{ $comment }</i>
proposal-mine-hint = A new proposal: /propose
proposal-queue-title = <b>Proposals queue</b> — { $total } (page { $page } of { $pages })
proposal-queue-line = No. { $id } of { $date }, { $name } — <b>{ $status }</b>: { $text }
proposal-queue-empty = The queue is empty.
proposal-card-title = <b>Proposal No. { $id }</b> of { $date }, { $name }
proposal-card-status = Status: <b>{ $status }</b>
proposal-btn-file = 📎 Attachment
proposal-file-caption = Attachment of proposal No. { $id }
workshop-notice-topic-lost = The topic of the workshop «{ $title }» in the developers' chat was deleted. The workshop and its working group are kept; the button below makes a new topic with the card.
workshop-btn-restore = Make the topic again
workshop-restored = The topic of «{ $title }» was made again and its card pinned — { $link }
workshop-topic-exists = The workshop already has a topic.

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
## News and broadcasts
cmd-news = KoDO news
help-news = /news — the latest KoDO news
help-moderator-news = /news_new — a new post: audience, send now or at a set time, live progress
news-compose-prompt =
    📰 <b>New post</b>
    Send the post's text — formatted as usual in Telegram (bold, italics, links). A photo or a document with a caption works too.
    Up to 4096 characters; a caption under a photo or document up to 1024.
    /cancel — cancel.
news-compose-unsupported = That will not do: send text, a photo or a document with a caption.
news-compose-busy = Finish the post first or send /cancel.
news-compose-cancelled = Post cancelled; nothing was sent.
broadcast-post-empty = The post has no text. Send text, a photo or a document.
broadcast-post-too-long = Too long: { $length } characters, the limit is { $limit }. Shorten it and send again.
broadcast-post-media-and-document = A post may have a photo or a document, not both.
news-buttons-prompt =
    Add link buttons under the post? Send one per line:
    <code>Button text | https://address</code>
    Or press “No buttons”.
news-buttons-none = No buttons
news-buttons-format = I did not understand the line “{ $line }”. Write it like this: “Text | https://address”.
news-buttons-not-https = The link in “{ $line }” must be a full address starting with https://
news-buttons-too-many = At most 8 buttons.
news-buttons-text-too-long = The button text in “{ $line }” is longer than 64 characters.
news-preview-title = 👇 This is how the post will arrive:
broadcast-audience-title = Who should get “{ $title }”?
broadcast-aud-all = 👥 Everyone
broadcast-aud-guild = A guild
broadcast-aud-direction = A direction
broadcast-aud-municipality = A municipality
broadcast-aud-institution = An institution
broadcast-aud-project = A project's participants
broadcast-aud-role = A role
broadcast-pick-guild = Pick a guild:
broadcast-pick-direction = Pick a direction (its projects' participants get it):
broadcast-pick-municipality = Pick a municipality:
broadcast-pick-institution = Pick an institution:
broadcast-pick-project = Pick a project:
broadcast-pick-role = Pick a role:
broadcast-pick-none = Nothing to pick from yet.
broadcast-aud-label-all = everyone registered
broadcast-aud-label-guild = guild “{ $name }”
broadcast-aud-label-direction = participants of “{ $name }” projects
broadcast-aud-label-municipality = municipality “{ $name }”
broadcast-aud-label-institution = institution “{ $name }”
broadcast-aud-label-project = participants of “{ $name }”
broadcast-aud-label-project-owing = those who have not handed in step { $step } of “{ $name }”
broadcast-aud-label-role = role “{ $name }”
broadcast-audience-summary = Recipients — { $audience }: <b>{ $count }</b> { $count ->
        [one] person
       *[other] people
    }.
broadcast-audience-unreachable = Of them, { $count } blocked the bot — they will not get it.
broadcast-audience-empty = Nobody matches this choice. Pick another audience.
broadcast-audience-gone = This audience no longer exists. Pick another one.
broadcast-btn-owing = Only those who owe step { $step }
broadcast-btn-now = ✅ Send now
broadcast-btn-later = 🕒 Schedule
broadcast-btn-back = ← Back
broadcast-btn-more = More →
broadcast-btn-other-audience = ← Another audience
broadcast-btn-discard = 🗑 Delete the draft
broadcast-confirm-now = Send “{ $title }” now? { $count } will get it — { $audience }.
broadcast-btn-yes-send = ✅ Yes, send
broadcast-time-prompt = When should it go? Type a date and time, e.g. <code>15.12 10:00</code> ({ $zone } time). /cancel — cancel.
broadcast-time-format = I did not understand. Type the date and time like “15.12 10:00”.
broadcast-time-no-such-date = There is no such date. Type e.g. “15.12 10:00”.
broadcast-time-past = That time has passed. Give a time in the future.
broadcast-time-too-far = It can be scheduled at most a year ahead.
broadcast-time-cancelled = No time chosen; the post stays a draft: pick the audience with the buttons above.
broadcast-scheduled = 🕒 “{ $title }” will be sent { $at } to { $count } recipients ({ $audience }).
broadcast-state-scheduled = 🕒 Broadcast “{ $title }” is scheduled
broadcast-state-sending = 📤 Broadcast “{ $title }” is going out
broadcast-state-paused = ⏸ Broadcast “{ $title }” is paused
broadcast-state-cancelled = ⛔ Broadcast “{ $title }” was cancelled
broadcast-state-done = ✅ Broadcast “{ $title }” is finished
broadcast-progress-blocked = { $n } blocked the bot
broadcast-progress-failed = { $n } not delivered
broadcast-progress-muted = { $n } switched news off
broadcast-btn-pause = ⏸ Pause
broadcast-btn-resume = ▶️ Resume
broadcast-btn-cancel = ⛔ Cancel
broadcast-cancel-confirm = Cancel the broadcast “{ $title }”? Those who already got it keep it.
broadcast-btn-cancel-yes = Yes, cancel
broadcast-btn-cancel-no = No
broadcast-report =
    ✅ Broadcast “{ $title }” is finished.
    Delivered: { $delivered } of { $total }
    Blocked the bot: { $blocked }
    Not delivered: { $failed }
broadcast-report-cancelled =
    ⛔ Broadcast “{ $title }” was cancelled.
    Delivered: { $delivered } of { $total }
    Blocked the bot: { $blocked }
    Not delivered: { $failed }
    Not sent because of the cancellation: { $left }
broadcast-paused = The broadcast is paused.
broadcast-resumed = The broadcast goes on.
broadcast-cancelled = The broadcast is cancelled.
broadcast-not-found = This broadcast was not found.
broadcast-already-confirmed = This post has already been sent or scheduled.
broadcast-is-cancelled = The broadcast was cancelled and cannot be resumed. A new post: /news_new
broadcast-is-done = The broadcast has already finished.
broadcast-not-sending = The broadcast is not going out now.
broadcast-not-paused = The broadcast is not paused.
broadcast-draft-discarded = Draft deleted; nothing was sent.
news-all-button = 📰 All news
news-title = 📰 <b>KoDO news</b> · page { $page } of { $pages }
news-line = { $date } — { $title }
news-empty = No news yet.
news-gone = This news item is no longer available.
news-btn-prev = ← Newer
news-btn-next = Older →

## webmod — moderation, proposals and news in the web view
web-nav-moderation = Moderation
web-nav-proposals = Proposals
web-nav-news = News
web-mod-title = Project moderation
web-mod-queue-title = Waiting for review
web-mod-projects-title = Published projects
web-mod-hidden-title = Hidden projects
web-mod-requested = Sent
web-mod-author = Author
web-mod-dates = Dates
web-mod-summary = Summary
web-mod-in-review = in review
web-mod-incomplete = The project is not ready: { $count } issues.
web-mod-step = Step { $position }.
web-mod-materials = Materials
web-mod-checklist = Checklist
web-mod-optional = optional
web-mod-criteria = Criteria ({ $total } points in all)
web-mod-decide = Decision
web-mod-publish = ✅ Publish
web-mod-return-comment = What to fix (the author gets it)
web-mod-return = ↩️ Return to the author
web-mod-visibility = Hide or unpublish
web-mod-visibility-action = Action
web-mod-hide = Hide from the catalogue
web-mod-unpublish = Unpublish (back to draft)
web-mod-show = Show again
web-mod-reason = Reason (the author gets it)
web-mod-apply = Apply
web-mod-history = History of changes
web-mod-done-published = The project is published; the author was told.
web-mod-done-returned = The project went back to its author with your comment.
web-mod-done-hide = The project is hidden from the catalogue; the author was told.
web-mod-done-show = The project is visible again.
web-mod-done-unpublish = The project is unpublished; the author was told.
web-edit-open = ✏️ Edit
web-edit-page = Editing: { $title }
web-edit-title = Title
web-edit-summary = Summary (for the card)
web-edit-description = Description
web-edit-starts = Starts
web-edit-ends = Ends
web-edit-step-title = Step title
web-edit-step-task = Task
web-edit-preview = As participants will see it
web-edit-wide-only = The editor opens on a wide screen. Here you can publish the project or return it to its author.
web-edit-saved-withdrawn = Saved. The project was in review — it is a draft again: send it once more when you are done.
web-proposals-title = Participants' proposals
web-proposal-title = Proposal No. { $id }
web-proposal-text = Text
web-proposal-comment = Comment for the author
web-proposal-file = Attachment
web-proposal-decide = Decision
web-news-title = News and broadcasts
web-news-compose = New post
web-news-text = Post text
web-news-text-hint = Formatting as in Telegram: <b>bold</b>, <i>italic</i>, <u>underline</u>, <s>strikethrough</s>, <code>code</code>, <a href="https://…">link</a> (https only), <blockquote>quote</blockquote>. Up to 4096 characters without the markup.
web-news-buttons = Link buttons: one a line, "Text | https://address" (optional)
web-news-attachment = Photo or document (optional)
web-news-attachment-hint = A photo (JPEG, PNG) arrives as a photo, anything else as a document, with the text as its caption (up to 1024 characters). Up to 10 MB. The file first comes to your chat with the bot.
web-news-attachment-too-big = The file is over { $mb } MB: make it smaller or send the news with it from the bot (/news_new).
web-news-attachment-unavailable = Files cannot be attached here: the site is not connected to the bot. Send the news with the file from the bot (/news_new).
web-news-attachment-refused = Telegram did not take the file. Open your chat with the bot (/start) and try again — the file goes through your chat.
web-news-attachment-caption = An attachment for news from the web view: this is how recipients will get it.
web-news-with-photo = With a photo (it is in your chat with the bot)
web-news-with-document = With a document (it is in your chat with the bot)
web-news-next = Next: audience
web-news-html-tag = Telegram does not support the <{ $tag }> tag. Allowed: b, i, u, s, code, pre, a, blockquote, tg-spoiler.
web-news-html-unbalanced = The <{ $tag }> tag is not closed, or closed out of order.
web-news-preview = How the post will arrive
web-news-audience = Send to
web-news-count = Count recipients
web-news-recipients = Recipients — { $audience }: { $count } { $count ->
        [one] person
       *[other] people
    }.
web-news-now = Send now
web-news-at = Schedule for ({ $zone } time):
web-news-send = Send
web-news-recent = Recent broadcasts
web-news-post = Post
web-news-send-at = Sending
web-news-total = Recipients
web-news-delivered = Delivered
web-news-blocked = Blocked the bot
web-news-failed = Not delivered
web-news-status-draft = Draft
web-news-status-scheduled = Scheduled
web-news-status-sending = Sending
web-news-status-paused = Paused
web-news-status-cancelled = Cancelled
web-news-status-done = Done
web-nav-my-projects = My projects
web-my-projects-edit-title = My projects: drafts and published
## Roadmap
cmd-roadmap = The year's roadmap
help-roadmap =
    <b>Roadmap</b>
    /roadmap — the year's plan of events: directions, deadlines, who is responsible, progress from projects
roadmap-no-direction = No direction
roadmap-chat-title = 🗺 <b>Roadmap { $year }</b> · revision { $number } (Q{ $quarter }, { $date }) · page { $page } of { $pages }
roadmap-chat-old = <i>This is an earlier revision: the current plan may differ.</i>
roadmap-chat-empty = This revision has no rows yet.
roadmap-chat-none = No roadmap has been drawn up yet.
roadmap-chat-row =
    <b>{ $number }.</b> { $event }
    🗓 { $deadline } · 👤 { $responsible }
    📄 { $result }
roadmap-chat-progress = { $bar } { $percent } % · projects: { $projects }
roadmap-chat-overdue = ⚠️ past due
roadmap-chat-no-projects = no projects linked
roadmap-chat-stale = This page of the plan is gone. Open /roadmap again.
roadmap-btn-prev = ← Back
roadmap-btn-next = Next →
roadmap-btn-current = 🗺 Current revision
roadmap-err-event-empty = Name the event.
roadmap-err-event-long = The event is longer than 1000 characters — shorten it.
roadmap-err-deadline-empty = Give the deadline, e.g. "April–October 2026".
roadmap-err-deadline-long = The deadline is longer than 120 characters — shorten it.
roadmap-err-responsible-empty = Name who is responsible.
roadmap-err-responsible-long = "Responsible" is longer than 300 characters — shorten it.
roadmap-err-result-long = The expected result is longer than 600 characters — shorten it.
roadmap-err-due-date = The due date was not understood: use a date like 31.10.2026.
roadmap-err-direction = There is no such direction.
roadmap-err-row-gone = This row is not in the plan's current revision — link the project to a row of the current one.
roadmap-err-not-found = No such row or revision — it may have been deleted.
roadmap-err-read-only = This is an earlier revision: it is kept unchanged. Edit the year's latest revision.
roadmap-err-stale = The plan has changed meanwhile. Open the roadmap again.
roadmap-err-year = The year is wrong.
roadmap-err-quarter = The quarter is a number from 1 to 4.
roadmap-err-project = Project not found — pick it from the list.
roadmap-err-not-yours = You can link or unlink only your own project (author or co-author).
audit-action-roadmap-link = project linked to a roadmap row
audit-action-roadmap-unlink = project unlinked from the roadmap
web-nav-roadmap = Roadmap
web-roadmap-title = Roadmap
web-roadmap-title-year = Roadmap { $year }
web-roadmap-table = Roadmap for { $year }
web-roadmap-revision-label = { $year }, revision { $number } (quarter { $quarter })
web-roadmap-revision = Revision
web-roadmap-show = Show
web-roadmap-compare = Compare
web-roadmap-compare-from = Earlier
web-roadmap-compare-to = Later
web-roadmap-compare-title = Comparing revisions
web-roadmap-compare-line = What changed: { $from } → { $to }
web-roadmap-created = created { $date }, { $who }
web-roadmap-read-only-badge = read only
web-roadmap-read-only = This is an earlier revision: it is kept unchanged.
web-roadmap-none = No roadmap has been drawn up yet.
web-roadmap-exists = A new revision had already been made — here it is.
web-roadmap-kpi-rows = plan rows
web-roadmap-kpi-measured = with projects
web-roadmap-kpi-progress = average progress
web-roadmap-kpi-overdue = overdue
web-roadmap-col-number = No.
web-roadmap-col-event = Direction/event
web-roadmap-col-deadline = Deadline
web-roadmap-col-responsible = Responsible
web-roadmap-col-result = Expected result/report form
web-roadmap-col-progress = Progress
web-roadmap-col-change = Change
web-roadmap-col-field = Field
web-roadmap-col-before = Before
web-roadmap-col-after = After
web-roadmap-direction = Direction
web-roadmap-event = Event
web-roadmap-due = Due date
web-roadmap-deadline-hint = April–October 2026
web-roadmap-progress-rule = A row's progress is the mean over its linked projects; a project's progress is the share of accepted steps: accepted (participant, step) pairs out of enrolled × steps. A row without projects is not measured.
web-roadmap-row-title = Roadmap row { $number }
web-roadmap-not-measured = not measured — no projects linked
web-roadmap-overdue = overdue
web-roadmap-projects = Projects implementing the row
web-roadmap-no-projects = No projects linked.
web-roadmap-link-project = Project
web-roadmap-link = Link
web-roadmap-unlink = Unlink
web-roadmap-linked-elsewhere = now on another row
web-roadmap-edit-row = Edit the row
web-roadmap-add-row = New row
web-roadmap-add = Add
web-roadmap-up = Up
web-roadmap-down = Down
web-roadmap-delete = Remove from this revision
web-roadmap-history = The row's change history
web-roadmap-new-revision = New revision (quarterly correction)
web-roadmap-new-revision-copy = Every row of { $label } is copied; the earlier revision stays unchanged for comparison.
web-roadmap-new-revision-empty = A new year's first revision starts empty or with this plan's rows (their deadlines and dates to be corrected).
web-roadmap-year = Year and basis
web-roadmap-target-copy = { $year }: a correction — a copy of revision { $number }
web-roadmap-target-new = { $year }: a new plan from scratch
web-roadmap-target-carry = { $year }: a new plan — the rows of { $from } (revision { $number }) to edit
web-roadmap-quarter = Quarter
web-roadmap-note = Note
web-roadmap-create-revision = Create revision
web-roadmap-changes = Changes
web-roadmap-diff-added = added
web-roadmap-diff-changed = changed
web-roadmap-diff-removed = removed
web-roadmap-diff-moved = moved
## practices
cmd-practices = Bank of best practices
help-practices = /practices [word] — the bank of best practices: search by direction, guild and keyword
help-practices-moderator = /practice_propose work no. — propose an accepted, highly graded work for the bank (its author consents in the bot)
help-practices-withdraw = /practice_withdraw [practice no.] [reason] — take your practice out of the bank
audit-entity-practice = practice
audit-action-practice-propose = practice proposed for the bank
audit-action-practice-consent = the author agreed to publish
audit-action-practice-decline = the author declined to publish
audit-action-practice-withdraw = practice withdrawn
practice-status-proposed = waiting for the author's consent
practice-status-published = published
practice-status-declined = declined by the author
practice-status-withdrawn = withdrawn
practices-title = 📚 <b>Bank of best practices</b>
practices-filters = Direction: { $direction } · guild: { $guild } · keyword: { $keyword }
practices-any = any
practices-none = No practices match yet. Change the filters or the keyword.
practices-found = Found: { $count } · page { $page } of { $pages }
practices-by-direction = 🧭 Direction
practices-by-guild = 👥 Guild
practices-by-keyword = 🔎 Keyword
practices-reset = ✖ Reset
practices-back = ← Back to the list
practices-pick-direction = Pick a direction:
practices-pick-guild = Pick a guild:
practices-keyword-hint = Send /practices and a word to search for, e.g. /practices distance
practices-stale = This button is out of date. Open the bank again: /practices
practices-gone = This practice is no longer published.
practices-files = 📎 Files ({ $count })
practices-card-project = <b>Project:</b> { $project }
practices-card-step = <b>Step { $position }:</b> { $step }
practices-card-directions = <b>Directions:</b> { $names }
practices-card-guilds = <b>Guilds:</b> { $names }
practices-card-tokens = <b>Tokens:</b> { $names }
practices-card-points = <b>Grade:</b> { $points } of { $max }
practices-card-author = <b>Author:</b> { $author }
practices-card-link = Link to the practice: { $link }
practice-consent-request =
    🌟 <b>Your work is proposed for the bank of best practices</b>
    Project “{ $project }”, step “{ $step }” — { $points } of { $max }.
    Everyone will see it in the bank: the project, the step, the tokens, your files and your name. Do you agree to publish it?
practice-consent-yes = ✅ I agree to publish
practice-consent-no = 🚫 Do not publish
practice-consented = ✅ Thank you! The practice “{ $title }” is published in the bank. { $link }
    You can take it out at any time: /practice_withdraw { $id }
practice-declined = All right, the practice “{ $title }” will not be published.
practice-answer-stale = No answer is needed any more: the practice is { $status }.
practice-not-found = Practice no. { $id } not found.
practice-not-yours = This is not your practice.
practice-submission-not-found = Work no. { $id } not found.
practice-not-accepted = Only accepted works can be proposed for the bank.
practice-grade-low = The grade { $points } of { $max } is below the bank's threshold: at least { $need } is needed.
practice-propose-usage = Usage: /practice_propose work no. [practice title] (the number from /audit or the web view; without a title the practice is named after its project and step)
practice-proposed = Practice no. { $id } proposed. Its author was asked to consent to publishing.
practice-proposed-already = This work has been proposed already: practice no. { $id }, { $status }.
practice-answered-yes = ✅ The author agreed: practice no. { $id } “{ $title }” is published.
practice-answered-no = The author did not agree: practice no. { $id } “{ $title }” is not published.
practice-withdraw-usage = Usage: /practice_withdraw practice no. [reason]
practice-withdrawn = The practice “{ $title }” is taken out of the bank.
practice-withdraw-nothing = The practice “{ $title }” is not published any more — nothing to take out.
practice-withdrawn-notice = A moderator took your practice “{ $title }” out of the bank of best practices. Reason: { $reason }
web-nav-practices = Practices
web-practices-public-title = Bank of best practices
web-practices-public-intro = Accepted works of KoDO participants graded highly by experts, published with their authors' consent.
web-practices-keyword = Keyword
web-practices-direction = Direction
web-practices-guild = Guild
web-practices-tokens = Tokens
web-practices-grade = Grade
web-practices-points = { $points } of { $max }
web-practices-author = Author
web-practices-search = Search
web-practices-none = No practices match yet.
web-practices-gone = This practice is not published or has been withdrawn.
web-practices-materials = Materials
web-practices-file-in-bot = get it in the bot
web-practices-open-in-bot = Open the practice in the KoDO bot
web-practices-bank = Bank of best practices
web-practices-of-submission = Practice no. { $id }
web-practices-propose = Propose for the bank of practices
web-practices-propose-hint = The author is asked for consent in the bot; without it the practice is not published.
web-practices-proposed = Practice proposed: the author was asked for consent.
web-practices-col-title = Practice
web-practices-col-proposed = Proposed
web-practices-col-decided = Author's answer
web-practices-col-submission = Work no.
web-practices-withdraw-title = Withdraw a practice
web-practices-reason = Reason (the author will see it)
web-practices-withdraw = Withdraw
web-practices-withdrawn = Practice withdrawn; the author was told.
web-practices-download = download
web-practices-file-gone = This file is not available: the practice was withdrawn or Telegram no longer keeps the file.
practice-withdraw-button = Withdraw practice no. { $id }
practice-withdraw-confirm = Take the practice “{ $title }” out of the bank? This cannot be undone.
practice-withdraw-yes = Yes, withdraw
practice-withdraw-no = Cancel
practice-withdraw-cancelled = All right, the practice stays in the bank.
web-practices-slow-down = Too many downloads in a row — try again in a minute.
web-practices-title-label = Practice title (optional)
web-practices-title-placeholder = What the practice is about, e.g. “A theatre studio online”
