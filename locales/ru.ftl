# KoDO — русские тексты (язык по умолчанию). Группы по функциям.

## Общее
btn-back = ← Назад
btn-cancel = Отмена
btn-done = Готово ✅
btn-skip = Пропустить
btn-prev = ◀
btn-next = ▶
stale-button = Эта кнопка устарела. Продолжим с последнего сообщения.
unknown-command = Не знаю такой команды. Список команд — /help
error-generic = Что-то пошло не так, но ваши данные сохранены. Попробуйте ещё раз чуть позже.
not-registered = Сначала зарегистрируйтесь: отправьте /start
need-role = Для этого нужна роль «{ $role }». Обратитесь к администратору КоДО.
group-private-only = Это делается в личном чате со мной — там ваши данные и ответы не видны группе.
group-open-private = Открыть чат с ботом
group-private-button = Эта кнопка работает только в личном чате с ботом.
conversation-too-long = Этот разговор стал слишком длинным, и я начал его заново. Всё, что уже сохранено, на месте.

## Роли
role-participant = Участник
role-author = Разработчик
role-expert = Эксперт
role-analyst = Аналитик
role-moderator = Модератор
role-admin = Администратор

## Команды (меню бота)
cmd-start = Начало и регистрация
cmd-profile = Мой профиль
cmd-language = Язык / Language
cmd-help = Помощь
cmd-roles = Роли пользователей (админ)

## Приветствие и помощь
welcome-back = С возвращением, { $name }! Что будем делать? Команды — /help
help =
    <b>КоДО — коворкинг дополнительного образования</b>
    Здесь педагоги и методисты участвуют в проектах, сдают результаты шагов, а эксперты их проверяют.

    { help-projects }
    { help-my }
    { help-news }
    /certificates — мои сертификаты о выполнении шагов
    /portfolio — моё портфолио (PDF) и публичная ссылка
    /badges — награды и прогресс к каждой
    /rating — рейтинг моего учреждения и муниципалитета
    /profile — мой профиль, уровень и вкладки достижений
    /language — язык интерфейса
    /settings — что присылать и когда: напоминания, дайджест, награды, новости, тихие часы
    /help — эта справка
help-expert =
    <b>Эксперту</b>
    /review — работы, ждущие моей проверки
help-moderator =
    <b>Модератору</b>
    /experts № проекта @имя — назначить эксперта (без имени — список)
    /experts guild:код @имя или direction:код @имя — назначить на набор проектов
    /regrade № оценки — исправить сохранённую оценку
    /revoke_badge @имя — отозвать награду
    /badge_rule код порог — изменить порог награды
    /cert_revoke код причина — отозвать сертификат
    /mod_name, /mod_municipality, /mod_institution — исправить ФИО, муниципалитет, учреждение человека; /orgs — номера организаций
    /merge_municipality, /merge_institution № дубля № оставляемого — объединить записанное дважды
    /project_hide, /project_unpublish № причина; /project_show № — скрыть, снять с публикации, вернуть проект
    /withdraw № работы № пункта причина — отозвать пункт, нарушающий правила
    /audit user|project|submission № — журнал изменений
    { help-moderator-news }
help-admin =
    <b>Администратору</b>
    /roles @имя или ID — роли пользователя (кнопками)
    /grant @имя роль — выдать роль
    /revoke @имя роль — снять роль
    Роли: participant, author, expert, analyst, moderator, admin
deep-link-unknown = Эта ссылка не распознана или устарела. Откройте /help, чтобы увидеть, что умеет бот.
deep-link-after-registration = Спасибо! Теперь откроем ссылку, по которой вы пришли.

## Регистрация
reg-intro =
    Здравствуйте! Это <b>КоДО</b> — коворкинг дополнительного образования.
    Давайте познакомимся: это займёт минуту, всё можно будет изменить в /profile.
reg-ask-name = <b>Шаг 1 из 5.</b> Как вас зовут? Напишите фамилию, имя и отчество.
reg-name-empty = Имя не может быть пустым. Напишите, пожалуйста, фамилию, имя и отчество.
reg-name-too-long = Слишком длинно: не больше { $max } символов. Напишите ФИО короче.
reg-name-invalid = В имени должны быть буквы. Напишите фамилию, имя и отчество, например: Иванова Мария Петровна.
ask-expect-text = Здесь нужен текст. Напишите, пожалуйста, ответ сообщением.
ask-expect-buttons = Выберите вариант кнопкой под сообщением.
ask-continue = Продолжим с того же места: ответьте на вопрос ниже или отправьте /cancel, чтобы прервать.
reg-ask-municipality = <b>Шаг 2 из 5.</b> Выберите ваш муниципалитет или напишите его название, если его нет в списке.
reg-ask-municipality-empty = <b>Шаг 2 из 5.</b> Напишите название вашего муниципалитета (например: Город Ачинск).
reg-municipality-not-found = Такого муниципалитета в списке нет. Добавить «{ $name }»?
reg-ask-institution = <b>Шаг 3 из 5.</b> Выберите ваше учреждение или напишите его полное название, чтобы добавить.
reg-ask-institution-empty = <b>Шаг 3 из 5.</b> В этом муниципалитете пока нет учреждений. Напишите полное название вашего учреждения.
reg-institution-not-found = Учреждения «{ $name }» нет в списке. Добавить его?
reg-org-empty = Название не может быть пустым.
reg-org-too-long = Слишком длинное название: не больше { $max } символов.
reg-org-too-short = Слишком короткое название. Напишите полностью.
btn-add-it = Да, добавить
btn-type-again = Написать иначе
reg-ask-guilds = <b>Шаг 4 из 5.</b> Ваши гильдии — роли, в которых вы работаете. Отметьте одну или несколько и нажмите «Готово».
reg-guilds-none = Отметьте хотя бы одну гильдию (можно «Любая»).
reg-ask-email = <b>Шаг 5 из 5.</b> Ваша электронная почта — по желанию. Напишите адрес или нажмите «Пропустить».
reg-email-invalid = Это не похоже на адрес почты. Пример: name@school.ru. Или нажмите «Пропустить».
reg-email-too-long = Слишком длинный адрес почты.
reg-done =
    Готово, { $name }! Вы зарегистрированы в КоДО.
    { $municipality }, { $institution }
    Гильдии: { $guilds }
    Профиль — /profile, помощь — /help.
reg-cancelled = Регистрация прервана, ничего не сохранено. Чтобы начать заново, отправьте /start

## Профиль
profile-card =
    <b>{ $name }</b>
    Муниципалитет: { $municipality }
    Учреждение: { $institution }
    Гильдии: { $guilds }
    Почта: { $email }
    Роли: { $roles }
profile-no-email = не указана
profile-edit-prompt = Что изменить?
btn-edit-name = ФИО
btn-edit-organisation = Учреждение
btn-edit-guilds = Гильдии
btn-edit-email = Почта
profile-saved = Изменения сохранены.
profile-edit-cancelled = Изменение отменено, профиль прежний.

## Язык
language-choose = Выберите язык интерфейса:
language-set = Готово: теперь я говорю по-русски.

## Роли (администратор)
roles-usage = Использование: /grant @имя роль или /grant ID роль. Роли: participant, author, expert, analyst, moderator, admin
roles-unknown-role = Роли «{ $role }» нет. Есть: participant, author, expert, analyst, moderator, admin
roles-user-not-found = Пользователь { $who } не найден. Он должен хотя бы раз написать боту /start.
roles-granted = { $name }: роль «{ $role }» выдана.
roles-revoked = { $name }: роль «{ $role }» снята.
roles-already = { $name }: ничего не изменилось.
roles-last-admin = Нельзя снять роль администратора с последнего администратора.
roles-card = <b>{ $name }</b> — роли: { $roles }. Нажмите, чтобы выдать или снять.
roles-none = нет
roles-changed-notice = Ваши роли в КоДО изменены: { $roles }.

## Каталог проектов, шаги и /my (catalogue)
cmd-projects = Каталог проектов
cmd-my = Мои проекты и шаги
help-projects = /projects — каталог проектов: фильтры, карточки, вступление
help-my = /my — мои проекты и состояние шагов
catalogue-title = <b>Каталог проектов</b>
catalogue-filters =
    Гильдии: { $guilds }
    Направленность: { $direction }
    Показаны: { $status }
catalogue-filter-all = все
catalogue-status-open = открытые
catalogue-status-finished = завершённые
catalogue-status-all = все
catalogue-status-upto = { $status }, до текущего месяца
catalogue-found = Найдено: { $total } · страница { $page } из { $pages }
catalogue-empty = По этим фильтрам проектов нет. Измените фильтры кнопками ниже.
catalogue-line = { $number }. { $title } — { $dates }, { $phase }
catalogue-phase-upcoming = скоро начнётся
catalogue-phase-running = идёт
catalogue-phase-finished = завершён
catalogue-btn-guilds = Гильдии
catalogue-btn-guilds-some = Гильдии ({ $count })
catalogue-btn-directions = Направленность
catalogue-btn-open = Открытые
catalogue-btn-finished = Завершённые
catalogue-btn-all = Все
catalogue-btn-upto = До текущего месяца
catalogue-guilds-title = Отметьте гильдии, проекты которых показать, и нажмите «Показать проекты». Ничего не отмечено — все гильдии.
catalogue-btn-all-guilds = Все гильдии
catalogue-btn-show = Показать проекты
catalogue-directions-title = Выберите направленность проектов:
catalogue-btn-all-directions = Все направленности
catalogue-btn-back-list = ← К списку проектов
catalogue-btn-back-my = ← К моим проектам
catalogue-card =
    <b>{ $title }</b>
    { $summary }

    📅 { $dates }
    Статус: { $phase }
    Гильдии: { $guilds }
    Направленности: { $directions }
    Участников: { $participants }
catalogue-card-steps = <b>Шаги</b>
catalogue-card-step-line = { $position }. { $title } — { $dates }
catalogue-card-no-steps = Шаги проекта ещё не опубликованы.
catalogue-card-share = Ссылка на проект: { $link }
catalogue-card-enrolled = ✅ Вы участник этого проекта. Откройте шаг, чтобы увидеть задание и сдать результаты.
catalogue-card-other-guilds = Проект рассчитан на другие гильдии: вступить можно, подтвердив своё желание.
catalogue-card-refused = Проект только для гильдий: { $guilds }. Гильдии можно изменить в /profile.
catalogue-card-finished = Проект завершён — вступить в него уже нельзя.
catalogue-none = —
catalogue-btn-join = Вступить в проект
catalogue-step-name = Шаг { $position }. { $title }
catalogue-joined = Вы вступили в проект!
catalogue-join-already = Вы уже участник этого проекта.
catalogue-join-finished = Проект завершён — вступить в него нельзя.
catalogue-join-refused = Этот проект только для гильдий: { $guilds }. Вступить нельзя; гильдии можно изменить в /profile.
catalogue-join-confirm =
    Проект «{ $title }» рассчитан на гильдии: { $guilds }.
    Ваши гильдии: { $mine }.
    Всё равно вступить?
catalogue-btn-join-anyway = Да, вступить
catalogue-btn-join-back = Нет, назад
catalogue-gone = Этот проект удалён или скрыт. Посмотрите другие проекты в каталоге.
catalogue-step-gone = Этот шаг удалён или его проект скрыт.
catalogue-step-header =
    <b>{ $project }</b>
    <b>{ $step }</b>
catalogue-step-dates = 📅 { $dates } · { $left }
catalogue-days-left = { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[other] осталось { $days } дней
}
catalogue-days-today = сегодня последний день
catalogue-days-passed = срок прошёл
catalogue-step-your-state = Ваш статус: { $state }
catalogue-step-materials = <b>Материалы</b>
catalogue-material-file = 📎 { $title } — файл, пришлю по кнопке ниже
catalogue-step-checklist = <b>Что нужно сдать</b>
catalogue-checklist-line = { $position }. { $title } — { $accepts }
catalogue-checklist-optional = { $line } (по желанию)
catalogue-accepts-any = файл, фото, ссылка или текст
catalogue-accepts-file = файл или фото
catalogue-accepts-link = ссылка
catalogue-accepts-text = текст
catalogue-accepts-photo = фото
catalogue-accepts-document = документ
catalogue-step-criteria = <b>Критерии</b> (всего до { $max } { $max ->
    [one] балла
   *[other] баллов
})
catalogue-criterion-line = • { $title } — { $points ->
    [one] { $points } балл
    [few] { $points } балла
   *[other] { $points } баллов
}
catalogue-criterion-yes-no = • { $title } — да/нет, { $points ->
    [one] { $points } балл
    [few] { $points } балла
   *[other] { $points } баллов
}
catalogue-state-not-started = не начат
catalogue-state-draft = черновик (попытка { $attempt })
catalogue-state-on-review = на проверке (попытка { $attempt })
catalogue-state-returned = возвращён на доработку (попытка { $attempt })
catalogue-state-accepted = принят: { $points } из { $max } { $max ->
    [one] балла
   *[other] баллов
}
catalogue-submit-not-started = Сдать результаты можно с { $date }.
catalogue-submit-deadline-passed = Срок сдачи прошёл, работы по этому шагу больше не принимаются.
catalogue-submit-previous-step-first = Сначала сдайте предыдущий шаг: в этом проекте шаги идут по порядку.
catalogue-submit-project-finished = Проект завершён, работы больше не принимаются.
catalogue-step-join-first = Вступите в проект, чтобы сдавать результаты.
catalogue-btn-submit = Сдать результаты
catalogue-btn-submit-continue = Продолжить сдачу
catalogue-btn-submit-again = Сдать заново
catalogue-btn-files = 📎 Получить файлы ({ $count })
catalogue-btn-back-project = ← К проекту
catalogue-file-failed = Файл «{ $title }» сейчас не удалось отправить. Сообщите автору проекта.
catalogue-more = …и ещё { $count }
catalogue-my-title = <b>Мои проекты</b>
catalogue-my-empty = Вы пока не участвуете в проектах. Найдите проект в каталоге: /projects
catalogue-my-project = <b>{ $title }</b> — { $phase }
catalogue-my-step = { $icon } { $step } — { $state }
catalogue-my-deadline = { $step } · до { $date }, { $left }

## Сдача работы (submission)
submission-kind-document = документ
submission-kind-photo = фото
submission-kind-text = текст
submission-receipt =
    📨 <b>Получили вашу работу</b>
    Шаг «{ $step }», проект «{ $project }», попытка { $attempt }.
    Отправлено { $date } в { $time }.
    { $items }
    Сохраните это сообщение — оно подтверждает сдачу. Результат проверки придёт сюда же.
submission-step-not-found = Этот шаг не найден: проект удалён или ещё не опубликован.
submission-not-enrolled = Вы не участвуете в проекте «{ $project }». Сначала вступите в него в карточке проекта.
submission-on-review = Работа по шагу «{ $step }» уже на проверке. Дождитесь решения эксперта.
submission-accepted = Шаг «{ $step }» уже принят — сдавать его снова не нужно.
submission-refused-unavailable = Этот шаг не найден: проект удалён или ещё не опубликован.
submission-refused-project-finished = Проект завершён — работы по нему больше не принимаются.
submission-refused-not-started = Шаг «{ $step }» начнётся { $from }. Сдать работу можно с этого дня.
submission-refused-deadline-passed = Срок сдачи шага «{ $step }» закончился { $to }. В этом проекте работы после срока не принимаются.
submission-refused-previous-step-first = В этом проекте шаги сдаются по порядку: сначала сдайте предыдущие шаги, потом «{ $step }».
submission-not-found = Эта работа не найдена.
submission-already-sent = Эта работа уже отправлена на проверку — второй раз отправлять не нужно.
submission-item-not-found = Этого пункта больше нет в чек-листе: автор изменил шаг. Откройте шаг и начните сдачу заново.
submission-incomplete = Не хватает обязательных пунктов: { $items }.
submission-intro =
    <b>Сдаём шаг «{ $step }»</b>
    Проект «{ $project }». Пунктов в чек-листе: { $total }.
    Присылайте по одному: документ, фото, ссылку или текст — как указано в пункте. Перед отправкой будет сводка, любой пункт можно заменить. /cancel — прервать (загруженное сохранится в черновике).
submission-intro-rework =
    <b>Доработка шага «{ $step }»</b>, попытка { $attempt }
    Эксперт вернул работу. Заново нужны только отклонённые пункты: { $count }. Остальное перенесено из прошлой попытки.
submission-intro-rework-none =
    <b>Доработка шага «{ $step }»</b>, попытка { $attempt }
    Эксперт не отклонил отдельных пунктов: всё перенесено из прошлой попытки. Замените то, что нужно доработать, и отправьте снова.
submission-intro-resume =
    <b>Продолжаем черновик шага «{ $step }»</b>, попытка { $attempt }
    Уже загружено: { $done } из { $total }.
