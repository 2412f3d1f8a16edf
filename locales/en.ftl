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

    /profile — my profile and editing it
    /language — interface language
    /help — this help
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
reg-expect-text = A text answer is needed here. Please type it as a message.
reg-expect-buttons = Choose an option with the buttons above or type a name.
reg-already-running = Registration is already under way — let's continue where we were.
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