submission-ask-head = <b>{ $current } из { $total }.</b> { $title }
submission-ask-replace-head = <b>Замена пункта { $position }.</b> { $title }
submission-ask-rejected = ❗ Эксперт отклонил этот пункт: { $comment }
submission-ask-rejected-plain = ❗ Эксперт отклонил этот пункт.
submission-ask-optional = Пункт необязательный — можно пропустить.
submission-accepts-any = Пришлите документ, фото, ссылку или текст.
submission-accepts-file = Пришлите документ ({ $formats }) или фото. Файл больше 20 МБ — ссылкой на облако.
submission-accepts-link = Пришлите ссылку (http:// или https://).
submission-accepts-text = Напишите ответ текстом (до { $max } символов).
submission-accepts-photo = Пришлите фото (можно файлом без сжатия). Больше 20 МБ — ссылкой на облако.
submission-accepts-document = Пришлите документ ({ $formats }). Файл больше 20 МБ — ссылкой на облако.
submission-saved = ✅ Сохранено: { $title }
submission-btn-skip = Пропустить
submission-btn-cancel = Отмена
submission-btn-back = ← К сводке
submission-btn-send = 📨 Отправить на проверку
submission-btn-replace = ✏️ Заменить { $position }. { $title }
submission-btn-add = ➕ Добавить { $position }. { $title }
submission-btn-continue = ▶️ Продолжить сдачу
submission-btn-discard = 🗑 Удалить черновик
submission-bad-sticker = Стикер не подойдёт как результат работы.
submission-bad-voice = Голосовые и аудиосообщения не принимаются: эксперту нужен документ, фото, ссылка или текст. Запишите ответ текстом.
submission-bad-video = Видео не принимается напрямую: большой ролик бот не сможет передать эксперту. Загрузите видео в облако или на видеохостинг и пришлите ссылку.
submission-bad-other = Такое сообщение не подойдёт как результат.
submission-bad-file-type = Файл такого типа не подойдёт. Принимаются { $formats } и изображения. Сохраните работу в одном из этих форматов или упакуйте в zip.
submission-bad-file-too-big = Файл больше 20 МБ: Telegram не даст боту передать его эксперту. Загрузите файл в облако (Яндекс Диск, Облако Mail.ru и т. п.), откройте доступ по ссылке и пришлите ссылку.
submission-bad-link-scheme = Принимаются только ссылки http:// и https://. Ссылки вроде javascript: или file: эксперт открыть не сможет.
submission-bad-link-invalid = Это не похоже на ссылку. Пример: https://disk.yandex.ru/d/abc123
submission-bad-link-credentials = В ссылке есть логин или пароль — его увидят все проверяющие. Откройте доступ по ссылке без пароля и пришлите её.
submission-bad-link-too-long = Ссылка слишком длинная: не больше { $max } символов.
submission-bad-text-empty = Пустой ответ не подойдёт. Напишите текст.
submission-bad-text-too-long = Слишком длинный текст: можно не больше { $max } символов. Сократите его или пришлите файлом.
submission-bad-wants-file = Для этого пункта нужен файл: документ или фото (или ссылка на файл в облаке).
submission-bad-wants-photo = Для этого пункта нужна фотография (или ссылка на неё в облаке).
submission-bad-wants-document = Для этого пункта нужен документ ({ $formats }) — или ссылка на него в облаке.
submission-bad-wants-link = Для этого пункта нужна ссылка (http:// или https://).
submission-bad-wants-text = Для этого пункта нужен ответ текстом — напишите его сообщением.
submission-album-extra = В одном пункте — один файл: остальные файлы альбома не сохранены. Соберите их в один PDF или ZIP и замените пункт в сводке.
submission-in-progress = Сейчас идёт сдача шага «{ $step }». Продолжим — или отправьте /cancel, чтобы прервать (загруженное сохранится).
submission-same-step = Сдача этого шага уже идёт — продолжаем.
submission-other-step = Сначала закончите сдачу шага «{ $step }» или отправьте /cancel.
submission-use-buttons = Выберите действие кнопкой под сводкой: заменить пункт или отправить на проверку.
submission-summary-head =
    <b>Проверьте работу: шаг «{ $step }»</b>
    Проект «{ $project }», попытка { $attempt }.
submission-summary-carried = перенесено из попытки { $attempt }
submission-summary-skipped = пропущено
submission-summary-missing = не загружено
submission-summary-ready = Всё на месте. Нажмите «Отправить на проверку» или замените любой пункт кнопкой с его номером.
submission-summary-incomplete = Не хватает обязательных пунктов — добавьте их кнопками ниже.
submission-what-document = 📄 { $name }
submission-what-photo = 🖼 фото
submission-what-link = 🔗 { $url }
submission-what-text = 📝 «{ $text }»
submission-sent = ✅ Работа отправлена на проверку. Шаг «{ $step }» — <b>на проверке</b>. Подтверждение придёт отдельным сообщением, результат проверки пришлёт эксперт.
submission-cancelled = Сдача прервана. Черновик сохранён — всё загруженное останется. Продолжить можно кнопкой ниже или из карточки шага; ненужный черновик можно удалить.
submission-discarded = Черновик удалён. Начать сдачу заново можно из карточки шага.
submission-discard-gone = Черновика уже нет.

## Сертификаты и портфолио (certificates, portfolio)
cmd-certificates = Мои сертификаты
cmd-portfolio = Моё портфолио (PDF)
certificates-issuer = КоДО — коворкинг дополнительного образования
certificates-document-caption =
    🎓 Сертификат о выполнении шага «{ $step }» проекта «{ $project }». Баллы: { $points }.
    Код <code>{ $code }</code> · проверка подлинности: { $url }
certificates-delayed = 🎓 Шаг «{ $step }» проекта «{ $project }» принят! Сертификат готовится и придёт сюда сам, как только будет готов — ничего делать не нужно.
certificates-revoked-notice = ⛔ Сертификат <code>{ $code }</code> за шаг «{ $step }» отозван. Причина: { $reason }
certificates-reason-grade-corrected = оценка шага изменена, результат возвращён на доработку
certificates-none = Сертификатов пока нет. Они приходят сюда сами, когда эксперт принимает выполненный шаг проекта.
certificates-list-header = <b>Мои сертификаты</b> — { $count }
certificates-list-item =
    { $n }. { $icon } «{ $step }» — { $project }
        { $points } б. · { $date } · <code>{ $code }</code> · { $state }
certificates-state-ready = готов
certificates-state-pending = готовится
certificates-state-revoked = отозван
certificates-list-more = …и ещё { $count } (показаны последние).
certificates-list-hint = Нажмите номер, чтобы получить PDF ещё раз. Подлинность проверяется по адресу { $url }КОД или по QR-коду на сертификате.
certificates-list-hint-none = Подлинность проверяется по адресу { $url }КОД или по QR-коду на сертификате.
certificates-preparing = Сертификат ещё готовится — пришлю его сюда, как только он будет готов.
certificates-revoked = Этот сертификат отозван: { $reason }
certificates-not-found-button = Сертификат не найден — возможно, список устарел. Откройте /certificates ещё раз.
certificates-not-found = Сертификат с кодом <code>{ $code }</code> не найден. Проверьте код (12 латинских букв и цифр).
certificates-btn-send = 📄 Прислать PDF
certificates-card =
    <b>Сертификат <code>{ $code }</code></b>
    { $status }

    Участник: { $participant }
    Учреждение: { $institution }
    Проект: «{ $project }»
    Шаг: «{ $step }»
    Баллы: { $points }
    Дата выдачи: { $date }
    Проверка: { $url }
certificates-card-valid = ✅ Действителен
certificates-card-revoked = ⛔ Отозван { $date }. Причина: { $reason }
certificates-revoke-usage = Как отозвать сертификат: /cert_revoke КОД причина — например: /cert_revoke K7QF92MXA3PD работа не самостоятельная
certificates-revoke-reason-too-long = Причина слишком длинная: не больше { $max } символов.
certificates-revoke-done = Сертификат { $code } отозван. Владелец получил уведомление, страница проверки показывает «отозван».
certificates-revoke-already = Сертификат { $code } уже отозван — ничего не изменилось.
certificates-page-title = Проверка сертификата КоДО
certificates-page-valid = ✅ Сертификат действителен
certificates-page-valid-detail = Выдан за шаг проекта, результат которого принял эксперт КоДО.
certificates-page-revoked = ⛔ Сертификат отозван
certificates-page-revoked-detail = Отозван { $date }. Причина: { $reason }
certificates-page-not-found = Сертификат не найден
certificates-page-not-found-detail = Сертификата с кодом «{ $code }» нет. Проверьте код: 12 латинских букв и цифр, как на сертификате.
certificates-page-note = Проверка подлинности сертификатов КоДО. Код указан на сертификате и зашит в его QR-код.
certificates-page-participant = Участник
certificates-page-institution = Учреждение
certificates-page-project = Проект
certificates-page-step = Шаг
certificates-page-points = Баллы
certificates-page-date = Дата выдачи
certificates-page-issuer = Выдан
certificates-page-code = Код
portfolio-summary =
    <b>Моё портфолио</b>
    Баллы: { $points } · уровень: { $level }
    Принятых шагов: { $steps } · сертификатов: { $certificates }
    Наград: { $badges } · обучающих проектов: { $training }

    Готовлю PDF…
portfolio-caption = 📁 Портфолио КоДО — собрано автоматически из принятых шагов, сертификатов, наград и обучающих проектов.
portfolio-pdf-failed = PDF сейчас не получается подготовить — попробуйте /portfolio через несколько минут. Все данные портфолио на месте.
portfolio-public-off = Публичная ссылка на портфолио закрыта: его видите только вы. Откройте её, чтобы показать портфолио, например, при аттестации.
portfolio-public-on = Публичная ссылка на портфолио открыта: { $url }
    Её может открыть любой, у кого она есть. Закрыть можно в любой момент.
portfolio-btn-open = 🔗 Открыть публичную ссылку
portfolio-btn-close = 🔒 Закрыть публичную ссылку
portfolio-opened = Ссылка открыта
portfolio-closed = Ссылка закрыта
portfolio-page-title = Портфолио КоДО
portfolio-page-not-found = Портфолио не найдено или закрыто владельцем

## Achievements (достижения: уровни, награды, квесты, рейтинг)
achievements-tab-guilds = Гильдии
achievements-tab-badges = Награды
achievements-tab-levels = Уровни
achievements-tab-quests = Квесты
achievements-tab-directions = Направления
achievements-tab-card = 👤 Профиль
achievements-progress = { $current } из { $threshold }
achievements-profile-level = Уровень: <b>{ $level }</b>, баллов: { $points }. { $next }
achievements-level-next = До уровня «{ $level }» — { $points } { $points ->
        [one] балл
        [few] балла
       *[many] баллов
    }.
achievements-level-top = Это высший уровень КоДО.
achievements-level-reached =
    ⭐ Новый уровень — <b>{ $level }</b>! У вас { $points } { $points ->
        [one] балл
        [few] балла
       *[many] баллов
    }.
    { $next }
achievements-badge-earned =
    🏅 Новая награда — <b>{ $badge }</b>!
    Условие: { $rule }.
    Все награды и прогресс — /badges
achievements-badge-revoked-notice = Награда <b>{ $badge }</b> отозвана модератором КоДО. Если это ошибка, напишите модератору.
achievements-guilds-title = <b>Гильдии</b> · { $name }
achievements-guilds-profile = В профиле: { $guilds }
achievements-guilds-line = • { $name }: выполнено проектов — { $projects }, принято шагов — { $steps }
achievements-guilds-empty = Принятых шагов пока нет — выберите проект в каталоге и сдайте первый шаг.
achievements-guilds-craftsman = { $badge }: { $progress } — проекты в разных гильдиях.
achievements-directions-title = <b>Направления</b> · { $name }
achievements-directions-line = • { $name }: выполнено проектов — { $projects }, принято шагов — { $steps }
achievements-directions-empty = Пока нет принятых шагов ни по одной направленности.
achievements-badges-title = <b>Награды</b> · { $name } — получено { $earned } из { $total }
achievements-badge-earned-line = 🏅 <b>{ $badge }</b> — { $date }
achievements-badge-locked-line = 🔒 { $badge } — { $progress }
achievements-badge-revoked-line = 🚫 { $badge } — отозвана
achievements-badge-broken-line = ⚙️ { $badge } — правило настраивается
achievements-badges-more = Как получить каждую награду — /badges
achievements-badges-list-title = <b>Награды КоДО</b> — у вас { $earned } из { $total }
achievements-btn-rules = 📖 Как получить награды
achievements-btn-back-to-list = ← К наградам
achievements-rules-title = <b>Как получить награды</b>
achievements-rules-intro = Награды выдаются сами, когда эксперт принимает ваш шаг, когда вы выполняете проект, открываете мастерскую или запускаете свой проект. Каждую награду получают один раз: исправленная оценка не выдаёт её повторно.
achievements-rules-line = <b>{ $badge }</b> — { $rule }.
achievements-rule-broken = правило пока не настроено
achievements-rule-ignore = ; «{ $name }» не в счёт
achievements-rule-accepted_steps = выполнить { $threshold } { $threshold ->
        [one] шаг
        [few] шага
       *[many] шагов
    } проектов (шаг засчитывается, когда эксперт принял результат)
achievements-rule-completed_projects = полностью выполнить { $threshold } { $threshold ->
        [one] проект
        [few] проекта
       *[many] проектов
    } — принят каждый шаг
achievements-rule-completed_project_guilds = полностью выполнить проекты по { $threshold } { $threshold ->
        [one] гильдии
       *[other] разным гильдиям
    }: каждый проект засчитывается за одну гильдию
achievements-rule-completed_project_directions = полностью выполнить проекты { $threshold } { $threshold ->
        [one] направленности
       *[other] разных направленностей
    }: каждый проект засчитывается за одну направленность
achievements-rule-full_mark_steps = получить максимальный балл за { $threshold } { $threshold ->
        [one] шаг
        [few] шага
       *[many] шагов
    }
achievements-rule-accepted_after_rework = доработать по замечаниям эксперта { $threshold } { $threshold ->
        [one] шаг
        [few] шага
       *[many] шагов
    } и получить их принятыми
achievements-rule-perfect_projects = полностью выполнить { $threshold } { $threshold ->
        [one] проект
        [few] проекта
       *[many] проектов
    } с максимальным баллом за каждый шаг
achievements-rule-other_municipality_projects = выполнить шаги в проектах авторов из { $threshold } { $threshold ->
        [one] другого муниципалитета
       *[other] других муниципалитетов
    } (не вашего)
achievements-rule-early_accepted_steps = сдать { $threshold } { $threshold ->
        [one] шаг
        [few] шага
       *[many] шагов
    } в первые { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } после открытия шага и получить их принятыми
achievements-rule-completed_projects_of_kind = полностью выполнить { $threshold } { $threshold ->
        [one] проект
        [few] проекта
       *[many] проектов
    } вида «{ $kind }»
achievements-rule-graded_submissions = как эксперт проверить { $threshold } { $threshold ->
        [one] работу
        [few] работы
       *[many] работ
    } участников
achievements-rule-authored_projects_with_participants = запустить { $threshold } { $threshold ->
        [one] проект, в котором
        [few] проекта, в каждом из которых
       *[many] проектов, в каждом из которых
    } не меньше { $participants } { $participants ->
        [one] участника
       *[other] участников
    } выполнили хотя бы один шаг
achievements-rule-workshops_or_build_projects = открыть мастерскую или запустить проект по созданию инструмента (всего нужно { $threshold })
achievements-kind-replicate = тиражирование практик
achievements-kind-train = обучение кадров
achievements-kind-find = поиск кадров или практик
achievements-kind-build = создание инструментов
achievements-levels-title = <b>Уровни</b> · { $name }
achievements-levels-current = Баллов: <b>{ $points }</b> — уровень «{ $level }» ({ $band }).
achievements-levels-band = { $from }–{ $to }
achievements-levels-band-top = от { $from }
achievements-levels-line = ▫️ { $level }: { $band }
achievements-levels-line-current = ▶️ <b>{ $level }: { $band }</b> — вы здесь
achievements-levels-how = Баллы начисляются за принятые шаги — столько, сколько эксперт поставил по критериям шага.
achievements-levels-rating = Место вашего учреждения и муниципалитета — /rating
achievements-quests-title = <b>Квесты</b> · { $name }
achievements-quest-done = ✅ <b>{ $quest }</b> — выполнен { $date }. { $description }
achievements-quest-open = ▫️ <b>{ $quest }</b> — { $progress }. { $description }
achievements-quests-empty = Квестов пока нет.
achievements-rating-title = <b>Рейтинг</b> за последние { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }
achievements-rating-institution = 🏫 { $name } — место <b>{ $place }</b> из { $of }. Балл { $score }, активных участников { $active } из { $members }.
achievements-rating-institution-unranked = 🏫 { $name } — пока без места: ни у кого из участников нет баллов или наград за этот период.
achievements-rating-no-institution = 🏫 Учреждение не указано — добавьте его в /profile.
achievements-rating-municipality = 🏙 { $name } — место <b>{ $place }</b> из { $of }. Балл { $score }, активных участников { $active } из { $members }.
achievements-rating-municipality-unranked = 🏙 { $name } — пока без места: ни у кого из участников нет баллов или наград за этот период.
achievements-rating-no-municipality = 🏙 Муниципалитет не указан — добавьте его в /profile.
achievements-rating-top-institutions = <b>Лучшие учреждения</b>
achievements-rating-top-municipalities = <b>Лучшие муниципалитеты</b>
achievements-rating-top-line = { $place }. { $name } — { $score }
achievements-rating-empty = За этот период пока никто не набрал баллов.
achievements-rating-formula = <i>Как считается: баллы участников за принятые шаги плюс { $badge } за каждую награду, в среднем на одного активного участника. К каждому учреждению добавляются { $prior } условных «средних по краю» участника — поэтому не побеждают ни размер, ни один звёздный участник.</i>
achievements-revoke-usage = Использование: /revoke_badge @имя или ID [награда]. Без названия награды покажу действующие награды человека кнопками.
achievements-revoke-choose = <b>{ $name }</b> — действующие награды. Какую отозвать?
achievements-revoke-none = У { $name } нет действующих наград.
achievements-revoke-confirm = Отозвать награду <b>{ $badge }</b> у { $name }? Человек получит уведомление, действие попадёт в журнал.
achievements-btn-revoke-yes = Да, отозвать
achievements-btn-revoke-no = Отмена
achievements-revoked = Награда <b>{ $badge }</b> у { $name } отозвана, запись в журнале сделана.
achievements-revoke-already = Награда <b>{ $badge }</b> у { $name } уже отозвана.
achievements-revoke-cancelled = Отзыв отменён, ничего не изменилось.
achievements-award-not-found = Такой награды нет — возможно, список устарел.
achievements-badge-not-found = Награды «{ $badge }» нет. Коды наград: leader, craftsman, all-rounder, marathoner, top-student, optimist, perfectionist, pilgrim, express, explorer, coordinator, innovator.
achievements-user-badge-missing = У { $name } нет действующей награды <b>{ $badge }</b>.
achievements-tune-usage = Использование: /badge_rule код порог — например, <code>/badge_rule marathoner 15</code>. Сейчас:
achievements-tune-line = <code>{ $code }</code> { $badge } — порог { $threshold }, версия правила { $version }
achievements-tune-bad-threshold = Порог — целое число от 1 до 10000.
achievements-tuned = <b>{ $badge }</b>: порог { $threshold }, версия правила { $version }. Теперь: { $rule }. Каждый участник проверяется по новому правилу при следующем своём событии (оценка, проект, мастерская).
achievements-tune-unchanged = <b>{ $badge }</b>: порог уже { $threshold }, ничего не изменилось.

## Проверка работ (эксперты)
review-queue-title = <b>Работы на проверку: { $count }</b> (сначала самые давние)
review-queue-line = { $n }. <b>{ $project }</b> · шаг { $position } «{ $step }» · попытка { $attempt } · ждёт { $waiting }
review-queue-line-mine = { $n }. <b>{ $project }</b> · шаг { $position } «{ $step }» · попытка { $attempt } · ждёт { $waiting } · 🔒 у вас
review-queue-more = …и ещё { $count } — они появятся, когда вы проверите эти.
review-queue-hint = Нажмите номер работы, чтобы открыть её: на время проверки она закрепится за вами.
review-queue-empty = Очередь пуста — новых работ нет. Я напишу, когда они появятся.
review-wait-minutes = { $minutes } мин
review-wait-hours = { $hours } ч { $minutes } мин
review-wait-days = { $days } дн { $hours } ч
review-notice = 📥 { $count ->
    [one] { $count } новая работа ждёт проверки
    [few] { $count } новые работы ждут проверки
   *[many] { $count } новых работ ждут проверки
  }. Открыть очередь — /review
review-experts-usage =
    Эксперты проекта:
    /experts 12 — список экспертов проекта №12
    /experts 12 @имя — назначить эксперта (автор проекта или модератор)
    /experts guild:teacher @имя — назначить на все текущие проекты гильдии
    /experts direction:distance @имя — назначить на все текущие проекты направленности
review-experts-title = <b>Эксперты проекта «{ $project }»</b> (№{ $id })
review-experts-none = Пока никого.
review-experts-hint = Назначить: /experts { $id } @имя. Снять — кнопкой.
review-assigned = { $name } назначен(а) экспертом проекта «{ $project }».
review-already-assigned = { $name } уже эксперт проекта «{ $project }».
review-unassigned = Эксперт снят с проекта.
review-assigned-tag = { $name }: «{ $tag }» — подходящих проектов { $matched }, назначено на новые: { $added }.
review-assigned-notice = Вас назначили экспертом проекта «{ $project }». Работы на проверку — /review
review-assigned-tag-notice = Вас назначили экспертом { $count ->
    [one] { $count } проекта
   *[other] { $count } проектов
  } («{ $tag }»). Работы на проверку — /review
review-regrade-usage = Использование: /regrade 12 — где 12 — номер оценки (он есть в карточке оценки).
review-err-project-not-found = Проекта №{ $id } нет.
review-err-not-project-manager = Назначать экспертов может автор проекта или модератор.
review-err-user-not-found = Пользователь не найден.
review-err-target-not-expert = У пользователя { $name } нет роли «Эксперт». Сначала её должен выдать администратор.
review-err-tag-unknown = Не знаю гильдии или направленности «{ $tag }».
grading-err-not-expert = Проверять работы может только эксперт. Обратитесь к администратору КоДО.
grading-err-own = Свою работу проверять нельзя.
grading-err-not-assigned = Вы не назначены экспертом этого проекта.
grading-err-not-found = Такой работы нет.
grading-err-not-waiting = Эта работа уже не ждёт проверки.
grading-err-taken = Эту работу сейчас проверяет другой эксперт.
grading-err-already-graded = Эту работу уже оценил другой эксперт — ваша оценка не сохранена.
grading-err-claim-expired = Время на проверку ({ $minutes } мин) истекло — оценка не сохранена.
grading-err-points = Баллы за «{ $title }» должны быть от 0 до { $max }.
grading-err-points-yes-no = За «{ $title }» можно поставить только 0 или { $max }.
grading-err-accept-rejected = Работу с непринятым пунктом можно принять, только указав причину.
grading-err-return-empty = Чтобы вернуть работу, отметьте непринятый пункт или напишите, что доработать.
grading-err-too-long = Слишком длинный текст.
grading-err-incomplete = Оценка неполная: проверьте все пункты и критерии.
grading-err-not-moderator = Исправлять оценки может только модератор.
grading-err-grade-not-found = Оценки №{ $id } нет.
grading-err-correction-conflict = Оценку только что изменил кто-то ещё. Откройте её заново: /regrade
grading-err-correction-nothing = Ничего не изменилось — сохранять нечего.
grading-err-correction-later-attempt = Участник уже начал новую попытку, поэтому эту принять нельзя. Оцените новую попытку.
grading-err-reason-required = Напишите причину исправления.
grading-intro = <b>Проверка работы</b>: «{ $project }», шаг { $position } «{ $step }», попытка { $attempt }. Вот что прислал участник:
grading-correct-intro = <b>Исправление оценки №{ $id }</b>: «{ $project }», шаг { $position } «{ $step }», попытка { $attempt }. Работа участника:
grading-item-new = 🆕 новое в этой попытке
grading-item-carried = без изменений с прошлой попытки
grading-item-missing = — не сдано
grading-item-skipped = — не сдано (необязательный пункт)
grading-item-file-gone = — файл { $name } больше недоступен в Telegram
grading-overview = <b>Чек-лист ({ $count }).</b> Всё в порядке? Или проверьте по пунктам.
grading-prev-ok = (в прошлый раз ✅)
grading-prev-rejected = (в прошлый раз ✖️)
grading-prev-ok-long = В прошлой попытке: принят.
grading-prev-rejected-long = В прошлой попытке: не принят — { $comment }
grading-claimed-until = 🔒 Работа закреплена за вами до { $time } ({ $minutes } мин).
grading-btn-all-ok = ✅ Все пункты приняты
grading-btn-by-item = 🔎 Проверить по пунктам
grading-btn-to-queue = ← К очереди
grading-btn-queue = 📋 Очередь
grading-btn-next-work = ▶ Следующая работа
grading-left = Проверка отложена, ничего не сохранено. Работа вернулась в очередь.
grading-item-head = <b>Пункт { $n } из { $count }</b> · { $position }. { $title }
grading-item-now-ok = Сейчас: всё ок.
grading-item-now-rejected = Сейчас: не принят — { $comment }
grading-btn-ok = ✅ Всё ок
grading-btn-rejected = ✖️ Не принят
grading-btn-rest-ok = ✅ Этот и все следующие — ок
grading-ask-item-comment = Пункт { $position } «{ $title }» не принят. Напишите, что исправить, или выберите частый комментарий:
grading-btn-no-comment = Без комментария
grading-comment-too-long = Нужен текст не длиннее { $max } символов.
grading-criterion = <b>Критерий { $n } из { $count }</b> · { $title }
    Баллы от 0 до { $max }:
grading-criterion-typed = <b>Критерий { $n } из { $count }</b> · { $title }
    Баллы от 0 до { $max }: нажмите или напишите число.
grading-criterion-yes-no = <b>Критерий { $n } из { $count }</b> · { $title }
    Да — { $max } б., нет — 0.
grading-criterion-now = Сейчас: { $points }
grading-btn-yes = Да · { $points }
grading-btn-no = Нет · { $points }
grading-btn-rest-max = ⏩ Этот и остальные — максимум
grading-points-out-of-range = Баллы — целое число от 0 до { $max }.
grading-finish = <b>Жетоны и комментарий.</b> Отметьте жетоны, если работа их заслужила. Общий комментарий участнику напишите сообщением (или выберите частый).
grading-comment-now = Комментарий: <i>{ $comment }</i>
grading-btn-clear-comment = Убрать комментарий
grading-btn-next = Далее →
grading-btn-next-no-comment = Далее без комментария →
grading-return-needs-reason = Чтобы вернуть работу на доработку, напишите, что доработать (или отметьте непринятый пункт).
grading-btn-accept = ✅ Принять
grading-btn-return = ↩️ На доработку
grading-btn-edit-items = Пункты
grading-btn-edit-criteria = Критерии
grading-btn-edit-finish = Жетоны, комментарий
grading-btn-save-accepted = 💾 Принята
grading-btn-save-returned = 💾 На доработку
grading-btn-quit = ✖️ Не исправлять
grading-ask-override = Не приняты пункты: { $items }. Принять работу всё равно можно — напишите причину, она попадёт в карточку участника.
grading-ask-correction-reason = Почему вы исправляете оценку? Причина попадёт в журнал и в сообщение участнику.
grading-saved-accepted = ✅ Оценка №{ $id } сохранена: работа принята, { $total } из { $max }. Участник получит карточку с результатом.
grading-saved-returned = ↩️ Оценка №{ $id } сохранена: работа возвращена на доработку ({ $total } из { $max }). Участник получит карточку с тем, что доработать.
grading-corrected = Оценка №{ $id } исправлена: { $total } из { $max }, баллы участника { $delta }. Участник уведомлён.
grading-cancelled = Проверка отложена, ничего не сохранено. Работа вернулась в очередь — /review
grading-correct-cancelled = Исправление отменено, оценка прежняя.
grading-claim-expired = ⏰ Время на проверку ({ $minutes } мин) истекло, и оценка не сохранена. Работа пока свободна — взять её снова и сохранить вашу оценку?
grading-claim-lost = ⏰ Время на проверку истекло, и работу уже взял другой эксперт. Ваша оценка не сохранена.
grading-btn-reclaim-save = 💾 Взять снова и сохранить
grading-btn-drop = Не сохранять
grading-busy = Сейчас идёт проверка работы. Закончите её или отправьте /cancel, чтобы отложить.
grading-finish-first = Сначала закончите текущую проверку (или отправьте /cancel).
grading-expect-text = Здесь нужен текст или кнопка под сообщением выше.
grading-expect-buttons = Выберите вариант кнопкой под сообщением выше.
grading-summary-title = <b>Итог проверки</b>: «{ $project }», шаг { $position } «{ $step }», попытка { $attempt }
grading-card-title = <b>Результат проверки</b>: «{ $project }», шаг { $position } «{ $step }», попытка { $attempt }
grading-card-accepted = ✅ Работа принята.
grading-card-returned = ↩️ Работа возвращена на доработку.
grading-card-total = Итого: <b>{ $total } из { $max }</b>
grading-card-items = <b>Чек-лист</b>
grading-card-criteria = <b>Критерии</b>
grading-card-criterion = • { $title }: { $points } из { $max }
grading-card-criterion-yes = • { $title }: да ({ $points } из { $max })
grading-card-criterion-no = • { $title }: нет ({ $points } из { $max })
grading-card-criterion-open = • { $title }: — из { $max }
grading-card-tokens = 🏅 Жетоны: { $tokens }
grading-card-comment = 💬 Комментарий эксперта: <i>{ $comment }</i>
grading-card-override = Принято, несмотря на замечания: <i>{ $reason }</i>
grading-card-redo = <b>Что доработать</b>
grading-card-resubmit = Исправьте эти пункты и отправьте шаг снова — остальное сохранится.
grading-card-points = Начислено баллов: +{ $points }.
grading-card-number = Оценка №{ $id }
grading-correction-title = ✏️ <b>Модератор исправил оценку</b>: «{ $project }», шаг { $position } «{ $step }», попытка { $attempt }
grading-change-decision-accepted = Решение: работа принята.
grading-change-decision-returned = Решение: работа возвращена на доработку.
grading-change-item-ok = Пункт { $position } «{ $title }»: теперь принят
grading-change-item-rejected = Пункт { $position } «{ $title }»: теперь не принят
grading-change-criterion = { $title }: было { $before }, стало { $after } из { $max }
grading-change-tokens-added = Добавлены жетоны: { $tokens }
grading-change-tokens-removed = Сняты жетоны: { $tokens }
grading-change-comment = Новый комментарий: <i>{ $comment }</i>
grading-change-comment-removed = Комментарий убран.
grading-change-total = Баллы: было { $before }, стало { $after } из { $max }
grading-correction-reason = Причина: <i>{ $reason }</i>

## Меню команд (дополнение)
cmd-review = Работы на проверку (эксперт)
cmd-badges = Награды
cmd-rating = Рейтинг учреждений

## Кнопки уведомлений об оценке и сертификате
grading-card-total-returned = Баллы начисляются, когда работа принята; по этой проверке было бы { $total } из { $max }.
grading-card-btn-resubmit = ✏️ Исправить и сдать
grading-card-btn-next-step = ▶ Следующий шаг: { $position }. { $step }
certificates-btn-check = 🔎 Страница проверки

## Каталог: когда проект принимает работы (catalogue intake)
catalogue-intake-accepting = 📥 шаг { $position }: приём до { $date }
catalogue-intake-opens = ⏳ шаг { $position } откроется { $date }
catalogue-intake-closed = 🔒 приём работ закрыт
catalogue-section-accepting = 📥 <b>Идёт приём работ</b>
catalogue-section-open = ⏳ <b>Сейчас приёма нет</b>
catalogue-section-finished = 🏁 <b>Завершённые</b>
## authoring — конструктор проектов и модерация
cmd-myprojects = Мои проекты (разработчик)
help-author =
    <b>Разработчику</b>
    /newproject — создать проект: название, описание, вид, уровень, гильдии, направленности, даты
    /myprojects — мои проекты: шаги, чек-листы, критерии, предпросмотр, копия, выгрузка, модерация
    /import — как загрузить проект из файла YAML или JSON
help-moderator-projects =
    /moderation — проекты, ждущие модерации: опубликовать или вернуть с комментарием
authoring-kind-replicate = Тиражирование практики
authoring-kind-train = Обучение кадров
authoring-kind-find = Выявление кадров или практик
authoring-kind-build = Разработка инструмента
authoring-level-municipal = муниципальный
authoring-level-regional = региональный
authoring-accepts-any = что угодно
authoring-accepts-file = файл
authoring-accepts-link = ссылка
authoring-accepts-text = текст
authoring-accepts-photo = фото
authoring-accepts-document = документ
authoring-status-draft = ✏️ черновик
authoring-status-review = ⏳ на модерации
authoring-status-returned = 🔁 возвращён на доработку
authoring-status-published = ✅ опубликован
authoring-status-running = ▶️ идёт
authoring-status-finished = 🏁 завершён
authoring-field-title = название
authoring-field-summary = краткое описание
authoring-field-description = полное описание
authoring-field-stepTitle = название шага
authoring-field-task = задание шага
authoring-field-itemTitle = пункт чек-листа
authoring-field-hint = подсказка
authoring-field-criterionTitle = критерий
authoring-field-materialTitle = материал
authoring-field-url = ссылка
authoring-field-comment = комментарий
authoring-yes = да
authoring-no = нет
authoring-none = —
authoring-empty = <i>не заполнено</i>
authoring-required = обязательный
authoring-optional = необязательный
authoring-my-title = <b>Мои проекты</b>
authoring-my-empty = Проектов пока нет. Создайте первый: /newproject — или загрузите файл: /import
authoring-my-line = • <b>{ $title }</b> — { $status }, { $dates }
authoring-my-hint = Новый проект — /newproject, из файла — /import
authoring-project-head = 📝 <b>{ $title }</b> — { $status }
authoring-project-summary = Кратко: { $summary }
authoring-project-kind = Вид: { $kind } · уровень: { $level }
authoring-project-guilds = Гильдии: { $guilds } · направленности: { $directions }
authoring-project-dates = Даты: { $dates }{ $hours ->
    [0] {""}
   *[other] · { $hours } ч
}
authoring-project-rules = Работы после срока: { $late } · шаги по порядку: { $order }
authoring-project-steps = <b>Шаги</b>
authoring-project-step = { $position }. { $title } — { $dates } (пунктов: { $items }, критериев: { $criteria })
authoring-project-no-steps = Шагов пока нет — добавьте первый.
authoring-project-participants = Участников: { $count }
authoring-project-returned = 💬 Модератор вернул проект: { $comment }
authoring-project-in-review = ⏳ Проект ждёт модератора. Любое изменение забирает его с модерации.
authoring-project-problems = <b>До отправки на модерацию:</b>
authoring-problem-no-title = нет названия
authoring-problem-no-summary = нет краткого описания
authoring-problem-no-guilds = не выбраны гильдии (или «Любая»)
authoring-problem-no-steps = нет ни одного шага
authoring-problem-bad-kind = не выбран вид проекта
authoring-problem-bad-level = не выбран уровень
authoring-problem-project-dates = проект кончается раньше, чем начинается
authoring-problem-too-many-steps = слишком много шагов
authoring-problem-field-too-long = { $field }: длиннее { $max } знаков
authoring-problem-step-no-checklist = шаг { $step }: нет ни одного пункта чек-листа
authoring-problem-step-no-criteria = шаг { $step }: нет ни одного критерия
authoring-problem-step-dates-order = шаг { $step }: кончается раньше, чем начинается
authoring-problem-step-dates-outside = шаг { $step }: даты выходят за даты проекта
authoring-problem-step-too-long = шаг { $step }: карточка шага не помещается в сообщение Telegram — сократите задание или чек-лист
authoring-problem-criterion-points = шаг { $step }: у критерия «{ $criterion }» баллы должны быть от 1 до 100
authoring-btn-title = ✏️ Название
authoring-btn-summary = ✏️ Кратко
authoring-btn-description = ✏️ Описание
authoring-btn-task = ✏️ Задание
authoring-btn-kind = Вид
authoring-btn-level = Уровень
authoring-btn-guilds = Гильдии
authoring-btn-directions = Направленности
authoring-btn-dates = 📅 Даты
authoring-btn-hours = ⏱ Часы
authoring-btn-late-on = Опоздания: принимаются
authoring-btn-late-off = Опоздания: нет
authoring-btn-order-on = По порядку: да
authoring-btn-order-off = По порядку: нет
authoring-btn-add-step = ➕ Шаг
authoring-btn-preview = 👁 Предпросмотр
authoring-btn-preview-step = 👁 Как увидит участник
authoring-btn-copy = 📋 Копия
authoring-btn-export-yaml = 📤 YAML
authoring-btn-export-json = 📤 JSON
authoring-btn-send-review = 📨 На модерацию
authoring-btn-finish = 🏁 Завершить проект
authoring-btn-finish-yes = 🏁 Да, завершить
authoring-btn-dashboard = 📊 Дашборд
authoring-btn-team = 👥 Команда
authoring-btn-my = ← Мои проекты
authoring-btn-back-project = ← К проекту
authoring-btn-back-step = ← К шагу
authoring-btn-back-builder = ← К редактору
authoring-btn-back-builder-step = ← К редактору шага
authoring-btn-open-builder = ✏️ Открыть в редакторе
authoring-btn-open-review = Открыть
authoring-btn-delete-step = 🗑 Удалить шаг
authoring-btn-delete-yes = 🗑 Да, удалить
authoring-btn-delete = 🗑 Удалить
authoring-btn-add-material = ➕ Материал
authoring-btn-add-item = ➕ Пункт чек-листа
authoring-btn-add-criterion = ➕ Критерий
authoring-btn-make-optional = Сделать необязательным
authoring-btn-make-required = Сделать обязательным
authoring-btn-hint = ✏️ Подсказка
authoring-btn-points = ✏️ Баллы
authoring-btn-done = ✔️ Готово
authoring-btn-skip = Пропустить
authoring-btn-cancel = Отмена
authoring-btn-yes-no = Да/нет · { $points }
authoring-step-head = 🧩 <b>{ $step }</b> · { $project }
authoring-step-dates = Даты: { $dates }
authoring-step-task = Задание: { $task }
authoring-step-materials = <b>Материалы</b>
authoring-step-checklist = <b>Чек-лист (что сдать)</b>
authoring-step-item = { $position }. { $title } — { $accepts }, { $required }
authoring-step-criteria = <b>Критерии</b>
authoring-step-criterion = { $position }. { $title } — до { $points }
authoring-step-criterion-yes-no = { $position }. { $title } — да/нет, { $points }
authoring-step-rubric-in-use = ℹ️ По этому чек-листу уже сданы работы (версия { $version }). Изменения чек-листа и критериев создадут новую версию; сданные работы проверяются по прежней.
authoring-item-card = ☑️ <b>Пункт { $position }</b> · { $step }
    { $title }
    Принимается: { $accepts } · { $required }
    Подсказка: { $hint }
authoring-criterion-card = ⭐ <b>Критерий { $position }</b> · { $step }
    { $title }
    { $points }
authoring-points-max = до { $points } баллов
authoring-points-yes-no = да/нет, «да» = { $points }
authoring-ask-title-new = Как называется проект? (до 150 знаков; всё остальное можно поменять позже)
authoring-ask-title = Новое название проекта (до 150 знаков):
authoring-ask-summary = Кратко о проекте — это увидят в каталоге (до 700 знаков):
authoring-ask-description = Полное описание проекта (до 3000 знаков):
authoring-ask-kind = Вид проекта:
authoring-ask-level = Уровень проекта:
authoring-ask-guilds = Для каких гильдий проект? Отметьте одну или несколько (или «Любая») и нажмите «Готово».
authoring-ask-directions = Направленности проекта (можно несколько), затем «Готово»:
authoring-ask-project-dates = Даты проекта, например «1.12 – 31.12», «15 января – 20 марта» или «2026-12-01 — 2026-12-31»:
authoring-ask-hours = Сколько часов обучения указать в сертификате? Число, или «Пропустить».
authoring-ask-step-title = Название шага (до 150 знаков), например «Занятие в дистанте»:
authoring-ask-task = Задание шага: что сделать участнику (до 1500 знаков):
authoring-ask-step-dates = Даты шага внутри дат проекта, например «1.12 – 15.12». «Пропустить» — как у проекта.
authoring-ask-material = Пришлите файл или ссылку. К ссылке можно добавить название: «Шаблон плана — https://…»
authoring-ask-item = Что сдать участнику? Название пункта чек-листа (до 200 знаков), например «План занятия»:
authoring-ask-accepts = «{ $title }» — что принимается?
authoring-ask-hint = Подсказка к пункту (до 200 знаков), например «по шаблону, pdf или docx»:
authoring-ask-criterion = Название критерия (до 200 знаков), например «Полнота плана»:
authoring-ask-points = Сколько баллов? Число от 1 до 100 — максимум по критерию; «да 3» — критерий «да/нет», где «да» стоит 3 балла.
authoring-dates-read = Записал: { $dates }
authoring-new-saved = Черновик сохранён. Теперь добавьте шаги — кнопка «➕ Шаг».
authoring-cancelled = Отменено.
authoring-cancelled-saved = Остановились. Всё, что вы ввели, сохранено в черновике — продолжить можно в /myprojects.
authoring-finish-question-first = Сначала ответьте на вопрос выше или нажмите «Отмена».
authoring-expect-file-or-text = Нужен файл или ссылка.
authoring-file-untitled = Файл
authoring-withdrawn = Проект снят с модерации: вы его изменили. Отправьте снова, когда закончите.
authoring-sent-review = Отправлено на модерацию. Модераторов уведомлено: { $count }.
authoring-copied = Копия создана как новый черновик.
authoring-exported = Проект в файле. Его можно поправить в редакторе и прислать боту обратно — получится новый черновик.
authoring-finished = Проект завершён.
authoring-finish-confirm = Завершить проект «{ $title }»? Участники больше не смогут сдавать работы.
authoring-delete-step-confirm = Удалить шаг «{ $title }» со всеми пунктами и критериями?
authoring-step-deleted = Шаг удалён.
authoring-item-gone = Этого пункта уже нет.
authoring-preview-banner = 👁 <i>Предпросмотр: так проект увидит участник.</i>
authoring-preview-button = В предпросмотре кнопки участника не действуют.
authoring-imported = Проект загружен из файла как новый черновик.
authoring-import-help =
    Пришлите боту файл проекта <b>.yaml</b>, <b>.yml</b> или <b>.json</b> (до { $max } МБ) — получится новый черновик.
    Проще всего начать с выгрузки: откройте любой проект в /myprojects и нажмите «📤 YAML».
    Поля: title, summary, description, kind (replicate, train, find, build), level (municipal, regional), guilds, directions, starts, ends (ГГГГ-ММ-ДД), hours, lateWork, stepsInOrder, steps (title, task, starts, ends, materials, checklist, criteria).
authoring-import-refused = Файл не загружен, ничего не сохранено:
authoring-import-problem = • строка { $line }, <code>{ $where }</code>: { $what }
authoring-import-too-large = Файл больше { $max } МБ — это не похоже на проект. Ничего не сохранено.
authoring-import-download-failed = Не удалось получить файл от Telegram. Попробуйте прислать его ещё раз.
authoring-import-not-yaml-file = Это не текстовый файл YAML или JSON. Ничего не сохранено.
authoring-import-not-yaml = файл не читается как YAML или JSON
authoring-import-not-project = в файле должен быть проект: поля title, kind, level, starts, ends, steps
authoring-import-too-big = слишком длинно (не больше { $max })
authoring-import-too-small = нужно хотя бы { $min }
authoring-import-empty = не может быть пустым
authoring-import-one-of = допустимо: { $values }
authoring-import-unknown-field = неизвестное поле: { $fields }
authoring-import-missing = поле обязательно
authoring-import-type = неверный тип значения (нужно: { $type })
authoring-import-invalid = неверное значение
authoring-import-unknown-guild = нет гильдии «{ $code }»; есть: { $known }
authoring-import-unknown-direction = нет направленности «{ $code }»; есть: { $known }
authoring-import-date = «{ $value }» — не дата (нужно ГГГГ-ММ-ДД)
authoring-import-dates-order = конец раньше начала
authoring-import-step-outside = даты шага выходят за даты проекта
authoring-err-empty = Пусто — напишите текст.
authoring-err-too-long = Слишком длинно: не больше { $max } знаков. Сократите и пришлите снова.
authoring-err-dates-format = Не понял даты. Напишите, например, «1.12 – 31.12» или «15 января – 20 марта».
authoring-err-dates-order = Конец раньше начала — проверьте даты.
authoring-err-step-outside = Даты шага должны быть внутри дат проекта.
authoring-err-steps-outside = Шаги { $steps } выходят за новые даты проекта — сначала поправьте их даты.
authoring-err-hours = Часы — целое число от 1 до { $max } (или «Пропустить»).
authoring-err-points-format = Напишите число баллов (например «7») или «да 3» для критерия да/нет.
authoring-err-points-negative = Баллы не бывают отрицательными.
authoring-err-points-zero = Критерий в 0 баллов ничего не оценивает: от 1 до 100.
authoring-err-points-too-many = Не больше { $max } баллов за критерий.
authoring-err-link = Нужна ссылка, начинающаяся с http:// или https://, или файл.
authoring-err-too-many = Не больше { $max } — это предел.
authoring-err-bad-value = Такого значения нет.
authoring-err-unknown-guild = Нет гильдии «{ $code }».
authoring-err-unknown-direction = Нет направленности «{ $code }».
authoring-err-not-author = Для этого нужна роль «Разработчик»: создавать проекты могут разработчики. Роль выдаёт администратор.
authoring-err-not-found = Проект не найден.
authoring-err-not-yours = Это не ваш проект: менять его может автор проекта или модератор.
authoring-err-finished = Проект завершён — менять его нельзя.
authoring-err-step-gone = Этого шага уже нет.
authoring-err-conflict = Пока вы редактировали, шаг изменил соавтор. Показываю свежую версию — повторите изменение.
authoring-err-has-work = По шагу уже сданы работы — его нельзя удалить или переставить.
authoring-err-incomplete = Проект ещё не готов к модерации — что поправить, написано в карточке.
authoring-err-not-draft = Отправить на модерацию можно только черновик.
authoring-err-already-in-review = Проект уже на модерации.
authoring-err-not-moderator = Для этого нужна роль «Модератор».
authoring-err-already-decided = По проекту уже принято решение.
authoring-err-being-edited = Автор забрал проект на доработку — он снова появится в очереди, когда автор отправит его.
authoring-err-changed-since = Автор изменил проект, пока вы его смотрели. Показываю свежую версию.
authoring-err-not-launched = Проект ещё не опубликован.
authoring-notice-review = 📨 Проект «{ $title }» ({ $author }) ждёт модерации — /moderation
authoring-notice-published = ✅ Ваш проект «{ $title }» опубликован и виден в каталоге /projects.
authoring-notice-returned = 🔁 Проект «{ $title }» возвращён на доработку. Комментарий модератора: { $comment }
    Открыть — /myprojects
authoring-notice-project-dates = 📅 В проекте «{ $project }» изменились даты: теперь { $dates }.
authoring-notice-step-dates = 📅 В проекте «{ $project }» изменились даты шага «{ $step }»: теперь { $dates }.
moderation-queue-empty = Проектов на модерации нет.
moderation-queue-title = <b>На модерации: { $count }</b>
moderation-queue-line = • { $title } — { $author }, с { $date }
moderation-review-head = <b>Модерация</b> · автор: { $author }
moderation-review-not-waiting = <i>Проект сейчас не ждёт модерации.</i>
moderation-btn-publish = ✅ Опубликовать
moderation-btn-return = 🔁 Вернуть с комментарием
moderation-btn-queue = ← Очередь
moderation-ask-comment = Что поправить автору? Комментарий (до 1000 знаков):
moderation-published = Опубликовано. Автор уведомлён.
moderation-returned = Возвращено автору с комментарием.
## web (admin web view, /web, institution status)
help-web = <b>Веб-кабинет</b> (аналитика, модерация): /web — ссылка для входа, одноразовая, действует 10 минут.
web-login-link = Ссылка для входа в веб-кабинет КоДО (одноразовая, действует { $minutes } минут, никому её не пересылайте):
    { $url }
web-need-role = Веб-кабинет открыт аналитикам, модераторам, разработчикам проектов и администраторам. Обратитесь к администратору КоДО.
web-login-too-many = Слишком много ссылок для входа за час (не больше { $limit }). Воспользуйтесь последней или попробуйте позже.
institution-status-dormant = Без активности
institution-status-starting = Начинающее
institution-status-active = Активное
institution-status-advanced = Продвинутое
institution-status-leading = Флагман
rating-status-line = Статус учреждения: <b>{ $status }</b>
web-brand = КоДО · кабинет
web-logout = Выйти
web-back-home = На главную
web-not-found = Не найдено
web-error-signed-out = Сессия закончилась — войдите снова через /web в боте.
web-error-forbidden = Недостаточно прав для этой страницы.
web-error-csrf = Форма устарела или отправлена не с этой страницы. Обновите страницу и повторите.
web-login-title = Вход в кабинет КоДО
web-login-how = Напишите боту КоДО команду /web — он пришлёт одноразовую ссылку для входа. Паролей нет.
web-login-idle = Без действий сессия закрывается через { $minutes } минут.
web-login-confirm = Ссылка из бота. Нажмите кнопку, чтобы войти (ссылка сработает один раз).
web-login-button = Войти
web-login-link-spent = Ссылка уже использована или устарела. Попросите новую командой /web в боте.
web-login-slow-down = Слишком много попыток входа. Подождите минуту.
web-login-widget = Или войдите через Telegram:
web-login-widget-off = Вход через виджет Telegram не настроен.
web-login-widget-bad = Не удалось проверить данные Telegram. Попробуйте ещё раз или войдите через /web.
web-login-no-role = Для этой учётной записи веб-кабинет не открыт.
web-nav-dashboard = Сводка
web-nav-projects = Проекты
web-nav-participants = Участники
web-nav-institutions = Учреждения
web-nav-municipalities = Муниципалитеты
web-nav-users = Пользователи
web-nav-submissions = Работы
web-nav-audit = Журнал
web-dashboard-title = Статистика КоДО
web-my-projects-title = Мои проекты
web-projects-title = Проекты
web-participants-title = Участники
web-institutions-title = Учреждения
web-municipalities-title = Муниципалитеты
web-totals-title = Итоги
web-monthly-title = Активность по месяцам
web-funnel-title = Воронка по шагам
web-users-title = Пользователи
web-submissions-title = Сданные работы
web-audit-title = Журнал изменений
web-filter-from = С
web-filter-to = По
web-filter-guild = Гильдия
web-filter-direction = Направленность
web-filter-municipality = Муниципалитет
web-filter-all = Все
web-filter-apply = Показать
web-download-csv = CSV
web-download-xlsx = XLSX
web-table-empty = Нет данных за выбранный период.
web-kpi-participants = Участников
web-kpi-active = Сдавали работы
web-kpi-projects = Проектов
web-kpi-enrolled = Записей в проекты
web-kpi-handed-in = Сдано работ
web-kpi-accepted = Принято работ
web-kpi-average-share = Средний балл от максимума
web-kpi-certificates = Сертификатов
web-col-metric = Показатель
web-col-value = Значение
web-col-month = Месяц
web-col-project = Проект
web-col-status = Статус
web-col-starts = Начало
web-col-ends = Окончание
web-col-enrolled = Записались
web-col-handed-in = Сдали
web-col-accepted = Принято
web-col-completed = Завершили
web-col-average-points = Средний балл
web-col-average-share = Средний % от максимума
web-col-slowest-step = Самый долгий шаг
web-col-median-days = Медиана, дней
web-col-step = Шаг
web-col-name = ФИО
web-col-institution = Учреждение
web-col-municipality = Муниципалитет
web-col-projects = Проектов
web-col-points = Баллы
web-col-max-points = Из
web-col-badges = Награды
web-col-place = Место
web-col-unit-status = Статус
web-col-score = Рейтинговый балл
web-col-members = Участников
web-col-active-members = Активных
web-col-username = Telegram
web-col-roles = Роли
web-col-registered = Зарегистрирован
web-col-submitted = Сдано
web-col-attempt = Попытка
web-col-expert = Эксперт
web-col-when = Когда
web-col-actor = Кто
web-col-action = Действие
web-col-entity = Объект
web-col-before = Было
web-col-after = Стало
web-project-status-draft = Черновик
web-project-status-published = Опубликован
web-project-status-running = Идёт
web-project-status-finished = Завершён
web-submission-status-draft = Черновик
web-submission-status-submitted = На проверке
web-submission-status-returned = Возвращено
web-submission-status-accepted = Принято
web-slowest-step = { $title } — медиана { $days } дн.
web-step-short = Шаг { $n }
web-rating-note = Рейтинг — как в боте (/rating): баллы и награды участников за последние 365 дней на одного активного участника, с поправкой на малочисленность. Фильтр периода влияет на столбец «Принято».
web-status-legend = Как определяется статус учреждения
web-status-band-dormant = ни у кого из участников нет баллов и наград за год
web-status-band = активных участников не меньше { $active }, это не меньше { $share } % состава, средний балл активного не меньше { $mean }
web-search = Поиск (ФИО или @username)
web-found = Найдено: { $count }
web-page-prev = Назад
web-page-next = Дальше
web-page-of = Страница { $page } из { $pages }
web-no-name = (без имени)
web-user-edit = Данные
web-user-roles = Роли
web-user-history = История изменений
web-save = Сохранить
web-saved = Сохранено.
web-invalid-name = ФИО должно содержать буквы и быть не длиннее 120 символов.
web-user-not-found = Пользователь не найден.
web-institution-not-found = Учреждение не найдено.
web-submission-title = Работа № { $id }
web-items-title = Что сдано
web-item-missing = не сдано
web-item-photo = Фото
web-item-file = Файл
web-item-in-telegram = (файл в Telegram)
web-grade-none = Работа ещё не оценена.
web-grade-correct = Исправить оценку
web-grade-by = Оценил(а): { $expert }
web-grade-items = Технический контроль
web-grade-item-ok = принято
web-grade-item-no = не принято
web-grade-item-comment = комментарий
web-grade-criteria = Критерии
web-grade-max = (до { $max })
web-grade-yes-no = (да = { $max }, нет = 0)
web-grade-tokens = Жетоны
web-grade-decision = Решение
web-grade-override = Почему принято при непринятом пункте
web-grade-comment = Комментарий эксперта
web-grade-reason = Причина исправления (увидит участник)
web-grade-save = Сохранить исправление
web-grade-corrected = Оценка исправлена, участнику отправлено уведомление.
web-grade-history = История оценки
web-audit-entity-id = Номер объекта
web-audit-system = система

## Настройки уведомлений, дайджесты, правки модератора и журнал изменений
cmd-settings = Настройки уведомлений
settings-title = ⚙️ <b>Настройки уведомлений</b>
settings-on = вкл
settings-off = выкл
settings-deadlines = ⏰ Напоминания о сроках
settings-weekly = 📰 Еженедельный дайджест
settings-awards = Награды и уровни
settings-awards-now = сразу
settings-awards-digest = только в дайджесте
settings-awards-off = не присылать
settings-news = 📢 Новости
settings-review = 📥 Сводка работ на проверку
settings-quiet = Тихие часы
settings-language = Язык
settings-hint = В тихие часы сообщения (кроме ответов на ваши действия и оценок) ждут утра. Нажмите на строку, чтобы изменить.
settings-quiet-title = 🌙 <b>Тихие часы</b>
settings-quiet-hint = Время — по часовому поясу региона. Напоминания, дайджесты, награды и новости, пришедшие в тихие часы, придут утром.
settings-quiet-from = Начало
settings-quiet-to = Конец
settings-hour = ч
settings-quiet-disable = 🔔 Выключить тихие часы
settings-back = ← Назад
settings-quiet-invalid = Начало и конец тихих часов должны различаться.
settings-invalid = Такой настройки нет.

digest-more = … и ещё { $count }
digest-deadline-title = ⏰ <b>{ $count ->
    [one] Скоро срок сдачи шага
   *[other] Скоро сроки сдачи шагов ({ $count })
}</b>
digest-deadline-line = • «{ $project }», шаг { $position } «{ $step }» — до { $date } ({ $days ->
    [0] сегодня последний день
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
})
digest-deadline-footer = Сдать: /my. Напоминания можно выключить в /settings.
digest-weekly-title = 📰 <b>Ваша неделя в КоДО</b>
digest-weekly-points = Баллы за неделю: { $gained }, всего { $total }.
digest-weekly-badges = 🏅 Новые награды: { $badges }
digest-weekly-level = 🎓 Новый уровень: { $level }
digest-weekly-projects = 🆕 <b>Новые проекты для ваших гильдий</b>
digest-weekly-project-line = • { $title } ({ $from } – { $to }) — /start project_{ $id }
digest-weekly-news = 📢 <b>Новости, которые вы могли пропустить</b>
digest-footer-settings = Что присылать и когда — /settings
digest-review-title = 📥 <b>Ждут вашей проверки: { $count }</b>
digest-review-line = • «{ $project }»: { $count } (самая ранняя с { $since })
digest-review-footer = Открыть очередь: /review

moderation-name-usage = Использование: /mod_name @имя, ID или #номер Новое ФИО
moderation-name-invalid = В имени должны быть буквы (не длиннее 120 знаков).
moderation-renamed = Имя исправлено: «{ $before }» → «{ $after }».
moderation-org-usage = Использование: /mod_municipality @имя № муниципалитета или /mod_institution @имя № учреждения. Номера — /orgs часть названия
moderation-org-set = { $name }: муниципалитет — { $municipality }, учреждение — { $institution }.
moderation-user-not-found = Пользователь #{ $id } не найден.
moderation-org-not-found = Организация № { $id } не найдена. Номера — /orgs часть названия
moderation-orgs-none = Ничего не нашлось.
moderation-orgs-municipalities = Муниципалитеты
moderation-orgs-institutions = Учреждения
moderation-merge-usage = Использование: /merge_municipality № дубля № оставляемого (или /merge_institution). Номера — /orgs часть названия
moderation-merge-same = Дубль и оставляемая запись совпадают.
moderation-merge-other-municipality = Учреждения из разных муниципалитетов не объединить: сначала объедините муниципалитеты.
moderation-merge-preview-municipality = Объединить муниципалитет «{ $duplicate }» (№ { $duplicateId }) с «{ $kept }» (№ { $keptId })? Перейдёт к «{ $kept }»:
moderation-merge-preview-institution = Объединить учреждение «{ $duplicate }» (№ { $duplicateId }) с «{ $kept }» (№ { $keptId })? Перейдёт к «{ $kept }»:
moderation-merge-nothing-points = (ссылок на дубль нет)
moderation-merge-confirm = Дубль будет удалён, изменение попадёт в журнал.
moderation-merge-yes = ✅ Объединить
moderation-merge-no = Отмена
moderation-merge-cancelled = Объединение отменено.
moderation-merged = Готово: объединено, перенесено записей — { $rows }.
moderation-project-usage = Использование: /project_hide № причина, /project_unpublish № причина, /project_show №
moderation-project-not-found = Проект № { $id } не найден.
moderation-reason-required = Напишите причину после номера — её получит автор или участник.
moderation-reason-too-long = Причина длиннее { $max } знаков — сократите её.
moderation-project-hide-done = Проект «{ $title }» скрыт из каталога.
moderation-project-show-done = Проект «{ $title }» снова виден.
moderation-project-unpublish-done = Проект «{ $title }» снят с публикации (черновик).
moderation-nothing-changed = «{ $title }»: ничего не изменилось.
moderation-project-hide-notice = 🙈 Модератор скрыл ваш проект «{ $title }» из каталога. Причина: <i>{ $reason }</i>
moderation-project-unpublish-notice = 📝 Модератор снял ваш проект «{ $title }» с публикации, он снова черновик. Причина: <i>{ $reason }</i>
moderation-withdraw-usage = Использование: /withdraw № работы № пункта причина
moderation-submission-not-found = Работа № { $id } не найдена.
moderation-withdraw-not-waiting = Отозвать пункт можно только у работы, ждущей проверки. Принятую работу исправляют через /regrade.
moderation-item-not-found = В работе нет пункта { $position }.
moderation-withdrawn = Пункт «{ $item }» отозван, шаг «{ $step }» возвращён участнику.
moderation-withdraw-notice = ⚠️ Модератор отозвал пункт «{ $item }» вашей работы: «{ $project }», шаг { $position } «{ $step }». Причина: <i>{ $reason }</i>
    Работа возвращена — исправьте пункт и сдайте шаг снова: /my

audit-usage = Использование: /audit { $entities } № [страница]
audit-title = 📜 <b>Журнал: { $entity } № { $id }</b> (стр. { $page } из { $pages })
audit-entity-user = пользователь
audit-entity-project = проект
audit-entity-submission = работа
audit-entity-municipality = муниципалитет
audit-entity-institution = учреждение
audit-entity-proposal = предложение
audit-entity-broadcast = рассылка
audit-entry =
    <b>{ $when }</b> · { $who } · { $action }
    было: <code>{ $before }</code>
    стало: <code>{ $after }</code>
audit-system = система
audit-empty = Записей нет.
audit-newer = новее
audit-older = старше
audit-action-user-rename = исправлено имя
audit-action-user-institution = сменено учреждение
audit-action-user-municipality = сменён муниципалитет
audit-action-municipality-merge = объединение муниципалитетов
audit-action-institution-merge = объединение учреждений
audit-action-project-hide = проект скрыт
audit-action-project-show = проект снова виден
audit-action-project-unpublish = проект снят с публикации
audit-action-submission-withdraw-item = пункт работы отозван
audit-action-role-grant = выдана роль
audit-action-role-revoke = снята роль
audit-action-grade-save = оценка
audit-action-grade-correct = исправление оценки
audit-action-certificate-revoke = сертификат отозван
audit-action-certificate-restore = сертификат восстановлен
audit-action-award-revoke = награда отозвана
audit-action-project-expert-assign = назначен эксперт
audit-action-project-expert-unassign = эксперт снят
## groups
cmd-workshops = Мастерские
cmd-slots = Расписание слотов обсуждения
cmd-discuss = Обсуждения проектов
cmd-propose = Предложить улучшение КоДО
cmd-proposals = Мои предложения
help-groups =
    <b>Мастерские, обсуждения, предложения</b>
    /workshops — открытые мастерские в чате разработчиков
    /discuss — обсуждения моих проектов (ссылки в группу)
    /slots — расписание слотов обсуждения; представитель муниципалитета бронирует слот для своего проекта
    /propose — предложение по совершенствованию КоДО; /proposals — мои предложения и их статус
help-groups-author =
    <b>Разработчику</b>
    /workshop — открыть мастерскую: тема в чате разработчиков и закреплённая карточка идеи
    /discuss — открыть тему обсуждения проекта и ссылку-заявку для участников
help-groups-moderator =
    <b>Модератору: группы и слоты</b>
    Добавьте бота в супергруппу с темами и сделайте администратором (управление темами, приглашение, закрепление), затем в группе: /group developers — чат разработчиков, /group discussion — группа обсуждений проектов, /group off — отвязать.
    /timetable — опубликовать расписание слотов
    /proposals — очередь предложений
group-unsupported-group = Группа «{ $title }» — обычная. Бот работает только в супергруппе с темами: откройте настройки группы, включите «Темы» (группа станет супергруппой) и добавьте бота снова.
group-unsupported-channel = «{ $title }» — канал. Мастерские и обсуждения живут в супергруппе с темами: создайте группу, включите «Темы» и добавьте бота туда администратором.
group-private-missing =
    Вы добавили меня в группу «{ $title }». Чтобы вести там мастерские и обсуждения, не хватает:
    { $missing }
    Выдайте это в настройках группы (Администраторы → бот), и я сам замечу изменение.
group-private-ready = Группа «{ $title }» готова: права есть, темы включены. Модератор привязывает её командой /group в самой группе.
group-missing =
    Чтобы работать в этой группе, мне не хватает:
    { $missing }
group-missing-supergroup = супергруппы с темами (обычная группа или канал не подходят)
group-missing-admin = прав администратора
group-missing-topics = включённых тем (Настройки группы → «Темы»)
group-missing-can_manage_topics = права «Управление темами»
group-missing-can_invite_users = права «Пригласительные ссылки» (приглашение пользователей)
group-missing-can_pin_messages = права «Закрепление сообщений»
group-ready = Всё готово: права есть, темы включены. Модератор КоДО, отправьте /group developers (чат разработчиков) или /group discussion (обсуждения проектов).
group-ready-linked = Права восстановлены: группа снова работает как { $purpose }.
group-purpose-developers = чат разработчиков
group-purpose-discussion = группа обсуждений проектов
group-down-removed = ⚠️ Бота удалили из группы «{ $title }» ({ $purpose }). Привязка неактивна: добавьте бота обратно администратором.
group-down-rights =
    ⚠️ В группе «{ $title }» ({ $purpose }) у бота забрали нужное. Привязка неактивна, пока не вернут:
    { $missing }
group-down-broken = ⚠️ Группа «{ $title }» ({ $purpose }) перестала принимать действия бота: { $reason }. Привязка неактивна; проверьте права и темы и отправьте /group в группе.
group-only-in-group = Эта команда работает в самой группе: добавьте туда бота и отправьте /group там.
group-usage = Так: /group developers (чат разработчиков), /group discussion (обсуждения проектов) или /group off (отвязать).
group-btn-developers = Чат разработчиков
group-btn-discussion = Обсуждения проектов
group-btn-off = Отвязать
group-unlinked = Группа отвязана: мастерские и обсуждения здесь больше не создаются.
group-status-linked = Эта группа — { $purpose }.
group-status-unlinked = Группа пока ни к чему не привязана. Модератор выбирает назначение кнопкой ниже.
group-status-rights-ok = Права в порядке, темы включены.
workshop-intro = <b>Новая мастерская.</b> Несколько вопросов — и идея появится отдельной темой в чате разработчиков с закреплённой карточкой. /cancel — выйти без сохранения.
workshop-ask-title = Как называется мастерская? Коротко, до { $max } знаков.
workshop-ask-idea = Опишите идею: что хотите сделать и зачем (до { $max } знаков).
workshop-ask-outcome = Каким будет <b>финальный образ</b> — что должно получиться в итоге? (до { $max } знаков)
workshop-ask-path = Каков примерный путь: этапы, сроки, кто что делает? (до { $max } знаков)
workshop-too-long = Получилось { $length } знаков, а можно до { $max }. Сократите, пожалуйста.
workshop-empty = Здесь нужен текст.
workshop-ask-guilds = Какие гильдии нужны мастерской? Отметьте и нажмите «Готово» (можно ничего не отмечать).
workshop-ask-until = До какого числа собираем рабочую группу? Напишите дату, например 20.12 или 20.12.2026.
workshop-btn-no-date = Без срока
workshop-bad-date = Не понял дату или она уже прошла. Нужна будущая дата вида 20.12 или 20.12.2026.
workshop-ask-cap = Сколько человек максимум в рабочей группе? Число от 1 до { $max }.
workshop-btn-no-cap = Без ограничения
workshop-bad-cap = Нужно целое число от 1 до { $max } — или кнопка «Без ограничения».
workshop-preview = <b>Так будет выглядеть мастерская:</b>
workshop-preview-cap = Мест в рабочей группе: { $cap }
workshop-btn-open = Открыть мастерскую
workshop-opened = ✅ Мастерская «{ $title }» открыта: тема в чате разработчиков и закреплённая карточка — { $link }
workshop-opened-unpinned = Мастерская «{ $title }» открыта, тема создана ({ $link }), но закрепить карточку не получилось: проверьте право бота «Закрепление сообщений».
workshop-cancelled = Мастерская не создана. Начать заново — /workshop
workshop-card-title = 🛠 <b>Мастерская «{ $title }»</b>
workshop-card-author = Автор идеи: { $name }
workshop-card-idea = <b>Идея.</b> { $text }
workshop-card-outcome = <b>Финальный образ.</b> { $text }
workshop-card-path = <b>Путь.</b> { $text }
workshop-card-guilds = <b>Нужны гильдии:</b> { $guilds }
workshop-card-until = <b>Набор до</b> { $date }
workshop-card-members-cap = 👥 В рабочей группе: { $count } из { $cap }
workshop-card-members = 👥 В рабочей группе: { $count }
workshop-card-status-closed = 🔒 Набор закрыт автором.
workshop-card-status-project = 🚀 Мастерская стала черновиком проекта.
workshop-btn-join = Присоединиться
workshop-btn-leave = Выйти
workshop-btn-close = Закрыть набор
workshop-btn-project = В проект
workshop-register-first = Сначала зарегистрируйтесь в личном чате с ботом: t.me/{ $bot }
workshop-joined = Вы в рабочей группе мастерской «{ $title }».
workshop-already = Вы уже в этой рабочей группе.
workshop-left = Вы вышли из рабочей группы.
workshop-not-member = Вы не в этой рабочей группе.
workshop-closed-done = Набор закрыт, участникам сообщено.
workshop-project-done = Создан черновик проекта №{ $project }; рабочая группа сохранена с ним.
workshop-project-next = Черновик проекта №{ $project } «{ $title }» создан из мастерской; участников рабочей группы: { $count } — они записаны при мастерской и станут соавторами. Доработайте проект и отправьте на публикацию.
workshop-no-chat = Чат разработчиков ещё не подключён: модератору нужно добавить бота в супергруппу с темами и отправить там /group developers.
workshop-chat-broken = Чат разработчиков не принял новую тему (бот лишился прав или темы выключены). Модераторам сообщено; ничего не сохранено — попробуйте позже.
workshop-bad-title = Название — от 1 до { $max } знаков.
workshop-bad-text = Текст слишком длинный: до { $max } знаков.
workshop-not-found = Этой мастерской больше нет.
workshop-join-not-open = Набор в эту мастерскую закрыт.
workshop-join-forming-over = Срок набора в рабочую группу прошёл.
workshop-join-full = Все места в рабочей группе заняты.
workshop-join-own = Это ваша мастерская — вы в ней автор.
workshop-not-author = Это может сделать только автор мастерской.
workshop-already-project = Мастерская уже стала проектом.
workshop-notice-joined = 👥 { $name } присоединяется к мастерской «{ $title }». Сейчас в рабочей группе: { $count }.
workshop-notice-closed = 🔒 Набор в мастерскую «{ $title }» закрыт автором.
workshop-notice-project = 🚀 Мастерская «{ $title }» стала черновиком проекта КоДО; вы в её рабочей группе.
workshop-list-title = <b>Открытые мастерские</b>
workshop-list-empty = Открытых мастерских пока нет.
workshop-list-mine = <b>Мои мастерские</b>
workshop-list-hint = Открыть свою — /workshop
workshop-list-members-cap = { $count } из { $cap }
workshop-list-members = участников: { $count }
workshop-state-open = набор идёт
workshop-state-closed = набор закрыт
workshop-state-project = стала проектом
workshop-btn-join-named = ➕ { $title }
workshop-btn-close-named = 🔒 { $title }
workshop-btn-project-named = 🚀 В проект: { $title }
discussion-topic-intro = 💬 Обсуждение проекта «{ $title }». Здесь участники, авторы и эксперты проекта задают вопросы и делятся находками.
discussion-declined-unregistered = Заявка в группу обсуждения отклонена: вы ещё не зарегистрированы в КоДО. Отправьте мне /start, вступите в проект в /projects — и подайте заявку снова.
discussion-declined-project = Заявка в обсуждение проекта «{ $title }» отклонена: туда принимают участников проекта, его авторов и экспертов. Вступите в проект в /projects и подайте заявку снова.
discussion-declined-chat = Заявка в группу обсуждений отклонена: туда принимают участников, авторов и экспертов проектов КоДО. Ссылки на обсуждения ваших проектов — в /discuss.
discussion-deadline = ⏰ Завтра, { $date }, заканчивается шаг { $position } «{ $step }» проекта «{ $project }».
discussion-no-project = Такого проекта нет.
discussion-not-author = Открыть обсуждение может автор проекта или модератор.
discussion-not-live = Обсуждение открывается для опубликованного или идущего проекта.
discussion-no-chat = Группа обсуждений ещё не подключена: модератору нужно добавить бота в супергруппу с темами и отправить там /group discussion.
discussion-chat-broken = Группа обсуждений не приняла новую тему (бот лишился прав или темы выключены). Модераторам сообщено.
discussion-title = <b>Обсуждения проектов</b>
discussion-empty = Пока нет проектов с обсуждением.
discussion-line-link = • «{ $title }» — { $link }
discussion-line-none = • «{ $title }» — обсуждение не открыто
discussion-btn-open = 💬 Открыть: { $title }
discussion-btn-posts-on = 📌 Сроки и новости в тему: { $title }
discussion-btn-posts-off = Не писать в тему: { $title }
discussion-opened = Обсуждение открыто. Ссылка для участников (по ней подаётся заявка, бот одобряет участников, авторов и экспертов проекта): { $link }
discussion-posts-on = Сроки шагов и новости проекта будут появляться в его теме.
discussion-posts-off = Сроки и новости в тему проекта больше не пишутся.
discussion-topic-lost = Тема обсуждения проекта «{ $title }» удалена в группе, и сроки с новостями туда больше не доходят. Откройте новую тему кнопкой ниже: ссылка для участников останется прежней.
discussion-btn-reopen = 💬 Открыть новую тему
slots-empty = Расписание слотов обсуждения пока не опубликовано.
slots-title = <b>Расписание слотов обсуждения</b>
slots-period = <b>{ $period }</b>
slots-line-booked = { $time } — { $municipality }, «{ $project }»
slots-line-free = { $time } — свободно
slots-mine = <b>Мои брони</b>
slots-btn-cancel = Отменить { $when }
slots-book-hint = Забронировать слот для своего проекта — кнопкой с датой и временем. Отменить или перенести можно за сутки до начала.
slots-no-projects = Бронировать могут авторы запущенных проектов — представители муниципалитетов.
slots-no-municipality = Чтобы бронировать слоты, укажите муниципалитет в /profile.
slots-choose-project = Какой проект представите?
slots-booked = Слот забронирован. Напомню за день.
slots-already-yours = Этот слот уже ваш.
slots-cancelled = Бронь отменена, слот свободен.
slot-no-municipality = Укажите муниципалитет в /profile — брони считаются по муниципалитетам.
slot-not-found = Такого слота больше нет.
slot-taken = Этот слот только что заняли. Выберите другой.
slot-too-late = Бронировать, отменять и переносить можно не позже чем за сутки до начала слота.
slot-not-your-project = Бронировать можно только для своего запущенного проекта.
slot-limit = Ваш муниципалитет уже занял все { $limit } слота(ов) этого периода. Чтобы взять другой, отмените одну из броней.
slot-booking-gone = Этой брони больше нет.
slot-reminder = ⏰ Завтра, { $date } в { $time }, ваш слот обсуждения проекта «{ $project }».
slot-reminder-link = ⏰ Завтра, { $date } в { $time }, ваш слот обсуждения проекта «{ $project }». Ссылка: { $url }
timetable-ask =
    Пришлите расписание одним сообщением, по строке на поле:
    <code>Период: Декабрь 2026
    Даты: 14.12, 15.12, 16.12
    Время: 10:00, 11:00, 15:00
    Длительность: 60
    Ссылка: https://…
    На муниципалитет: 2</code>
    Ссылка и «На муниципалитет» (по умолчанию 1) — необязательны. /cancel — выйти.
timetable-field-period = Период
timetable-field-dates = Даты
timetable-field-times = Время
timetable-field-length = Длительность
timetable-bad-missing = Нет строки «{ $field }».
timetable-bad-bad-date = Не понял дату «{ $value }»: нужен вид 14.12 или 14.12.2026.
timetable-bad-past-date = Время { $value } уже прошло.
timetable-bad-bad-time = Не понял время «{ $value }»: нужен вид 10:00.
timetable-bad-bad-length = Длительность — число минут от 10 до 240.
timetable-bad-bad-link = Ссылка должна начинаться с http:// или https://.
timetable-bad-bad-cap = «На муниципалитет» — число от 1 до 20.
timetable-bad-too-many = Получается { $count } слотов — за раз можно до 200.
timetable-preview =
    <b>Период «{ $period }»</b>: { $count } слотов
    Дни: { $days }
    Время: { $times }, по { $minutes } мин
    Ссылка: { $link }
    Броней на муниципалитет: { $cap }
timetable-btn-publish = Опубликовать
timetable-published = Опубликовано слотов: { $created }; уже были в расписании: { $existing }. Расписание — /slots
timetable-cancelled = Расписание не опубликовано.
proposal-ask = Напишите предложение по совершенствованию КоДО (до { $max } знаков). Можно приложить файл или фото — подпись к нему станет текстом. /cancel — выйти.
proposal-ask-text-for-file = Файл получен. Теперь напишите само предложение (до { $max } знаков).
proposal-preview =
    <b>Ваше предложение:</b>
    { $text }

    Вложение: { $file }
    Можно отправить файл или фото — он будет приложен; или новый текст — он заменит этот.
proposal-file-photo = фото
proposal-file-document = файл { $name }
proposal-file-none = нет
proposal-btn-send = Отправить
proposal-busy = Сейчас пишем предложение: отправьте текст или файл, нажмите «Отправить» — или /cancel.
proposal-bad-empty = Предложение не может быть пустым.
proposal-bad-too-long = В тексте { $length } знаков, а можно до { $max }. Сократите или вынесите подробности в файл.
proposal-bad-file-too-big = Файл весит { $size } МБ, а можно до { $max } МБ. Загрузите его в облако и пришлите ссылку в тексте.
proposal-bad-kind = Сюда подходит текст, файл или фото.
proposal-sent = ✅ Предложение №{ $id } отправлено модераторам. Статус — в /proposals; о каждом изменении я сообщу.
proposal-cancelled = Предложение не отправлено.
proposal-ask-comment = Предложение №{ $id } → «{ $status }». Напишите комментарий для автора (до { $max } знаков) или нажмите «Без комментария».
proposal-btn-no-comment = Без комментария
proposal-bad-comment = Комментарий — до { $max } знаков.
proposal-status-set = Предложение №{ $id }: статус «{ $status }», автору сообщено.
proposal-btn-queue = 📥 Очередь предложений
proposal-decision-cancelled = Статус не изменён.
proposal-status-new = Новое
proposal-status-review = На рассмотрении
proposal-status-accepted = Принято
proposal-status-declined = Отклонено
proposal-status-done = Реализовано
proposal-notice-new = 📥 Новое предложение №{ $id } от { $name }. Очередь — /proposals
proposal-notice-status = Ваше предложение №{ $id }: статус «{ $status }».
proposal-notice-status-comment =
    Ваше предложение №{ $id }: статус «{ $status }».
    Комментарий модератора: <i>{ $comment }</i>
proposal-not-found = Такого предложения нет.
proposal-changed = Пока вы решали, статус этого предложения уже изменили. Откройте его снова.
proposal-mine-title = <b>Мои предложения</b>
proposal-mine-empty = Вы ещё ничего не предлагали.
proposal-mine-line = №{ $id } от { $date } — <b>{ $status }</b>: { $text }
proposal-mine-comment = 💬 <i>{ $comment }</i>
proposal-mine-hint = Новое предложение — /propose
proposal-queue-title = <b>Очередь предложений</b> — { $total } (стр. { $page } из { $pages })
proposal-queue-line = №{ $id } от { $date }, { $name } — <b>{ $status }</b>: { $text }
proposal-queue-empty = Очередь пуста.
proposal-card-title = <b>Предложение №{ $id }</b> от { $date }, { $name }
proposal-card-status = Статус: <b>{ $status }</b>
proposal-btn-file = 📎 Вложение
proposal-file-caption = Вложение к предложению №{ $id }
workshop-notice-topic-lost = Тему мастерской «{ $title }» в чате разработчиков удалили. Мастерская и её рабочая группа сохранены; создать тему заново с карточкой — кнопкой ниже.
workshop-btn-restore = Создать тему заново
workshop-restored = Тема мастерской «{ $title }» создана заново, карточка закреплена — { $link }
workshop-topic-exists = У мастерской уже есть тема.

## Команда проекта, сводка автора, сертификаты проекта, фильтры каталога (authorteam)
cmd-dashboard = Сводка по моим проектам (автор)
help-author-team =
    <b>Разработчику</b>
    /dashboard — мои проекты: сводка по шагам, напоминание участникам, команда
    В команде проекта (кнопка 👥): добавить или убрать соавтора, ссылка-приглашение для эксперта
    /experts № проекта @имя — назначить эксперта напрямую
team-err-project-not-found = Проект №{ $id } не найден или удалён.
team-err-not-manager = Это может только автор проекта, его соавтор или модератор.
team-err-target-not-registered = Этот человек ещё не зарегистрирован в КоДО: попросите его отправить боту /start и попробуйте снова.
team-err-invite-gone = Приглашение не найдено.
team-title = 👥 <b>Команда проекта «{ $project }»</b> (№{ $id })
team-author = Автор: { $name }
team-coauthors = <b>Соавторы</b>
team-coauthors-none = пока нет
team-experts = <b>Эксперты</b>
team-experts-none = пока нет
team-waiting = <b>Ждут вашего подтверждения (открыли ссылку-приглашение)</b>
team-hint = Соавторы могут всё, что автор: менять проект, смотреть сводку, назначать экспертов и напоминать участникам.
team-btn-remove-coauthor = ✖️ соавтор { $name }
team-btn-remove-expert = ✖️ эксперт { $name }
team-btn-add-coauthor = ➕ Соавтор
team-btn-invite = 🔗 Пригласить эксперта
team-btn-dashboard = 📊 Сводка
team-btn-refresh = 🔄 Обновить
team-btn-invite-accept = ✅ Назначить экспертом
team-btn-invite-decline = ✖️ Отклонить
team-coauthor-ask = Кого добавить соавтором? Отправьте @имя пользователя в Telegram или его числовой ID. Человек должен быть зарегистрирован в КоДО. /cancel — отмена.
team-coauthor-cancelled = Хорошо, соавтора не добавляем.
team-coauthor-not-found = Не нашёл пользователя { $who } среди зарегистрированных в КоДО. Проверьте @имя или отправьте числовой ID.
team-coauthor-added = ✅ { $name } теперь соавтор проекта «{ $project }». Мы сообщили ему об этом.
team-coauthor-already = { $name } уже в команде проекта «{ $project }».
team-coauthor-removed = Соавтор убран
team-coauthor-added-notice = 👥 Вас добавили соавтором проекта «{ $project }». Теперь вам доступно всё, что и автору: /dashboard — сводка и команда проекта.
team-coauthor-removed-notice = Вы больше не соавтор проекта «{ $project }».
team-invite-created =
    🔗 Ссылка-приглашение эксперта в проект «{ $project }»:
    { $link }

    Перешлите её эксперту. Ссылка одноразовая и действует до { $date }. Когда человек её откроет, я спрошу вас, назначить ли его экспертом.
team-invite-ask = 🔔 { $name } открыл(а) вашу ссылку-приглашение и просит назначить его экспертом проекта «{ $project }» (№{ $id }). Назначить?
team-invite-accepted = ✅ { $name } назначен(а) экспертом проекта.
team-invite-declined = Приглашение отклонено: { $name } не назначен(а) экспертом.
team-invite-already-decided = По этому приглашению уже принято решение.
team-invite-declined-notice = Автор проекта «{ $project }» не подтвердил ваше назначение экспертом.
team-invite-open-invalid = Эта ссылка-приглашение не найдена. Попросите автора проекта прислать новую.
team-invite-open-expired = Срок действия этой ссылки-приглашения истёк. Попросите автора проекта прислать новую.
team-invite-open-used = Этой ссылкой-приглашением уже воспользовались: она одноразовая. Попросите автора проекта прислать новую.
team-invite-open-own = Это ваш собственный проект «{ $project }» — ссылку нужно переслать эксперту.
team-invite-open-already-expert = Вы уже эксперт проекта «{ $project }». Работы на проверку — /review
team-invite-open-waiting = Ваша заявка стать экспертом проекта «{ $project }» уже у автора. Я сообщу, когда он ответит.
team-invite-open-claimed = Спасибо! Автор проекта «{ $project }» получил вашу заявку стать экспертом. Я сообщу, когда он подтвердит.
dash-err-not-running = Напоминать можно только в опубликованном и ещё не завершённом проекте.
dash-list-title = 📊 <b>Мои проекты</b> (автор или соавтор)
dash-list-line = { $n }. { $title } — { $status }, { $dates } · участников: { $enrolled }
dash-list-empty = У вас пока нет своих проектов. Когда вы создадите проект или вас добавят соавтором, он появится здесь.
dash-status-draft = черновик
dash-status-published = опубликован
dash-status-running = идёт
dash-status-finished = завершён
dash-title = 📊 <b>Сводка проекта «{ $project }»</b> (№{ $id })
dash-summary = { $status } · { $dates } · участников: { $enrolled } · прошли проект полностью: { $completed }
dash-no-steps = В проекте пока нет шагов.
dash-step = <b>Шаг { $position }. { $title }</b> ({ $dates })
dash-step-counts = сдали { $handedIn } из { $enrolled } · ждут проверки: { $waiting } · принято: { $accepted } · на доработке: { $returned }
dash-slowest = 🐢 <i>отстаёт сильнее всех</i>
dash-slowest-hint = 🐢 — шаг, сильнее всего отстающий от своего графика: доля сданных работ меньше доли прошедших дней шага.
dash-current = Сейчас идёт шаг { $position } «{ $title }»: не сдали { $owing }.
dash-no-current = Сейчас ни один шаг не открыт — напоминать не о чем.
dash-reminded-today = 🔔 Сегодня напоминание уже отправлено (не чаще раза в день).
dash-btn-remind = 🔔 Напомнить не сдавшим ({ $count })
dash-btn-remind-yes = 🔔 Да, напомнить
dash-btn-back = ← Назад
dash-btn-team = 👥 Команда
dash-btn-refresh = 🔄 Обновить
dash-btn-list = ← Мои проекты
dash-remind-confirm = Напомнить { $count } участникам проекта «{ $project }» о шаге { $position } «{ $title }»? Каждый получит одно сообщение. Напоминать можно не чаще раза в день.
dash-reminded = Напоминание отправлено: { $count }
dash-remind-already-today = Сегодня напоминание по этому проекту уже отправлено — следующее можно завтра.
dash-remind-nobody = Все уже сдали текущий шаг — напоминать некому.
dash-reminder-notice = 🔔 Напоминание от автора проекта «{ $project }»: шаг { $position } «{ $step }» нужно сдать до { $date } ({ $days ->
        [0] последний день сегодня
        [one] остался { $days } день
        [few] осталось { $days } дня
       *[other] осталось { $days } дней
    }).
dash-reminder-open-step = Открыть шаг
certificates-document-caption-project =
    🏆 Сертификат о выполнении проекта «{ $project }» — все шаги приняты. Баллы: { $points }{ $hours ->
        [0] {""}
       *[other] {""} · { $hours } ч.
    }.
    Код <code>{ $code }</code> · проверка подлинности: { $url }
certificates-revoked-notice-project = ⛔ Сертификат <code>{ $code }</code> о выполнении проекта «{ $project }» отозван. Причина: { $reason }
certificates-delayed-project = 🏆 Вы выполнили все шаги проекта «{ $project }»! Сертификат о выполнении проекта готовится и придёт сюда сам.
certificates-list-item-project =
    { $n }. { $icon } 🏆 Проект «{ $project }» целиком
        { $points } б.{ $hours ->
        [0] {""}
       *[other] {""} · { $hours } ч.
    } · { $date } · <code>{ $code }</code> · { $state }
certificates-card-project =
    <b>Сертификат о выполнении проекта <code>{ $code }</code></b>
    { $status }

    Участник: { $participant }
    Учреждение: { $institution }
    Проект: «{ $project }» — все шаги
    Объём: { $hours }
    Баллы: { $points }
    Дата выдачи: { $date }
    Проверка: { $url }
certificates-hours = { $hours } ч.
certificates-page-kind = Что подтверждает
certificates-page-kind-project = выполнение всех шагов проекта
certificates-page-hours = Объём, часов
certificates-page-valid-detail-project = Выдан за выполнение проекта: эксперты КоДО приняли результаты всех его шагов.
cert-pdf-heading = СЕРТИФИКАТ
cert-pdf-subtitle-step = о выполнении шага проекта
cert-pdf-subtitle-project = о выполнении проекта
cert-pdf-lead = Настоящим подтверждается, что
cert-pdf-what-step =
    успешно выполнил(а) шаг «{ $step }»
    проекта «{ $project }»;
    результат принят экспертом КоДО.
cert-pdf-what-project =
    успешно выполнил(а) все шаги проекта
    «{ $project }»;
    результаты приняты экспертами КоДО.
cert-pdf-points = Баллы: { $points }
cert-pdf-points-of = { $points } из { $max }
cert-pdf-hours = Объём: { $hours } ч.
cert-pdf-date = Дата выдачи
cert-pdf-issued-by = Выдан
cert-pdf-code = Уникальный код
cert-pdf-check = Проверка
cert-pdf-seal =
    КоДО
    подлинность
    по QR-коду
cert-pdf-scan = Отсканируйте, чтобы проверить
portfolio-pdf-title = Портфолио — КоДО
portfolio-pdf-kicker = портфолио участника
portfolio-pdf-guilds = Гильдии: { $guilds }
portfolio-pdf-points = баллов
portfolio-pdf-steps = принятых шагов
portfolio-pdf-certificates = сертификатов
portfolio-pdf-badges = наград
portfolio-pdf-training = обучающих проектов
portfolio-pdf-training-title = Обучение: проекты подготовки кадров
portfolio-pdf-steps-title = Выполненные шаги проектов
portfolio-pdf-badges-title = Награды
portfolio-pdf-certificates-title = Сертификаты
portfolio-pdf-footer = Сформировано { $date } автоматически по данным КоДО: принятые экспертами шаги, сертификаты, награды и участие в обучающих проектах. Подлинность каждого сертификата проверяется по его коду: { $url }<код>.
portfolio-pdf-col-project = Проект
portfolio-pdf-col-dates = Сроки
portfolio-pdf-col-steps = Шаги
portfolio-pdf-col-status = Статус
portfolio-pdf-completed = завершён
portfolio-pdf-running = идёт
portfolio-pdf-training-none = Пока нет участия в проектах подготовки кадров.
portfolio-pdf-col-project-step = Проект и шаг
portfolio-pdf-col-accepted = Принят
portfolio-pdf-col-points = Баллы
portfolio-pdf-col-certificate = Сертификат
portfolio-pdf-tag-training = обучение
portfolio-pdf-steps-none = Принятых шагов пока нет.
portfolio-pdf-col-badge = Награда
portfolio-pdf-col-why = За что
portfolio-pdf-col-awarded = Получена
portfolio-pdf-badges-none = Наград пока нет.
portfolio-pdf-col-code = Код
portfolio-pdf-col-issued = Выдан
portfolio-pdf-revoked = отозван
portfolio-pdf-whole-project = весь проект
portfolio-pdf-certificates-none = Сертификатов пока нет.
catalogue-btn-kinds = Вид и уровень
catalogue-kinds-title = Выберите вид проектов и уровень, затем нажмите «Показать проекты».
catalogue-btn-all-kinds = Все виды
catalogue-btn-all-levels = Все уровни
catalogue-kind-replicate = Тиражирование
catalogue-kind-train = Обучение кадров
catalogue-kind-find = Выявление
catalogue-kind-build = Разработка
catalogue-level-municipal = Муниципальный
catalogue-level-regional = Региональный
catalogue-filters-aim = Вид: { $kind } · уровень: { $level }
catalogue-legend-title = <b>Условные обозначения</b> (направленности):
## Новости и рассылки
cmd-news = Новости КоДО
help-news = /news — последние новости КоДО
help-moderator-news = /news_new — новый пост: аудитория, отправка сейчас или по времени, ход рассылки
news-compose-prompt =
    📰 <b>Новый пост</b>
    Пришлите текст поста — с оформлением, как обычно в Telegram (жирный, курсив, ссылки). Можно фото или документ с подписью.
    До 4096 знаков; подпись под фото или документом — до 1024.
    /cancel — отменить.
news-compose-unsupported = Такое не подойдёт: пришлите текст, фото или документ с подписью.
news-compose-busy = Сначала закончите пост или отправьте /cancel.
news-compose-cancelled = Пост отменён, ничего не отправлено.
broadcast-post-empty = В посте нет текста. Пришлите текст, фото или документ.
broadcast-post-too-long = Слишком длинно: { $length } знаков, а можно не больше { $limit }. Сократите и пришлите снова.
broadcast-post-media-and-document = В посте может быть фото или документ, но не то и другое сразу.
news-buttons-prompt =
    Добавить кнопки-ссылки под постом? Пришлите по одной в строке:
    <code>Текст кнопки | https://адрес</code>
    Или нажмите «Без кнопок».
news-buttons-none = Без кнопок
news-buttons-format = Не понял строку «{ $line }». Нужно так: «Текст | https://адрес».
news-buttons-not-https = Ссылка в строке «{ $line }» должна быть полным адресом, начинающимся с https://
news-buttons-too-many = Не больше 8 кнопок.
news-buttons-text-too-long = Текст кнопки в строке «{ $line }» длиннее 64 знаков.
news-preview-title = 👇 Так пост придёт получателям:
broadcast-audience-title = Кому отправить пост «{ $title }»?
broadcast-aud-all = 👥 Всем
broadcast-aud-guild = Гильдии
broadcast-aud-direction = Направлению
broadcast-aud-municipality = Муниципалитету
broadcast-aud-institution = Учреждению
broadcast-aud-project = Участникам проекта
broadcast-aud-role = Роли
broadcast-pick-guild = Выберите гильдию:
broadcast-pick-direction = Выберите направление (получат участники его проектов):
broadcast-pick-municipality = Выберите муниципалитет:
broadcast-pick-institution = Выберите учреждение:
broadcast-pick-project = Выберите проект:
broadcast-pick-role = Выберите роль:
broadcast-pick-none = Выбирать пока не из чего.
broadcast-aud-label-all = все зарегистрированные
broadcast-aud-label-guild = гильдия «{ $name }»
broadcast-aud-label-direction = участники проектов направления «{ $name }»
broadcast-aud-label-municipality = муниципалитет «{ $name }»
broadcast-aud-label-institution = учреждение «{ $name }»
broadcast-aud-label-project = участники проекта «{ $name }»
broadcast-aud-label-project-owing = не сдавшие шаг { $step } проекта «{ $name }»
broadcast-aud-label-role = роль «{ $name }»
broadcast-audience-summary = Получатели — { $audience }: <b>{ $count }</b> { $count ->
        [one] человек
        [few] человека
       *[many] человек
    }.
broadcast-audience-unreachable = Из них заблокировали бота: { $count } — им не отправится.
broadcast-audience-empty = Под этот выбор не подходит никто. Выберите другую аудиторию.
broadcast-audience-gone = Этой аудитории больше нет. Выберите другую.
broadcast-btn-owing = Только не сдавшие шаг { $step }
broadcast-btn-now = ✅ Отправить сейчас
broadcast-btn-later = 🕒 Запланировать
broadcast-btn-back = ← Назад
broadcast-btn-more = Ещё →
broadcast-btn-other-audience = ← Другая аудитория
broadcast-btn-discard = 🗑 Удалить черновик
broadcast-confirm-now = Отправить пост «{ $title }» сейчас? Получат { $count } — { $audience }.
broadcast-btn-yes-send = ✅ Да, отправить
broadcast-time-prompt = Когда отправить? Напишите дату и время, например <code>15.12 10:00</code> (время { $zone }). /cancel — отменить.
broadcast-time-format = Не понял. Напишите дату и время так: «15.12 10:00».
broadcast-time-no-such-date = Такой даты нет. Напишите, например, «15.12 10:00».
broadcast-time-past = Это время уже прошло. Укажите время в будущем.
broadcast-time-too-far = Запланировать можно не дальше чем на год вперёд.
broadcast-time-cancelled = Время не выбрано, пост остаётся черновиком: выберите аудиторию кнопками выше.
broadcast-scheduled = 🕒 Пост «{ $title }» будет отправлен { $at } — { $count } получателям ({ $audience }).
broadcast-state-scheduled = 🕒 Рассылка «{ $title }» запланирована
broadcast-state-sending = 📤 Рассылка «{ $title }» идёт
broadcast-state-paused = ⏸ Рассылка «{ $title }» на паузе
broadcast-state-cancelled = ⛔ Рассылка «{ $title }» отменена
broadcast-state-done = ✅ Рассылка «{ $title }» завершена
broadcast-progress-blocked = { $n } { $count ->
        [one] заблокировал
       *[other] заблокировали
    } бота
broadcast-progress-failed = { $n } не доставлено
broadcast-progress-muted = { $n } отключили новости
broadcast-btn-pause = ⏸ Пауза
broadcast-btn-resume = ▶️ Продолжить
broadcast-btn-cancel = ⛔ Отменить
broadcast-cancel-confirm = Отменить рассылку «{ $title }»? Кому уже отправлено — у тех останется.
broadcast-btn-cancel-yes = Да, отменить
broadcast-btn-cancel-no = Нет
broadcast-report =
    ✅ Рассылка «{ $title }» завершена.
    Доставлено: { $delivered } из { $total }
    Заблокировали бота: { $blocked }
    Не доставлено: { $failed }
broadcast-report-cancelled =
    ⛔ Рассылка «{ $title }» отменена.
    Доставлено: { $delivered } из { $total }
    Заблокировали бота: { $blocked }
    Не доставлено: { $failed }
    Не отправлено из-за отмены: { $left }
broadcast-paused = Рассылка на паузе.
broadcast-resumed = Рассылка продолжается.
broadcast-cancelled = Рассылка отменена.
broadcast-not-found = Эта рассылка не найдена.
broadcast-already-confirmed = Этот пост уже отправлен или запланирован.
broadcast-is-cancelled = Рассылка отменена — её нельзя возобновить. Новый пост: /news_new
broadcast-is-done = Рассылка уже завершена.
broadcast-not-sending = Рассылка сейчас не идёт.
broadcast-not-paused = Рассылка не на паузе.
broadcast-draft-discarded = Черновик удалён, ничего не отправлено.
news-all-button = 📰 Все новости
news-title = 📰 <b>Новости КоДО</b> · стр. { $page } из { $pages }
news-line = { $date } — { $title }
news-empty = Новостей пока нет.
news-gone = Эта новость больше недоступна.
news-btn-prev = ← Новее
news-btn-next = Старше →

## webmod — модерация, предложения и новости в веб-кабинете
web-nav-moderation = Модерация
web-nav-proposals = Предложения
web-nav-news = Новости
web-mod-title = Модерация проектов
web-mod-queue-title = Ждут модерации
web-mod-projects-title = Опубликованные проекты
web-mod-hidden-title = Скрытые проекты
web-mod-requested = Отправлен
web-mod-author = Автор
web-mod-dates = Даты
web-mod-summary = Кратко
web-mod-in-review = на модерации
web-mod-incomplete = Проект не готов: замечаний — { $count }.
web-mod-step = Шаг { $position }.
web-mod-materials = Материалы
web-mod-checklist = Чек-лист
web-mod-optional = необязательно
web-mod-criteria = Критерии (всего { $total } б.)
web-mod-decide = Решение
web-mod-publish = ✅ Опубликовать
web-mod-return-comment = Что поправить (получит автор)
web-mod-return = ↩️ Вернуть автору
web-mod-visibility = Скрыть или снять с публикации
web-mod-visibility-action = Действие
web-mod-hide = Скрыть из каталога
web-mod-unpublish = Снять с публикации (в черновик)
web-mod-show = Показать снова
web-mod-reason = Причина (получит автор)
web-mod-apply = Применить
web-mod-history = История изменений
web-mod-done-published = Проект опубликован, автору сообщено.
web-mod-done-returned = Проект возвращён автору с комментарием.
web-mod-done-hide = Проект скрыт из каталога, автору сообщено.
web-mod-done-show = Проект снова виден.
web-mod-done-unpublish = Проект снят с публикации, автору сообщено.
web-edit-open = ✏️ Редактировать
web-edit-page = Редактирование: { $title }
web-edit-title = Название
web-edit-summary = Кратко (для карточки)
web-edit-description = Описание
web-edit-starts = Начало
web-edit-ends = Окончание
web-edit-step-title = Название шага
web-edit-step-task = Задание
web-edit-preview = Как увидят участники
web-edit-wide-only = Редактор открывается на широком экране. Здесь можно опубликовать проект или вернуть его автору.
web-edit-saved-withdrawn = Сохранено. Проект был на модерации — он вернулся в черновик: отправьте его снова, когда закончите.
web-proposals-title = Предложения участников
web-proposal-title = Предложение №{ $id }
web-proposal-text = Текст
web-proposal-comment = Комментарий для автора
web-proposal-file = Вложение
web-proposal-decide = Решение
web-news-title = Новости и рассылки
web-news-compose = Новый пост
web-news-text = Текст поста
web-news-text-hint = Оформление — как в Telegram: <b>жирный</b>, <i>курсив</i>, <u>подчёркнутый</u>, <s>зачёркнутый</s>, <code>код</code>, <a href="https://…">ссылка</a> (только https), <blockquote>цитата</blockquote>. До 4096 знаков без разметки.
web-news-buttons = Кнопки-ссылки: по одной в строке «Текст | https://адрес» (необязательно)
web-news-attachment = Фото или документ (необязательно)
web-news-attachment-hint = Фото (JPEG, PNG) придёт фотографией, остальное — документом, текст станет подписью (до 1024 символов). До 10 МБ. Файл сначала придёт вам в чат с ботом.
web-news-attachment-too-big = Файл больше { $mb } МБ: уменьшите его или отправьте новость с ним из бота (/news_new).
web-news-attachment-unavailable = Приложить файл здесь нельзя: сайт не связан с ботом. Отправьте новость с файлом из бота (/news_new).
web-news-attachment-refused = Telegram не принял файл. Откройте чат с ботом (/start) и попробуйте снова — файл передаётся через ваш чат.
web-news-attachment-caption = Вложение для новости из веб-кабинета: так оно придёт получателям.
web-news-with-photo = С фотографией (она у вас в чате с ботом)
web-news-with-document = С документом (он у вас в чате с ботом)
web-news-next = Далее: аудитория
web-news-html-tag = Тег <{ $tag }> в Telegram не поддерживается. Можно: b, i, u, s, code, pre, a, blockquote, tg-spoiler.
web-news-html-unbalanced = Тег <{ $tag }> не закрыт или закрыт не по порядку.
web-news-preview = Так пост придёт получателям
web-news-audience = Кому отправить
web-news-count = Посчитать получателей
web-news-recipients = Получатели — { $audience }: { $count } { $count ->
        [one] человек
        [few] человека
       *[many] человек
    }.
web-news-now = Отправить сейчас
web-news-at = Запланировать на (время { $zone }):
web-news-send = Отправить
web-news-recent = Последние рассылки
web-news-post = Пост
web-news-send-at = Отправка
web-news-total = Получателей
web-news-delivered = Доставлено
web-news-blocked = Заблокировали бота
web-news-failed = Не доставлено
web-news-status-draft = Черновик
web-news-status-scheduled = Запланирована
web-news-status-sending = Идёт
web-news-status-paused = На паузе
web-news-status-cancelled = Отменена
web-news-status-done = Завершена
web-nav-my-projects = Мои проекты
web-my-projects-edit-title = Мои проекты: черновики и опубликованные
## Дорожная карта (roadmap)
cmd-roadmap = Дорожная карта на год
help-roadmap =
    <b>Дорожная карта</b>
    /roadmap — план мероприятий на год: направления, сроки, ответственные, ход выполнения по проектам
roadmap-no-direction = Без направления
roadmap-chat-title = 🗺 <b>Дорожная карта { $year }</b> · редакция № { $number } ({ $quarter } кв., { $date }) · стр. { $page } из { $pages }
roadmap-chat-old = <i>Это прежняя редакция: в текущей план мог измениться.</i>
roadmap-chat-empty = В этой редакции пока нет строк.
roadmap-chat-none = Дорожная карта ещё не составлена.
roadmap-chat-row =
    <b>{ $number }.</b> { $event }
    🗓 { $deadline } · 👤 { $responsible }
    📄 { $result }
roadmap-chat-progress = { $bar } { $percent } % · проектов: { $projects }
roadmap-chat-overdue = ⚠️ срок прошёл
roadmap-chat-no-projects = проекты не привязаны
roadmap-chat-stale = Этой страницы плана больше нет. Откройте /roadmap заново.
roadmap-btn-prev = ← Назад
roadmap-btn-next = Дальше →
roadmap-btn-current = 🗺 Текущая редакция
roadmap-err-event-empty = Укажите мероприятие.
roadmap-err-event-long = Мероприятие длиннее 1000 знаков — сократите его.
roadmap-err-deadline-empty = Укажите сроки, например «Апрель–октябрь 2026».
roadmap-err-deadline-long = Сроки длиннее 120 знаков — сократите их.
roadmap-err-responsible-empty = Укажите ответственного.
roadmap-err-responsible-long = Ответственный длиннее 300 знаков — сократите.
roadmap-err-result-long = Ожидаемый результат длиннее 600 знаков — сократите.
roadmap-err-due-date = Контрольная дата не распознана: нужна дата вида 31.10.2026.
roadmap-err-direction = Такого направления нет.
roadmap-err-row-gone = Этой строки нет в текущей редакции плана — привяжите проект к строке текущей редакции.
roadmap-err-not-found = Такой строки или редакции нет — возможно, её уже удалили.
roadmap-err-read-only = Это прежняя редакция: она хранится без изменений. Правки вносятся в последнюю редакцию года.
roadmap-err-stale = План успел измениться. Откройте дорожную карту заново.
roadmap-err-year = Год указан неверно.
roadmap-err-quarter = Квартал — число от 1 до 4.
roadmap-err-project = Проект не найден — выберите его из списка.
roadmap-err-not-yours = Привязать или отвязать можно только свой проект (автор или соавтор).
audit-action-roadmap-link = проект привязан к строке дорожной карты
audit-action-roadmap-unlink = проект отвязан от дорожной карты
web-nav-roadmap = Дорожная карта
web-roadmap-title = Дорожная карта
web-roadmap-title-year = Дорожная карта { $year }
web-roadmap-table = Дорожная карта на { $year } год
web-roadmap-revision-label = { $year }, редакция № { $number } ({ $quarter } квартал)
web-roadmap-revision = Редакция
web-roadmap-show = Показать
web-roadmap-compare = Сравнить
web-roadmap-compare-from = Прежняя
web-roadmap-compare-to = Новая
web-roadmap-compare-title = Сравнение редакций
web-roadmap-compare-line = Что изменилось: { $from } → { $to }
web-roadmap-created = создана { $date }, { $who }
web-roadmap-read-only-badge = только чтение
web-roadmap-read-only = Это прежняя редакция: она хранится без изменений.
web-roadmap-none = Дорожная карта ещё не составлена.
web-roadmap-exists = Новая редакция уже создана — показана она.
web-roadmap-kpi-rows = строк плана
web-roadmap-kpi-measured = с проектами
web-roadmap-kpi-progress = средний ход выполнения
web-roadmap-kpi-overdue = просрочено
web-roadmap-col-number = №
web-roadmap-col-event = Направление/мероприятие
web-roadmap-col-deadline = Сроки
web-roadmap-col-responsible = Ответственный
web-roadmap-col-result = Ожидаемый результат/форма отчёта
web-roadmap-col-progress = Выполнение
web-roadmap-col-change = Изменение
web-roadmap-col-field = Поле
web-roadmap-col-before = Было
web-roadmap-col-after = Стало
web-roadmap-direction = Направление
web-roadmap-event = Мероприятие
web-roadmap-due = Контрольная дата
web-roadmap-deadline-hint = Апрель–октябрь 2026
web-roadmap-progress-rule = Выполнение строки — среднее по привязанным проектам; выполнение проекта — доля принятых шагов: принятые (участник, шаг) из «записавшиеся × шаги». Строка без проектов не измеряется.
web-roadmap-row-title = Строка { $number } дорожной карты
web-roadmap-not-measured = не измеряется — проекты не привязаны
web-roadmap-overdue = просрочено
web-roadmap-projects = Проекты, выполняющие строку
web-roadmap-no-projects = Проекты не привязаны.
web-roadmap-link-project = Проект
web-roadmap-link = Привязать
web-roadmap-unlink = Отвязать
web-roadmap-linked-elsewhere = сейчас у другой строки
web-roadmap-edit-row = Изменить строку
web-roadmap-add-row = Новая строка
web-roadmap-add = Добавить
web-roadmap-up = Выше
web-roadmap-down = Ниже
web-roadmap-delete = Удалить из этой редакции
web-roadmap-history = История изменений строки
web-roadmap-new-revision = Новая редакция (квартальная корректировка)
web-roadmap-new-revision-copy = Все строки { $label } будут скопированы; прежняя редакция останется без изменений для сравнения.
web-roadmap-new-revision-empty = Первая редакция нового года — с чистого листа или со строками нынешнего плана (их сроки и даты нужно будет поправить).
web-roadmap-year = Год и основа
web-roadmap-target-copy = { $year }: корректировка — копия редакции № { $number }
web-roadmap-target-new = { $year }: новый план с чистого листа
web-roadmap-target-carry = { $year }: новый план — строки плана { $from } (редакция № { $number }) для правки
web-roadmap-quarter = Квартал
web-roadmap-note = Примечание
web-roadmap-create-revision = Создать редакцию
web-roadmap-changes = Изменения
web-roadmap-diff-added = добавлена
web-roadmap-diff-removed = исключена
web-roadmap-diff-changed = изменена
web-roadmap-diff-moved = перемещена
## practices
cmd-practices = Банк лучших практик
help-practices = /practices [слово] — банк лучших практик: поиск по направленности, гильдии и слову
help-practices-moderator = /practice_propose № работы — предложить принятую работу с высокой оценкой в банк практик (автор даёт согласие в боте)
help-practices-withdraw = /practice_withdraw [№ практики] [причина] — снять свою практику из банка
audit-entity-practice = практика
audit-action-practice-propose = практика предложена в банк
audit-action-practice-consent = автор согласился на публикацию
audit-action-practice-decline = автор отказался от публикации
audit-action-practice-withdraw = практика снята
practice-status-proposed = ждёт согласия автора
practice-status-published = опубликована
practice-status-declined = автор отказался
practice-status-withdrawn = снята
practices-title = 📚 <b>Банк лучших практик</b>
practices-filters = Направленность: { $direction } · гильдия: { $guild } · слово: { $keyword }
practices-any = любая
practices-none = По этим условиям практик пока нет. Измените фильтры или слово.
practices-found = Найдено: { $count } · стр. { $page } из { $pages }
practices-by-direction = 🧭 Направленность
practices-by-guild = 👥 Гильдия
practices-by-keyword = 🔎 Слово
practices-reset = ✖ Сбросить
practices-back = ← К списку
practices-pick-direction = Выберите направленность:
practices-pick-guild = Выберите гильдию:
practices-keyword-hint = Отправьте /practices и слово для поиска, например: /practices дистант
practices-stale = Эта кнопка устарела. Откройте банк заново: /practices
practices-gone = Эта практика больше не опубликована.
practices-files = 📎 Файлы ({ $count })
practices-card-project = <b>Проект:</b> { $project }
practices-card-step = <b>Шаг { $position }:</b> { $step }
practices-card-directions = <b>Направленность:</b> { $names }
practices-card-guilds = <b>Гильдии:</b> { $names }
practices-card-tokens = <b>Жетоны:</b> { $names }
practices-card-points = <b>Оценка:</b> { $points } из { $max }
practices-card-author = <b>Автор:</b> { $author }
practices-card-link = Ссылка на практику: { $link }
practice-consent-request =
    🌟 <b>Вашу работу предлагают в банк лучших практик</b>
    Проект «{ $project }», шаг «{ $step }» — { $points } из { $max }.
    В банке её увидят все: проект, шаг, жетоны, ваши файлы и ваше имя. Согласны опубликовать?
practice-consent-yes = ✅ Согласен(на) опубликовать
practice-consent-no = 🚫 Не публиковать
practice-consented = ✅ Спасибо! Практика «{ $title }» опубликована в банке. { $link }
    Снять её можно в любой момент: /practice_withdraw { $id }
practice-declined = Хорошо, практика «{ $title }» не будет опубликована.
practice-answer-stale = Ответ уже не нужен: практика { $status }.
practice-not-found = Практика № { $id } не найдена.
practice-not-yours = Это не ваша практика.
practice-submission-not-found = Работа № { $id } не найдена.
practice-not-accepted = В банк предлагают только принятые работы.
practice-grade-low = Оценка { $points } из { $max } ниже порога банка: нужно не меньше { $need }.
practice-propose-usage = Использование: /practice_propose № работы [название практики] (номер из /audit или веб-кабинета; без названия практику назовут по проекту и шагу)
practice-proposed = Практика № { $id } предложена. Автор получил вопрос о согласии на публикацию.
practice-proposed-already = Эта работа уже предложена: практика № { $id }, { $status }.
practice-answered-yes = ✅ Автор согласился: практика № { $id } «{ $title }» опубликована.
practice-answered-no = Автор не дал согласия: практика № { $id } «{ $title }» не опубликована.
practice-withdraw-usage = Использование: /practice_withdraw № практики [причина]
practice-withdrawn = Практика «{ $title }» снята из банка.
practice-withdraw-nothing = Практика «{ $title }» уже не опубликована — снимать нечего.
practice-withdrawn-notice = Модератор снял вашу практику «{ $title }» из банка лучших практик. Причина: { $reason }
web-nav-practices = Практики
web-practices-public-title = Банк лучших практик
web-practices-public-intro = Принятые работы участников КоДО с высокой оценкой экспертов, опубликованные с согласия авторов.
web-practices-keyword = Слово
web-practices-direction = Направленность
web-practices-guild = Гильдия
web-practices-tokens = Жетоны
web-practices-grade = Оценка
web-practices-points = { $points } из { $max }
web-practices-author = Автор
web-practices-search = Найти
web-practices-none = По этим условиям практик пока нет.
web-practices-gone = Эта практика не опубликована или снята.
web-practices-materials = Материалы
web-practices-file-in-bot = получить в боте
web-practices-open-in-bot = Открыть практику в боте КоДО
web-practices-bank = Банк лучших практик
web-practices-of-submission = Практика № { $id }
web-practices-propose = Предложить в банк практик
web-practices-propose-hint = Автор получит в боте вопрос о согласии; без согласия практика не публикуется.
web-practices-proposed = Практика предложена: автор получил вопрос о согласии.
web-practices-col-title = Практика
web-practices-col-proposed = Предложена
web-practices-col-decided = Ответ автора
web-practices-col-submission = Работа №
web-practices-withdraw-title = Снять практику
web-practices-reason = Причина (автор её увидит)
web-practices-withdraw = Снять
web-practices-withdrawn = Практика снята; автор получил сообщение.
web-practices-download = скачать
web-practices-file-gone = Этот файл недоступен: практика снята или файл больше не хранится в Telegram.
practice-withdraw-button = Снять практику № { $id }
practice-withdraw-confirm = Снять практику «{ $title }» из банка? Это нельзя отменить.
practice-withdraw-yes = Да, снять
practice-withdraw-no = Отмена
practice-withdraw-cancelled = Хорошо, практика остаётся в банке.
web-practices-slow-down = Слишком много скачиваний подряд — попробуйте через минуту.
web-practices-title-label = Название практики (необязательно)
web-practices-title-placeholder = О чём эта практика, например «Театральная студия в дистанте»
