<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>New user</source>
            <translation>Новый пользователь</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ФИО:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>&amp;Должность:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>Initial &amp;password:</source>
            <translation>Начальный &amp;пароль:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Пароль &amp;ещё раз:</translation>
        </message>
        <message>
            <source>Tell the new user the initial password; they can change it on this page.</source>
            <translation>Сообщите новому пользователю начальный пароль; он сможет сменить его на этой странице.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <source>Event No. {seq} · {time} · {user} · {action} · {object}</source>
            <translation>Событие № {seq} · {time} · {user} · {action} · {object}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Причина: {reason}</translation>
        </message>
        <message>
            <source>No event matches these filters. Clear the filters to see the whole history.</source>
            <translation>Нет событий по этим фильтрам. Сбросьте фильтры, чтобы увидеть всю историю.</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} events, newest first; scroll for more.</source>
            <translation>Показано {shown} из {total} событий, сначала новые; прокрутите, чтобы увидеть остальные.</translation>
        </message>
        <message numerus="yes">
            <source>%n events, newest first.</source>
            <translation>
                <numerusform>%n событие, сначала новые.</numerusform>
                <numerusform>%n события, сначала новые.</numerusform>
                <numerusform>%n событий, сначала новые.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Экспорт журнала аудита</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n events exported.</source>
            <translation>
                <numerusform>Экспортировано %n событие.</numerusform>
                <numerusform>Экспортировано %n события.</numerusform>
                <numerusform>Экспортировано %n событий.</numerusform>
            </translation>
        </message>
        <message>
            <source>File: {file}</source>
            <translation>Файл: {file}</translation>
        </message>
        <message>
            <source>Exporting the audit trail…</source>
            <translation>Экспорт журнала аудита…</translation>
        </message>
        <message>
            <source>Checking the history of changes…</source>
            <translation>Проверка истории изменений…</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>&amp;Экспорт в Excel…</translation>
        </message>
        <message>
            <source>&amp;Verify the history</source>
            <translation>Про&amp;верить историю</translation>
        </message>
        <message>
            <source>Check that no event was edited, deleted or inserted outside meapp.</source>
            <translation>Проверить, что ни одно событие не было изменено, удалено или вставлено вне meapp.</translation>
        </message>
        <message>
            <source>&amp;Object:</source>
            <translation>&amp;Объект:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>По&amp;льзователь:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>П&amp;ериод:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>a value, a name, a reason…</source>
            <translation>значение, название, причина…</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;С</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;По</translation>
        </message>
        <message>
            <source>This programme only</source>
            <translation>Только эта программа</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>Сбросить &amp;фильтры</translation>
        </message>
        <message>
            <source>Select an event to read all of it here: every field before and after.</source>
            <translation>Выберите событие, чтобы прочитать его целиком: каждое поле до и после.</translation>
        </message>
        <message>
            <source>Here you will see every change made in the database: who changed what and when, with the values before and after, and whether the audit chain is intact.</source>
            <translation type="vanished">Здесь вы увидите каждое изменение в базе данных: кто, что и когда изменил, со значениями до и после, а также цела ли цепочка аудита.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <source>at start</source>
            <translation>при запуске</translation>
        </message>
        <message>
            <source>at close</source>
            <translation>при закрытии</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>вручную</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>перед обновлением</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>перед восстановлением</translation>
        </message>
        <message>
            <source>damaged copy</source>
            <translation>повреждённая копия</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>автоматически</translation>
        </message>
        <message>
            <source>Saving a backup…</source>
            <translation>Сохраняется резервная копия…</translation>
        </message>
        <message>
            <source>Restoring the database…</source>
            <translation>Восстановление базы данных…</translation>
        </message>
        <message>
            <source>meapp</source>
            <translation>meapp</translation>
        </message>
        <message>
            <source>&amp;Continue without restoring</source>
            <translation>&amp;Продолжить без восстановления</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} КБ</translation>
        </message>
        <message>
            <source>The automatic backup failed: {error}</source>
            <translation>Автоматическое резервное копирование не удалось: {error}</translation>
        </message>
        <message>
            <source>Changes made after that backup are undone. The database as it is now is saved first as a backup, so nothing is lost. meapp then opens the restored database and you log in again.</source>
            <translation>Изменения, сделанные после этой копии, отменятся. Текущая база данных сначала сохраняется как резервная копия, поэтому ничего не теряется. Затем meapp откроет восстановленную базу, и вы войдёте снова.</translation>
        </message>
        <message>
            <source>The database was restored. meapp opens it again now.</source>
            <translation>База данных восстановлена. meapp сейчас откроет её снова.</translation>
        </message>
        <message>
            <source>The database was restored. Start meapp again to work with it.</source>
            <translation>База данных восстановлена. Запустите meapp снова, чтобы работать с ней.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Восстановить из файла резервной копии</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>Базы данных meapp (*.db *.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>No backups yet. meapp makes one at every start and close; or press Back up now.</source>
            <translation>Резервных копий пока нет. meapp делает их при каждом запуске и закрытии; или нажмите «Создать копию сейчас».</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Восстановить…</translation>
        </message>
        <message>
            <source>Restore from &amp;another file…</source>
            <translation>Восстановить из &amp;другого файла…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>&amp;Восстановить копию</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} МБ</translation>
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation>Резервная копия сохранена: {file}</translation>
        </message>
        <message>
            <source>Your changes are saved in the database; only today's backup copy is missing. Check the backup folder {folder} (free space, permissions), then make a backup with File → Back up now the next time meapp starts.</source>
            <translation>Ваши изменения сохранены в базе данных; не хватает только сегодняшней резервной копии. Проверьте папку резервных копий {folder} (свободное место, права доступа), затем при следующем запуске meapp создайте копию через Файл → Создать резервную копию.</translation>
        </message>
        <message>
            <source>The database before the restore was saved as {file}.</source>
            <translation>База данных до восстановления сохранена как {file}.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Когда сделана</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. Only an administrator can restore.</source>
            <translation>Выберите копию, к которой вернуться. Восстановить может только администратор.</translation>
        </message>
        <message>
            <source>Choose the backup to go back to; the newest is at the top.</source>
            <translation>Выберите копию, к которой вернуться; самая новая — вверху.</translation>
        </message>
        <message>
            <source>Ask an administrator to restore the newest backup (File → Restore).</source>
            <translation>Попросите администратора восстановить самую новую копию (Файл → Восстановить).</translation>
        </message>
        <message>
            <source>The newest intact backup is of {time}. Restore it? The damaged file is kept as a copy beside the backups.</source>
            <translation>Самая новая целая копия — от {time}. Восстановить её? Повреждённый файл сохранится как копия рядом с резервными копиями.</translation>
        </message>
        <message>
            <source>No intact backup was found in {folder}.</source>
            <translation>В папке {folder} не найдено целой резервной копии.</translation>
        </message>
        <message>
            <source>The database was restored from the backup of {time}.</source>
            <translation>База данных восстановлена из копии от {time}.</translation>
        </message>
        <message>
            <source>Restore the database from {file}?</source>
            <translation>Восстановить базу данных из {file}?</translation>
        </message>
        <message>
            <source>Restore the database as it was on {time}?</source>
            <translation>Восстановить базу данных в состояние на {time}?</translation>
        </message>
    </context>
    <context>
        <name>BudgetModel</name>
        <message>
            <source>Funding source</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <source>Planned, som</source>
            <translation>Запланировано, сом</translation>
        </message>
    </context>
    <context>
        <name>BudgetYearsModel</name>
        <message>
            <source>An approved year: its planned amount cannot change.</source>
            <translation>Утверждённый год: его плановая сумма не меняется.</translation>
        </message>
        <message>
            <source>Not split by year: the total is spread evenly over its years.</source>
            <translation>Не разбито по годам: итог распределён поровну по его годам.</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <source>Total, som</source>
            <translation>Итого, сом</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <source>met</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>{days} d. late</source>
            <translation>просрочено на {days} дн.</translation>
        </message>
        <message>
            <source>in {days} d.</source>
            <translation>через {days} дн.</translation>
        </message>
        <message>
            <source>Reporting calendar</source>
            <translation>Календарь отчётности</translation>
        </message>
        <message>
            <source>The deadlines follow the programme's reporting frequency. Change a rule here: only what differs from the default is kept, and the change is recorded in the audit trail.</source>
            <translation>Сроки следуют из периодичности отчётности программы. Измените правило здесь: хранится только то, что отличается от значения по умолчанию, а изменение записывается в журнал аудита.</translation>
        </message>
        <message>
            <source>Only editors and administrators change the reporting calendar.</source>
            <translation>Календарь отчётности изменяют только редакторы и администраторы.</translation>
        </message>
        <message>
            <source>day and month of the next year</source>
            <translation>день и месяц следующего года</translation>
        </message>
        <message>
            <source>days after the period ends</source>
            <translation>дней после окончания периода</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>Restore the defaults</source>
            <translation>Вернуть значения по умолчанию</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>ChainCheck</name>
        <message>
            <source>No. {seq} ({time}, {user}: {action} {entity})</source>
            <translation>№ {seq} ({time}, {user}: {action} {entity})</translation>
        </message>
        <message>
            <source>✓ The history is intact: {n} events checked, none was changed, and the {rows} rows of data are as it says.</source>
            <translation>✓ История цела: проверено событий — {n}, ни одно не изменено, и все строки данных ({rows}) совпадают с ней.</translation>
        </message>
        <message>
            <source>✓ The history is intact: {n} events checked, none was changed.</source>
            <translation>✓ История цела: проверено событий — {n}, ни одно не изменено.</translation>
        </message>
        <message>
            <source> (and {n} more)</source>
            <translation> (и ещё {n})</translation>
        </message>
        <message>
            <source>✗ The data was changed outside meapp: {finding}. Keep this database file as evidence and restore a backup made before the change.</source>
            <translation>✗ Данные изменены вне meapp: {finding}. Сохраните этот файл базы данных как доказательство и восстановите резервную копию, сделанную до изменения.</translation>
        </message>
        <message>
            <source>✗ The history was changed outside meapp. First broken event: {event} — {reason}. Keep this database file as evidence and restore a backup made before that event.</source>
            <translation>✗ История изменена вне meapp. Первое повреждённое событие: {event} — {reason}. Сохраните этот файл базы данных как доказательство и восстановите резервную копию, сделанную до этого события.</translation>
        </message>
        <message>
            <source>Checking the history of changes…</source>
            <translation>Проверка истории изменений…</translation>
        </message>
        <message>
            <source>The history of changes in this database is damaged.</source>
            <translation>История изменений в этой базе данных повреждена.</translation>
        </message>
        <message>
            <source>The data in this database was changed outside meapp.</source>
            <translation>Данные в этой базе данных изменены вне meapp.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Сменить мой пароль</translation>
        </message>
        <message>
            <source>Login: {login}</source>
            <translation>Логин: {login}</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Текущий пароль:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Новый пароль:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Новый пароль &amp;ещё раз:</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>New public check</source>
            <translation>Новая общественная проверка</translation>
        </message>
        <message>
            <source>Public check</source>
            <translation>Общественная проверка</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Мероприятие:</translation>
        </message>
        <message>
            <source>&amp;Stage of completion:</source>
            <translation>&amp;Этап выполнения:</translation>
        </message>
        <message>
            <source>&amp;Date of the check:</source>
            <translation>&amp;Дата проверки:</translation>
        </message>
        <message>
            <source>Checked &amp;by (members, citizens):</source>
            <translation>Кто &amp;проверял (члены группы, граждане):</translation>
        </message>
        <message>
            <source>&amp;Citizens taking part:</source>
            <translation>Участвовало &amp;граждан:</translation>
        </message>
        <message>
            <source>&amp;Timeliness (1–5):</source>
            <translation>&amp;Своевременность (1–5):</translation>
        </message>
        <message>
            <source>&amp;Quality (1–5):</source>
            <translation>&amp;Качество (1–5):</translation>
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation>&amp;Выводы:</translation>
        </message>
    </context>
    <context>
        <name>ChecksTab</name>
        <message>
            <source>{period} is approved: this check and its photos can be read, not changed.</source>
            <translation>Период «{period}» утверждён: эту проверку и её фотографии можно просмотреть, но не изменить.</translation>
        </message>
        <message>
            <source>No public check recorded yet.</source>
            <translation>Общественная проверка ещё не записана.</translation>
        </message>
        <message>
            <source>Select a check to read its findings.</source>
            <translation>Выберите проверку, чтобы прочитать её выводы.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <source>No findings written.</source>
            <translation>Выводы не записаны.</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Кто проверял</translation>
        </message>
        <message>
            <source>Delete the public check {stage} of {date}?</source>
            <translation>Удалить общественную проверку {stage} от {date}?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n photo(s) are deleted with it.</source>
            <translation>
                <numerusform>Вместе с ней удаляется %n фотография.</numerusform>
                <numerusform>Вместе с ней удаляются %n фотографии.</numerusform>
                <numerusform>Вместе с ней удаляются %n фотографий.</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure / check</source>
            <translation>Мероприятие / проверка</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Citizens</source>
            <translation>Граждан</translation>
        </message>
        <message>
            <source>Timeliness</source>
            <translation>Своевременность</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Качество</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>Investment measures are checked by the group and citizens at 50 % and at 100 % completion. Select a measure and press “Add check…”.</source>
            <translation>Инвестиционные мероприятия проверяются группой и гражданами при 50 % и 100 % выполнения. Выберите мероприятие и нажмите «Добавить проверку…».</translation>
        </message>
        <message>
            <source>&amp;Add check…</source>
            <translation>&amp;Добавить проверку…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>&amp;Photos…</source>
            <translation>&amp;Фото…</translation>
        </message>
        <message>
            <source>No investment measures. Mark the measures that build or repair something as investment measures on the Plan page; they appear here for public checks.</source>
            <translation>Инвестиционных мероприятий нет. Отметьте на странице «План» мероприятия, которые что-то строят или ремонтируют, как инвестиционные; они появятся здесь для общественных проверок.</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <source>This page is being prepared and comes with the next version of meapp. Meanwhile the Plan and Dashboard pages show the programme.</source>
            <translation>Эта страница готовится и появится в следующей версии meapp. Пока программу показывают страницы «План» и «Обзор».</translation>
        </message>
    </context>
    <context>
        <name>ConfirmValueDialog</name>
        <message>
            <source>Confirm value</source>
            <translation>Подтвердить значение</translation>
        </message>
        <message>
            <source>{indicator}, {period}: the value {value} {unit} is held out of the roll-ups ({reason}). Confirm it only if it is right as it stands; otherwise correct it in the grid. Why is it right?</source>
            <translation>{indicator}, {period}: значение {value} {unit} не входит в сведение ({reason}). Подтвердите его, только если оно верно как есть; иначе исправьте его в таблице. Почему оно верно?</translation>
        </message>
        <message>
            <source>Confirm value…</source>
            <translation>Подтвердить значение…</translation>
        </message>
        <message>
            <source>This figure is held because of an earlier value of the running total: confirm or correct that value in its own period.</source>
            <translation>Этот показатель удержан из-за более раннего значения нарастающего итога: подтвердите или исправьте то значение в его периоде.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Overall progress</source>
            <translation>Общий прогресс</translation>
        </message>
        <message>
            <source>{change} percentage points against {period} ({before})</source>
            <translation>{change} процентных пункта к периоду «{period}» ({before})</translation>
        </message>
        <message>
            <source>{period}; points against {previous}</source>
            <translation>{period}; изменение к периоду «{previous}»</translation>
        </message>
        <message>
            <source>Indicators: {count}</source>
            <translation>Индикаторы: {count}</translation>
        </message>
        <message>
            <source>{total} measures: {done} done, {in_progress} in progress</source>
            <translation>Мероприятий: {total}; выполнено: {done}, выполняется: {in_progress}</translation>
        </message>
        <message>
            <source>Budget executed</source>
            <translation>Исполнение бюджета</translation>
        </message>
        <message>
            <source>No budget planned</source>
            <translation>Бюджет не запланирован</translation>
        </message>
        <message>
            <source>Planned: {amount}</source>
            <translation>Запланировано: {amount}</translation>
        </message>
        <message>
            <source>Spent: {amount}</source>
            <translation>Израсходовано: {amount}</translation>
        </message>
        <message>
            <source>mln som</source>
            <translation>млн сом</translation>
        </message>
        <message>
            <source>thousand som</source>
            <translation>тыс. сом</translation>
        </message>
        <message>
            <source>som</source>
            <translation>сом</translation>
        </message>
        <message>
            <source>{amount} {unit}</source>
            <translation>{amount} {unit}</translation>
        </message>
        <message>
            <source>Save the chart as an image</source>
            <translation>Сохранить диаграмму как изображение</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Сохранить как PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Сохранить эту диаграмму как изображение PNG</translation>
        </message>
        <message>
            <source>{name}
Click to see its trend.</source>
            <translation>{name}
Нажмите, чтобы увидеть динамику.</translation>
        </message>
        <message>
            <source>≈ derived from the yearly targets</source>
            <translation>≈ рассчитано из годовых целевых значений</translation>
        </message>
        <message>
            <source>{executor} (by agreement)</source>
            <translation>{executor} (по согласованию)</translation>
        </message>
        <message>
            <source>Objective / indicator</source>
            <translation>Задача / индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Прогресс</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Ответственный исполнитель</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Срок реализации</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>Выполнено, %</translation>
        </message>
        <message>
            <source>Objectives and indicators ({count}); click an indicator to see its trend</source>
            <translation>Задачи и индикаторы ({count}); нажмите на индикатор, чтобы увидеть его динамику</translation>
        </message>
        <message>
            <source>Measures: {total}, {done} done, {in_progress} in progress, {delayed} delayed</source>
            <translation>Мероприятия: {total}; выполнено: {done}, выполняется: {in_progress}, задерживается: {delayed}</translation>
        </message>
        <message>
            <source>(no executor named in the plan)</source>
            <translation>(в плане исполнитель не указан)</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>{count} measures, of them {cancelled} cancelled</source>
            <translation>Мероприятий: {count}, из них отменено: {cancelled}</translation>
        </message>
        <message>
            <source>Done
on time</source>
            <translation>Выполнено
в срок</translation>
        </message>
        <message>
            <source>Done
late</source>
            <translation>Выполнено
с опозданием</translation>
        </message>
        <message>
            <source>Indicator
progress</source>
            <translation>Прогресс
индикаторов</translation>
        </message>
        <message>
            <source>{with_data} of {count} indicators it answers for have data</source>
            <translation>Данные есть по {with_data} из {count} индикаторов, за которые он отвечает</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Mean of the indicator progress ({progress}) and the share of measures done ({done})</source>
            <translation>Среднее прогресса индикаторов ({progress}) и доли выполненных мероприятий ({done})</translation>
        </message>
        <message>
            <source>Find an executor…</source>
            <translation>Найти исполнителя…</translation>
        </message>
        <message>
            <source>{period}. Measures count by their lead executor; indicators by the responsible named in the matrix. The score is the mean of the indicator progress and the share of measures done; click a column header to sort.</source>
            <translation>{period}. Мероприятия считаются по головному исполнителю, индикаторы — по ответственному, указанному в матрице. Оценка — среднее прогресса индикаторов и доли выполненных мероприятий; нажмите на заголовок столбца, чтобы отсортировать.</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Rayon</source>
            <translation>Район</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Data completeness</source>
            <translation>Полнота данных</translation>
        </message>
        <message>
            <source>{with_data} of {indicators} indicators have an actual</source>
            <translation>Факт введён по {with_data} из {indicators} индикаторов</translation>
        </message>
        <message>
            <source>Measures done</source>
            <translation>Выполнено мероприятий</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Отчётный период</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Просрочки</translation>
        </message>
        <message>
            <source>Find a municipality…</source>
            <translation>Найти муниципалитет…</translation>
        </message>
        <message>
            <source>Computing the programmes for {period}…</source>
            <translation>Расчёт программ за период: {period}…</translation>
        </message>
        <message>
            <source>{period}: every programme of this database. Data completeness is the share of indicators with an actual in the period. Double-click a row to open its dashboard.</source>
            <translation>{period}: все программы этой базы данных. Полнота данных — доля индикаторов, по которым за период введён факт. Дважды щёлкните строку, чтобы открыть обзор программы.</translation>
        </message>
        <message>
            <source>{source}: planned {planned}, spent {spent} ({execution})</source>
            <translation>{source}: запланировано {planned}, израсходовано {spent} ({execution})</translation>
        </message>
        <message>
            <source>{year}: {execution} of the year's plan ({spent} of {planned})</source>
            <translation>{year}: {execution} годового плана ({spent} из {planned})</translation>
        </message>
        <message>
            <source>partly spread evenly over the years</source>
            <translation>частично распределено поровну по годам</translation>
        </message>
        <message>
            <source>A measure whose planned cost is not split by year counts as spread evenly over its years.</source>
            <translation>Мероприятие, плановая стоимость которого не разбита по годам, считается распределённым поровну по его годам.</translation>
        </message>
        <message>
            <source>{direction}
Progress: {progress} ({status}), from {count} indicators</source>
            <translation>{direction}
Прогресс: {progress} ({status}), по индикаторам: {count}</translation>
        </message>
        <message>
            <source>{period}: {progress}</source>
            <translation>{period}: {progress}</translation>
        </message>
        <message>
            <source>Click to see its indicators and measures.</source>
            <translation>Нажмите, чтобы увидеть индикаторы и мероприятия.</translation>
        </message>
        <message>
            <source>Progress by priority direction</source>
            <translation>Прогресс по приоритетным направлениям</translation>
        </message>
        <message>
            <source>click a direction to open it</source>
            <translation>нажмите на направление, чтобы открыть его</translation>
        </message>
        <message>
            <source>Budget by funding source</source>
            <translation>Бюджет по источникам финансирования</translation>
        </message>
        <message>
            <source>spent / planned, {unit}</source>
            <translation>израсходовано / запланировано, {unit}</translation>
        </message>
        <message>
            <source>The programme has no priority directions yet: add them on the Plan page.</source>
            <translation>В программе пока нет приоритетных направлений: добавьте их на странице «План».</translation>
        </message>
        <message>
            <source>No budget is planned for the measures yet.</source>
            <translation>Бюджет мероприятий пока не запланирован.</translation>
        </message>
        <message>
            <source>Baseline {year}: {value}</source>
            <translation>Базовое значение ({year}): {value}</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>факт</translation>
        </message>
        <message>
            <source>target</source>
            <translation>целевое значение</translation>
        </message>
        <message>
            <source>≈ derived target</source>
            <translation>≈ расчётное целевое значение</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>базовое значение</translation>
        </message>
        <message>
            <source>Target: {value}</source>
            <translation>Целевое значение: {value}</translation>
        </message>
        <message>
            <source>Actual: {value}</source>
            <translation>Факт: {value}</translation>
        </message>
        <message>
            <source>Progress: {value} ({status})</source>
            <translation>Прогресс: {value} ({status})</translation>
        </message>
        <message>
            <source>Open in Monitoring</source>
            <translation>Открыть в мониторинге</translation>
        </message>
        <message>
            <source>Save chart as PNG…</source>
            <translation>Сохранить диаграмму как PNG…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>cumulative: amounts add up since the baseline year</source>
            <translation>накопительный: значения суммируются с базового года</translation>
        </message>
        <message>
            <source>sum within the year: amounts add up from January, each year anew</source>
            <translation>сумма за год: значения складываются с января, каждый год заново</translation>
        </message>
        <message>
            <source>level: the value at the end of each period</source>
            <translation>уровневый: значение на конец каждого периода</translation>
        </message>
        <message>
            <source>Baseline {year}: {baseline}; final target {final}; {kind}.</source>
            <translation>Базовое значение ({year}): {baseline}; целевое значение: {final}; {kind}.</translation>
        </message>
        <message>
            <source>The figures cannot be shown</source>
            <translation>Показатели не удаётся показать</translation>
        </message>
        <message>
            <source>{place} · figures for {period} · round: {state}</source>
            <translation>{place} · данные за период «{period}» · состояние периода: {state}</translation>
        </message>
        <message>
            <source>No actuals have been entered for {chosen} yet, so the dashboard shows {period}, the latest period with actuals. Enter the new figures on the Monitoring page.</source>
            <translation>За период «{chosen}» факт ещё не введён, поэтому показан последний период с данными — «{period}». Введите новые значения на странице «Мониторинг».</translation>
        </message>
        <message>
            <source>No actuals have been entered for {period} yet, so progress cannot be computed. Enter them on the Monitoring page.</source>
            <translation>За период «{period}» факт ещё не введён, поэтому прогресс рассчитать нельзя. Введите значения на странице «Мониторинг».</translation>
        </message>
        <message>
            <source>The programme has no reporting periods</source>
            <translation>У программы нет отчётных периодов</translation>
        </message>
        <message>
            <source>Set the programme's years on the Plan page; the periods follow from them.</source>
            <translation>Укажите годы программы на странице «План»; периоды определяются по ним.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Executors</source>
            <translation>Исполнители</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Муниципалитеты</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Back one level (Alt+Left)</source>
            <translation>На уровень назад (Alt+Влево)</translation>
        </message>
        <message>
            <source>Open Monitoring</source>
            <translation>Открыть мониторинг</translation>
        </message>
        <message>
            <source>values to review</source>
            <translation>значения на проверку</translation>
        </message>
        <message>
            <source>targets against the direction</source>
            <translation>цели против направления</translation>
        </message>
        <message>
            <source>values missing</source>
            <translation>нет значений</translation>
        </message>
        <message>
            <source>measures past their deadline</source>
            <translation>мероприятия с истёкшим сроком</translation>
        </message>
        <message>
            <source>evaluation not written</source>
            <translation>оценка не написана</translation>
        </message>
        <message>
            <source>Needs attention in {period}: {items}</source>
            <translation>Требует внимания в периоде «{period}»: {items}</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… и ещё {n}</translation>
        </message>
        <message>
            <source>Open Evaluation</source>
            <translation>Открыть оценку</translation>
        </message>
        <message>
            <source>{n} · {days} d.</source>
            <translation>{n} · {days} дн.</translation>
        </message>
        <message>
            <source>No deadline of the reporting calendar is overdue</source>
            <translation>Ни один срок календаря отчётности не просрочен</translation>
        </message>
        <message>
            <source>Overdue deadlines: {n}; the latest is {days} d. late</source>
            <translation>Просроченных сроков: {n}; наибольшая просрочка {days} дн.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>{place} · {start}–{end} · status: {status}</source>
            <translation type="vanished">{place} · {start}–{end} · статус: {status}</translation>
        </message>
        <message>
            <source>Approved by {body}, decision No. {number} of {date}</source>
            <translation type="vanished">Утверждена: {body}, постановление № {number} от {date}</translation>
        </message>
        <message>
            <source>The approval of the programme is not recorded yet.</source>
            <translation type="vanished">Утверждение программы пока не записано.</translation>
        </message>
        <message>
            <source>Open (no entries yet)</source>
            <translation type="vanished">Открыт (данных пока нет)</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программы пока нет</translation>
        </message>
        <message>
            <source>Create the demo programme or an empty programme with File → New programme, or open another database with File → Open database.</source>
            <translation>Создайте демо-программу или пустую программу через «Файл → Новая программа» или откройте другую базу данных через «Файл → Открыть базу данных».</translation>
        </message>
        <message>
            <source>Priority directions</source>
            <translation type="vanished">Приоритетные направления</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation type="vanished">Отрасли</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation type="vanished">Задачи</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation type="vanished">Мероприятия</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation type="vanished">Индикаторы</translation>
        </message>
        <message>
            <source>Reporting rounds</source>
            <translation type="vanished">Состояние отчётных периодов</translation>
        </message>
        <message>
            <source>Period</source>
            <translation type="vanished">Период</translation>
        </message>
        <message>
            <source>State</source>
            <translation type="vanished">Состояние</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation type="vanished">Кем</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="vanished">Когда</translation>
        </message>
        <message>
            <source>Progress, traffic lights and budget execution will appear on this page in a later version of meapp.</source>
            <translation type="vanished">Прогресс, светофор и исполнение бюджета появятся на этой странице в следующей версии meapp.</translation>
        </message>
    </context>
    <context>
        <name>EmptyProgramDialog</name>
        <message>
            <source>New programme</source>
            <translation>Новая программа</translation>
        </message>
        <message>
            <source>e.g. Socio-economic development programme 2025–2028</source>
            <translation>например, Программа социально-экономического развития 2025–2028</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Муниципалитет:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;First year:</source>
            <translation>&amp;Первый год:</translation>
        </message>
        <message>
            <source>&amp;Last year:</source>
            <translation>П&amp;оследний год:</translation>
        </message>
    </context>
    <context>
        <name>EvaluationFirstBox</name>
        <message>
            <source>The evaluation is not written</source>
            <translation>Оценка не написана</translation>
        </message>
        <message>
            <source>The evaluation of {period} is not written yet.</source>
            <translation>Оценка за {period} ещё не написана.</translation>
        </message>
        <message>
            <source>Approving locks the period, its evaluation included: afterwards nobody can write it, and only an administrator can reopen the round. The usual order is: enter the data, write the evaluation, then approve.</source>
            <translation>Утверждение закрывает период вместе с оценкой: после него никто не сможет её написать, открыть период повторно сможет только администратор. Обычный порядок: ввести данные, написать оценку, затем утвердить.</translation>
        </message>
        <message>
            <source>Write the evaluation first</source>
            <translation>Сначала написать оценку</translation>
        </message>
        <message>
            <source>Approve without it…</source>
            <translation>Утвердить без оценки…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPage</name>
        <message>
            <source>Evaluation</source>
            <translation type="vanished">Оценка</translation>
        </message>
        <message>
            <source>Here the working group will write the evaluation of the period: summary, progress, weak points, recommendations and proposed target corrections, and approve the round.</source>
            <translation type="vanished">Здесь рабочая группа напишет оценку периода: резюме, прогресс, слабые места, рекомендации и предлагаемые корректировки целевых значений — и утвердит отчётный период.</translation>
        </message>
        <message>
            <source>Save the evaluation of {period} before showing another period?</source>
            <translation>Сохранить оценку за {period} перед переходом к другому периоду?</translation>
        </message>
        <message>
            <source>Choose No to discard the changes.</source>
            <translation>Выберите «Нет», чтобы не сохранять изменения.</translation>
        </message>
        <message>
            <source>Save the evaluation of {period} before closing meapp?</source>
            <translation>Сохранить оценку за {period} перед закрытием meapp?</translation>
        </message>
        <message>
            <source>Choose Don't save to close without the changes.</source>
            <translation>Нажмите «Не сохранять», чтобы закрыть без изменений.</translation>
        </message>
        <message>
            <source>{code} {name}: progress {progress}</source>
            <translation>{code} {name}: прогресс {progress}</translation>
        </message>
        <message>
            <source>Double-click to open the monitoring grid</source>
            <translation>Дважды щёлкните, чтобы открыть таблицу мониторинга</translation>
        </message>
        <message>
            <source>{code} {title} (responsible: {executor})</source>
            <translation>{code} {title} (ответственный: {executor})</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>Задерживается</translation>
        </message>
        <message>
            <source>No indicator is off track and no measure is delayed.</source>
            <translation type="vanished">Нет ни отстающих индикаторов, ни задерживающихся мероприятий.</translation>
        </message>
        <message>
            <source>final target</source>
            <translation>целевое значение</translation>
        </message>
        <message>
            <source>Target revisions of the programme</source>
            <translation>Корректировки целевых значений программы</translation>
        </message>
        <message>
            <source>No target has been revised in this programme yet.</source>
            <translation>Целевые значения этой программы ещё не корректировались.</translation>
        </message>
        <message>
            <source>The period is approved and locked: the evaluation can be read but not changed. An administrator can reopen the round.</source>
            <translation>Период утверждён и заблокирован: оценку можно читать, но не изменять. Администратор может открыть период повторно.</translation>
        </message>
        <message>
            <source>Your role can read the evaluation; the chair of the working group (evaluator) writes it.</source>
            <translation>Ваша роль позволяет только читать оценку; её пишет председатель рабочей группы (оценщик).</translation>
        </message>
        <message>
            <source>Evaluation of {period}</source>
            <translation>Оценка за {period}</translation>
        </message>
        <message>
            <source>{programme} · round: {state}</source>
            <translation>{programme} · состояние периода: {state}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Есть несохранённые изменения</translation>
        </message>
        <message>
            <source>Saved {when}</source>
            <translation>Сохранено: {when}</translation>
        </message>
        <message>
            <source>Not written yet</source>
            <translation>Ещё не написана</translation>
        </message>
        <message>
            <source>Replace the parts you already wrote with the draft?</source>
            <translation>Заменить уже написанные части черновиком?</translation>
        </message>
        <message>
            <source>Parts written: {parts}. Choose No to fill only the empty parts.</source>
            <translation>Уже написаны: {parts}. Выберите «Нет», чтобы заполнить только пустые части.</translation>
        </message>
        <message>
            <source>Submit the round {period} to the chair?</source>
            <translation>Отправить данные за {period} председателю?</translation>
        </message>
        <message>
            <source>Approve the round {period}?</source>
            <translation>Утвердить данные за {period}?</translation>
        </message>
        <message>
            <source>After approval nothing in this period can be changed; only an administrator can reopen it.</source>
            <translation>После утверждения в этом периоде ничего нельзя изменить; открыть его повторно может только администратор.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Анализ прогресса</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Слабые места</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Предлагаемые корректировки целевых значений</translation>
        </message>
        <message>
            <source>No programme to evaluate</source>
            <translation>Нет программы для оценки</translation>
        </message>
        <message>
            <source>Create a programme or import one from Excel on the Plan page, then choose a period in the top bar.</source>
            <translation>Создайте программу или импортируйте её из Excel на странице «План», затем выберите период вверху окна.</translation>
        </message>
        <message>
            <source>The main results of the period in a few sentences.</source>
            <translation>Главные итоги периода в нескольких предложениях.</translation>
        </message>
        <message>
            <source>How the indicators and measures moved, by direction.</source>
            <translation>Как изменились индикаторы и мероприятия по направлениям.</translation>
        </message>
        <message>
            <source>What is behind, and why.</source>
            <translation>Что отстаёт и почему.</translation>
        </message>
        <message>
            <source>What the municipality should do next.</source>
            <translation>Что муниципалитету делать дальше.</translation>
        </message>
        <message>
            <source>Targets to revise, with the reason (the council decides).</source>
            <translation>Целевые значения для пересмотра и причина (решает кенеш).</translation>
        </message>
        <message>
            <source>Needs attention in this period</source>
            <translation>Требует внимания в этом периоде</translation>
        </message>
        <message>
            <source>Open before the round is approved; double-click to open its row</source>
            <translation>Открыто до утверждения периода; дважды щёлкните, чтобы открыть строку</translation>
        </message>
        <message>
            <source>Open before the round is approved</source>
            <translation>Открыто до утверждения периода</translation>
        </message>
        <message>
            <source>No indicator is off track, no measure is delayed and no data-quality item is open.</source>
            <translation>Нет ни отстающих индикаторов, ни задерживающихся мероприятий, ни открытых вопросов качества данных.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Draft from the data</source>
            <translation>Черновик по данным</translation>
        </message>
        <message>
            <source>Fill the empty parts from the figures of the period</source>
            <translation>Заполнить пустые части по данным периода</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save the evaluation (Ctrl+S)</source>
            <translation>Сохранить оценку (Ctrl+S)</translation>
        </message>
        <message>
            <source>Submit the round</source>
            <translation>Отправить период</translation>
        </message>
        <message>
            <source>Approve the round</source>
            <translation>Утвердить период</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Attach a file</source>
            <translation>Вложить файл</translation>
        </message>
        <message>
            <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</source>
            <translation>Документы и фото (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Storing the file…</source>
            <translation>Файл сохраняется…</translation>
        </message>
        <message>
            <source>Remove the file {name}?</source>
            <translation>Удалить файл {name}?</translation>
        </message>
        <message>
            <source>The file is deleted from the database; the audit trail keeps its name.</source>
            <translation>Файл удаляется из базы данных; журнал аудита сохраняет его имя.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файла</numerusform>
                <numerusform>%n файлов</numerusform>
            </translation>
        </message>
        <message>
            <source>No files are attached.</source>
            <translation>Вложенных файлов нет.</translation>
        </message>
        <message>
            <source>No files are attached yet. Choose the kind of document below, write its number and date, and press “Attach a file…”.</source>
            <translation>Файлы ещё не вложены. Выберите ниже вид документа, укажите его номер и дату и нажмите «Вложить файл…».</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждения</translation>
        </message>
        <message>
            <source>🔒 The period is approved: the files can be opened, not changed.</source>
            <translation>🔒 Период утверждён: файлы можно открыть, но не изменить.</translation>
        </message>
        <message>
            <source>Your role can open the files but not change them.</source>
            <translation>Ваша роль позволяет открывать файлы, но не изменять их.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Attach a new file</source>
            <translation>Вложить новый файл</translation>
        </message>
        <message>
            <source>&amp;Kind of document:</source>
            <translation>&amp;Вид документа:</translation>
        </message>
        <message>
            <source>Document &amp;number:</source>
            <translation>&amp;Номер документа:</translation>
        </message>
        <message>
            <source>Document &amp;date:</source>
            <translation>&amp;Дата документа:</translation>
        </message>
        <message>
            <source>&amp;Attach a file…</source>
            <translation>Вл&amp;ожить файл…</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialogs</name>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Plan items</source>
            <translation>Элементы плана</translation>
        </message>
        <message>
            <source>Measure budgets</source>
            <translation>Бюджеты мероприятий</translation>
        </message>
        <message>
            <source>Measure budgets per year</source>
            <translation>Бюджеты мероприятий по годам</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Индикаторы</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Целевые значения</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Рабочая группа</translation>
        </message>
        <message>
            <source>Group members</source>
            <translation>Члены группы</translation>
        </message>
        <message>
            <source>SWOT items</source>
            <translation>Пункты SWOT</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Риски</translation>
        </message>
        <message>
            <source>Reporting calendar</source>
            <translation>Календарь отчётности</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Общественные проверки</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Общественные слушания</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Предложения</translation>
        </message>
        <message>
            <source>Actual values</source>
            <translation>Фактические значения</translation>
        </message>
        <message>
            <source>Measure progress</source>
            <translation>Выполнение мероприятий</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Расходы</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Файлы подтверждений</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>Target revisions</source>
            <translation>Корректировки целевых значений</translation>
        </message>
        <message>
            <source>Reporting rounds</source>
            <translation>Отчётные периоды</translation>
        </message>
        <message>
            <source>value</source>
            <translation>значение</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>комментарий</translation>
        </message>
        <message>
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <source>% complete</source>
            <translation>выполнение, %</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>сумма</translation>
        </message>
        <message>
            <source>target</source>
            <translation>целевое значение</translation>
        </message>
        <message>
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>state</source>
            <translation>состояние</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>резюме</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новые</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменённые</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>conflicting</source>
            <translation>конфликтующие</translation>
        </message>
        <message>
            <source>outdated</source>
            <translation>устаревшие</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>заблокированные</translation>
        </message>
        <message>
            <source>meapp packages (*.mepkg);;All files (*)</source>
            <translation>Пакеты meapp (*.mepkg);;Все файлы (*)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Export package</source>
            <translation>Экспорт пакета</translation>
        </message>
        <message>
            <source>Writing the package…</source>
            <translation>Пакет записывается…</translation>
        </message>
        <message>
            <source>Not signed.</source>
            <translation>Не подписан.</translation>
        </message>
        <message>
            <source>What to send</source>
            <translation>Что отправить</translation>
        </message>
        <message>
            <source>The &amp;whole programme (the first package, or everything again)</source>
            <translation>&amp;Всю программу (первый пакет или всё заново)</translation>
        </message>
        <message>
            <source>The data of &amp;chosen periods:</source>
            <translation>Данные &amp;выбранных периодов:</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Файл пакета</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>&amp;Sign the package with my signing identity</source>
            <translation>&amp;Подписать пакет моим ключом подписи</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>Import package</source>
            <translation>Импорт пакета</translation>
        </message>
        <message>
            <source>Checking the package…</source>
            <translation>Проверка пакета…</translation>
        </message>
        <message>
            <source>Holds the whole programme, with the data of {periods}.</source>
            <translation>Содержит всю программу с данными за {periods}.</translation>
        </message>
        <message>
            <source>Holds the data of {periods}.</source>
            <translation>Содержит данные за {periods}.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Importing the package…</source>
            <translation>Импорт пакета…</translation>
        </message>
        <message>
            <source>Nothing changed: this database already holds everything in the package.</source>
            <translation>Ничего не изменилось: в этой базе данных уже есть всё, что в пакете.</translation>
        </message>
        <message>
            <source>&amp;Package:</source>
            <translation>&amp;Пакет:</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Выбрать…</translation>
        </message>
        <message>
            <source>Sender's signature</source>
            <translation>Подпись отправителя</translation>
        </message>
        <message>
            <source>I checked with the sender: import it anyway and record this signer</source>
            <translation type="vanished">Я уточнил у отправителя: всё равно импортировать и записать этого подписанта</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Оставить все &amp;мои</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Взять все &amp;их</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импорт</translation>
        </message>
        <message>
            <source>Sign the package</source>
            <translation>Подписать пакет</translation>
        </message>
        <message>
            <source>Choose a programme in the top bar first.</source>
            <translation>Сначала выберите программу в верхней панели.</translation>
        </message>
        <message>
            <source>The receiver sees who sent the package and that nothing changed on the way.</source>
            <translation>Получатель видит, кто отправил пакет и что в пути ничего не изменилось.</translation>
        </message>
        <message>
            <source>You have no signing identity, so the package goes unsigned. Create one with File → My signing identity…</source>
            <translation>У вас нет ключа подписи, поэтому пакет уходит без подписи. Создайте ключ: Файл → Мой ключ подписи…</translation>
        </message>
        <message>
            <source>Choose a package file (.mepkg) to see what it would change.</source>
            <translation>Выберите файл пакета (.mepkg), чтобы увидеть, что он изменит.</translation>
        </message>
        <message>
            <source>The programme is new here: it will be created.</source>
            <translation>Программа здесь новая: она будет создана.</translation>
        </message>
        <message>
            <source>Nothing would change: this database already holds all of it.</source>
            <translation>Ничего не изменится: в этой базе данных уже всё это есть.</translation>
        </message>
        <message>
            <source>Rows that would change approved (locked) periods here: %n. The package cannot be imported; an administrator can reopen the round first.</source>
            <translation>Строк, которые изменили бы утверждённые (заблокированные) здесь периоды: %n. Пакет нельзя импортировать; сначала администратор может открыть отчётный период повторно.</translation>
        </message>
        <message>
            <source>I checked with the sender: import this unsigned package anyway</source>
            <translation>Я уточнил у отправителя: всё равно импортировать этот неподписанный пакет</translation>
        </message>
        <message>
            <source>Nothing changed: this database already has newer data than the package.</source>
            <translation>Ничего не изменилось: в этой базе данных уже есть более новые данные, чем в пакете.</translation>
        </message>
        <message>
            <source>Nothing would change: this database already has newer data than the package (rows move forward only).</source>
            <translation>Ничего не изменится: в этой базе данных уже есть более новые данные, чем в пакете (строки движутся только вперёд).</translation>
        </message>
        <message>
            <source>Nobody vouches for where this package comes from.</source>
            <translation>Никто не ручается, откуда пришёл этот пакет.</translation>
        </message>
        <message>
            <source>I compared the SHA-256 fingerprint with the sender: import it and record this signer for {municipality}</source>
            <translation>Я сверил отпечаток SHA-256 с отправителем: импортировать и записать этого подписанта для {municipality}</translation>
        </message>
        <message>
            <source>Rows changed both here and in the package: %n. For each, keep mine (this database) or take theirs (the package).</source>
            <translation>Строк, изменённых и здесь, и в пакете: %n. Для каждой оставьте мою (эта база данных) или возьмите их (пакет).</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Mine (this database)</source>
            <translation>Моё (эта база данных)</translation>
        </message>
        <message>
            <source>Theirs (the package)</source>
            <translation>Их (пакет)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <source>Signed by {signer}.</source>
            <translation>Подписал(а): {signer}.</translation>
        </message>
        <message>
            <source>Package written: {file}</source>
            <translation>Пакет записан: {file}</translation>
        </message>
        <message>
            <source>{rows} rows and {files} evidence files. {signed}</source>
            <translation>Строк: {rows}, файлов подтверждений: {files}. {signed}</translation>
        </message>
        <message>
            <source>{municipality} · {title} ({code})</source>
            <translation>{municipality} · {title} ({code})</translation>
        </message>
        <message>
            <source>Sent by {sender} on {date}.</source>
            <translation>Отправил(а) {sender}, {date}.</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Оставить моё</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Взять их</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выберите…</translation>
        </message>
        <message>
            <source>taken</source>
            <translation>принимается</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>отклоняется</translation>
        </message>
        <message>
            <source>Rows the import would change:</source>
            <translation>Строки, которые изменит импорт:</translation>
        </message>
        <message>
            <source>No row would change.</source>
            <translation>Ни одна строка не изменится.</translation>
        </message>
        <message>
            <source>Password of your signing identity ({login}):</source>
            <translation>Пароль вашего ключа подписи ({login}):</translation>
        </message>
        <message>
            <source>Signer's certificate: {who}; valid {start} – {end}; SHA-256 {sha256}</source>
            <translation>Сертификат подписанта: {who}; действителен {start} – {end}; SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>New rows: {n}</source>
            <translation>Новых строк: {n}</translation>
        </message>
        <message>
            <source>Updated rows: {n}</source>
            <translation>Обновлённых строк: {n}</translation>
        </message>
        <message>
            <source>Kept as they are here: {n}</source>
            <translation>Оставлено как здесь: {n}</translation>
        </message>
        <message>
            <source>Older than here, left alone: {n}</source>
            <translation>Старее, чем здесь, не тронуто: {n}</translation>
        </message>
        <message>
            <source>The signer {signer} is now recorded for {municipality}.</source>
            <translation>{signer} теперь записан(а) как подписант для {municipality}.</translation>
        </message>
        <message>
            <source>The programme {code} was imported.</source>
            <translation>Программа {code} импортирована.</translation>
        </message>
        <message>
            <source>The package was imported into {code}.</source>
            <translation>Пакет импортирован в программу {code}.</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>meapp — the administrator</source>
            <translation>meapp — администратор</translation>
        </message>
        <message>
            <source>The database {name} has no users yet. Create the administrator account: the administrator adds the other users and gives them roles. Keep the password safe; from the next start everybody logs in.</source>
            <translation>В базе данных {name} ещё нет пользователей. Создайте учётную запись администратора: администратор добавляет остальных пользователей и назначает им роли. Храните пароль надёжно; со следующего запуска все входят под своим логином.</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ФИО:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>&amp;Должность:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Пароль &amp;ещё раз:</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Позже</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice.</source>
            <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>New programme</source>
            <translation>Новая программа</translation>
        </message>
        <message>
            <source>Welcome to meapp</source>
            <translation>Добро пожаловать в meapp</translation>
        </message>
        <message>
            <source>The database {name} holds no programme yet. How would you like to begin?</source>
            <translation>В базе данных {name} пока нет программы. С чего начнём?</translation>
        </message>
        <message>
            <source>Add a programme to the database {name}:</source>
            <translation>Добавить программу в базу данных {name}:</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Create the demo programme</source>
            <translation>Создать демо-программу</translation>
        </message>
        <message>
            <source>A town programme with four directions and two years of half-year data, to look around and practise. Users {users}, password: {password}.</source>
            <translation>Программа города с четырьмя направлениями и данными за два года по полугодиям — чтобы осмотреться и потренироваться. Пользователи: {users}, пароль: {password}.</translation>
        </message>
        <message>
            <source>Start an empty programme</source>
            <translation>Начать пустую программу</translation>
        </message>
        <message>
            <source>Give the title, the municipality and the years; import the plan later.</source>
            <translation>Укажите название, муниципалитет и годы; план можно импортировать позже.</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Открыть другой файл базы данных</translation>
        </message>
        <message>
            <source>A meapp database from this computer or a USB stick.</source>
            <translation>База данных meapp с этого компьютера или с флешки.</translation>
        </message>
        <message>
            <source>Creating the demo programme…</source>
            <translation>Создаётся демо-программа…</translation>
        </message>
        <message>
            <source>Open a meapp database</source>
            <translation>Открыть базу данных meapp</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>Базы данных meapp (*.db *.sqlite);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>FormBase</name>
        <message>
            <source>⚠ {field}: {problem}</source>
            <translation>⚠ {field}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>HearingDialog</name>
        <message>
            <source>New hearing or meeting</source>
            <translation>Новые слушания или заседание</translation>
        </message>
        <message>
            <source>Hearing or meeting</source>
            <translation>Слушания или заседание</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Место:</translation>
        </message>
        <message>
            <source>&amp;Attendance:</source>
            <translation>&amp;Участников:</translation>
        </message>
        <message>
            <source>&amp;Women among them:</source>
            <translation>Из них &amp;женщин:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Примечания:</translation>
        </message>
    </context>
    <context>
        <name>HearingsTab</name>
        <message>
            <source>{period} is approved: this hearing and its proposals can be read, not changed.</source>
            <translation>Период «{period}» утверждён: это слушание (заседание) и предложения к нему можно прочитать, но не изменить.</translation>
        </message>
        <message>
            <source>Delete this {kind} of {date}?</source>
            <translation>Удалить эту запись ({kind}) от {date}?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n proposal(s) and attached files are deleted with it.</source>
            <translation>
                <numerusform>Вместе с ним удаляются %n предложение и вложенные файлы.</numerusform>
                <numerusform>Вместе с ним удаляются %n предложения и вложенные файлы.</numerusform>
                <numerusform>Вместе с ним удаляются %n предложений и вложенные файлы.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the proposal “{text}”?</source>
            <translation>Удалить предложение «{text}»?</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Участников</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Женщин</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Предложений</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>Proposal received</source>
            <translation>Поступившее предложение</translation>
        </message>
        <message>
            <source>Answer / what was done</source>
            <translation>Ответ / что сделано</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>&amp;Add hearing or meeting…</source>
            <translation>&amp;Добавить слушания или заседание…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Minutes and &amp;photos…</source>
            <translation>Протокол и &amp;фото…</translation>
        </message>
        <message>
            <source>Add &amp;proposal…</source>
            <translation>Добавить &amp;предложение…</translation>
        </message>
        <message>
            <source>Edit proposal / &amp;answer…</source>
            <translation>Изменить предложение / &amp;ответ…</translation>
        </message>
        <message>
            <source>Delete proposal</source>
            <translation>Удалить предложение</translation>
        </message>
        <message>
            <source>No hearings or meetings yet. After a public hearing or an expanded meeting of the group, press “Add hearing or meeting…” and record the date, place and attendance, then the proposals received.</source>
            <translation>Слушаний и заседаний пока нет. После общественных слушаний или расширенного заседания группы нажмите «Добавить слушания или заседание…» и запишите дату, место и число участников, затем поступившие предложения.</translation>
        </message>
        <message>
            <source>No proposals recorded. Press “Add proposal…” for each one received.</source>
            <translation>Предложения не записаны. Нажмите «Добавить предложение…» для каждого поступившего.</translation>
        </message>
    </context>
    <context>
        <name>HeatMatrix</name>
        <message>
            <source>Likelihood {likelihood} × impact {impact} = {score} ({level}); open risks: {n}</source>
            <translation>Вероятность {likelihood} × влияние {impact} = {score} ({level}); открытых рисков: {n}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>The dashboard shows the state of the programme at a glance: its approval, how many directions, measures and indicators it has, and which reporting rounds are open, submitted or approved. Choose the programme and the period at the top.</source>
            <translation>«Обзор» показывает состояние программы с первого взгляда: её утверждение, число направлений, мероприятий и индикаторов и какие отчётные периоды открыты, отправлены или утверждены. Программу и период выберите вверху.</translation>
        </message>
        <message>
            <source>The plan is the programme tree: priority directions, sectors, objectives and measures, with the indicators under them. Click a line to see its details on the right. Press Ctrl+F and type a word or a code to filter the tree.</source>
            <translation>План — дерево программы: приоритетные направления, отрасли, задачи и мероприятия, под ними индикаторы. Щёлкните строку, чтобы увидеть подробности справа. Нажмите Ctrl+F и введите слово или код, чтобы отфильтровать дерево.</translation>
        </message>
        <message>
            <source>Monitoring is where the half-year actuals of indicators and the status and spending of measures are entered, with their evidence. An approved period is locked and cannot be changed.</source>
            <translation>На странице «Мониторинг» вводятся фактические значения индикаторов за полугодие, статус и расходы мероприятий вместе с подтверждениями. Утверждённый период заблокирован и не меняется.</translation>
        </message>
        <message>
            <source>Evaluation holds the working group's text for a period: summary, progress, weak points, recommendations and proposed target corrections.</source>
            <translation>«Оценка» содержит текст рабочей группы за период: резюме, прогресс, слабые места, рекомендации и предлагаемые корректировки целевых значений.</translation>
        </message>
        <message>
            <source>Reports builds the half-year report, the annual report and the citizen summary as PDF, and the Excel tables; signed reports can be verified here.</source>
            <translation>«Отчёты» формирует полугодовой отчёт, годовой отчёт и краткий отчёт для граждан в PDF, а также таблицы Excel; здесь же можно проверить подписанные отчёты.</translation>
        </message>
        <message>
            <source>The working group page lists the members of the monitoring working group, the order that formed it, and checks the shares of women and young people.</source>
            <translation>Страница «Рабочая группа» содержит состав рабочей группы по мониторингу и оценке, распоряжение о её создании и проверку доли женщин и молодёжи.</translation>
        </message>
        <message>
            <source>Risks lists what may stop the programme, with likelihood, impact and mitigation, next to the SWOT analysis.</source>
            <translation>«Риски» перечисляет то, что может помешать программе, с вероятностью, влиянием и мерами снижения, рядом со SWOT-анализом.</translation>
        </message>
        <message>
            <source>The audit trail shows every change: who, when, what was before and after. The trail is chained, so any later edit of history is detected.</source>
            <translation>Журнал аудита показывает каждое изменение: кто, когда, что было до и после. Записи связаны в цепочку, поэтому любое последующее изменение истории обнаруживается.</translation>
        </message>
        <message>
            <source>Users and their roles: a viewer reads, an editor enters data, an evaluator approves rounds and signs reports, an administrator sets up the programme and users.</source>
            <translation>Пользователи и их роли: наблюдатель читает, редактор вводит данные, оценщик утверждает отчётные периоды и подписывает отчёты, администратор настраивает программу и пользователей.</translation>
        </message>
        <message>
            <source>Settings: the language of the program (it changes at once), the traffic-light thresholds of the programme, and the folder for backups.</source>
            <translation>Настройки: язык программы (меняется сразу), пороги светофора программы и папка для резервных копий.</translation>
        </message>
        <message>
            <source>Press F1 on any page to read its guide. Keyboard: Ctrl+1 … Ctrl+9 open the pages, Ctrl+F searches, Ctrl+O opens another database, Ctrl+Q quits.</source>
            <translation>Нажмите F1 на любой странице, чтобы прочитать её справку. Клавиатура: Ctrl+1 … Ctrl+9 открывают страницы, Ctrl+F — поиск, Ctrl+O открывает другую базу данных, Ctrl+Q — выход.</translation>
        </message>
    </context>
    <context>
        <name>HelpPage</name>
        <message>
            <source>Save the guide as PDF</source>
            <translation>Сохранить руководство в PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the guide…</source>
            <translation>Руководство записывается…</translation>
        </message>
        <message>
            <source>The guide was saved.</source>
            <translation>Руководство сохранено.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Сохранить в &amp;PDF…</translation>
        </message>
        <message>
            <source>The whole guide as one PDF file, to print</source>
            <translation>Всё руководство одним файлом PDF, для печати</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation type="vanished">Клавиатура</translation>
        </message>
        <message>
            <source>help for the current page</source>
            <translation type="vanished">справка по текущей странице</translation>
        </message>
        <message>
            <source>open the first nine pages of the navigation</source>
            <translation type="vanished">открыть первые девять страниц навигации</translation>
        </message>
        <message>
            <source>previous or next page</source>
            <translation type="vanished">предыдущая или следующая страница</translation>
        </message>
        <message>
            <source>move between the navigation and the page</source>
            <translation type="vanished">переход между навигацией и страницей</translation>
        </message>
        <message>
            <source>search on the current page</source>
            <translation type="vanished">поиск на текущей странице</translation>
        </message>
        <message>
            <source>open another database</source>
            <translation type="vanished">открыть другую базу данных</translation>
        </message>
        <message>
            <source>quit</source>
            <translation type="vanished">выход</translation>
        </message>
        <message>
            <source>monitoring and evaluation of municipal development programmes</source>
            <translation type="vanished">мониторинг и оценка муниципальных программ развития</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>Выполнено, %</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Расходы</translation>
        </message>
        <message>
            <source>History of this value</source>
            <translation>История этого значения</translation>
        </message>
        <message>
            <source>{subject} · {period}</source>
            <translation>{subject} · {period}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>No change of this value has been recorded yet.</source>
            <translation>Изменения этого значения пока не записаны.</translation>
        </message>
        <message>
            <source>imported from {file}</source>
            <translation>импортировано из {file}</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>очищено</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>final</source>
            <translation>целевое значение</translation>
        </message>
        <message>
            <source>Targets below the baseline ({baseline}) of an indicator to increase: {periods}</source>
            <translation>Целевые значения ниже базового ({baseline}) у индикатора на увеличение: {periods}</translation>
        </message>
        <message>
            <source>Targets above the baseline ({baseline}) of an indicator to decrease: {periods}</source>
            <translation>Целевые значения выше базового ({baseline}) у индикатора на снижение: {periods}</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>&amp;Код:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Unit of measure:</source>
            <translation>&amp;Единица измерения:</translation>
        </message>
        <message>
            <source>&amp;Value type:</source>
            <translation>&amp;Тип значения:</translation>
        </message>
        <message>
            <source>Di&amp;rection:</source>
            <translation>&amp;Направленность:</translation>
        </message>
        <message>
            <source>How periods &amp;combine:</source>
            <translation>Как &amp;объединяются периоды:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Уровень:</translation>
        </message>
        <message>
            <source>&amp;Baseline value:</source>
            <translation>&amp;Базовое значение:</translation>
        </message>
        <message>
            <source>&amp;Targets:</source>
            <translation>&amp;Целевые значения:</translation>
        </message>
        <message>
            <source>&amp;Final target:</source>
            <translation>&amp;Итоговое целевое значение:</translation>
        </message>
        <message>
            <source>Data &amp;source:</source>
            <translation>&amp;Источник данных:</translation>
        </message>
        <message>
            <source>Measurement &amp;method:</source>
            <translation>&amp;Метод измерения:</translation>
        </message>
        <message>
            <source>Verifying &amp;document:</source>
            <translation>Подтверждающий &amp;документ:</translation>
        </message>
        <message>
            <source>Res&amp;ponsible:</source>
            <translation>&amp;Ответственный:</translation>
        </message>
        <message>
            <source>Methodology note:</source>
            <translation>Методическое примечание:</translation>
        </message>
        <message>
            <source>Measurement frequency:</source>
            <translation>Периодичность измерения:</translation>
        </message>
        <message>
            <source>Measurement date:</source>
            <translation>Дата измерения:</translation>
        </message>
        <message>
            <source>Weight in roll-ups:</source>
            <translation>Вес при сведении:</translation>
        </message>
        <message>
            <source>Issue:</source>
            <translation>Проблема:</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Группа:</translation>
        </message>
        <message>
            <source>in the year</source>
            <translation>в году</translation>
        </message>
        <message>
            <source>Type a year's target, or the half-years' own. ≈ marks a derived value; a lock marks an approved year, whose targets change only by a revision.</source>
            <translation>Введите целевое значение года или собственные значения полугодий. ≈ отмечает вычисленное значение; замок — утверждённый год, его значения меняются только через корректировку.</translation>
        </message>
        <message>
            <source>As written in the council's indicator matrix</source>
            <translation>Как записано в матрице индикаторов кенеша</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Demo users: {users}; password: {password}</source>
            <translation>Демо-пользователи: {users}; пароль: {password}</translation>
        </message>
        <message>
            <source>meapp — log in</source>
            <translation>meapp — вход</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>База данных: {name}</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>Type your login.</source>
            <translation>Введите логин.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open a meapp database</source>
            <translation>Открыть базу данных meapp</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>Базы данных meapp (*.db *.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>This page has no search.</source>
            <translation>На этой странице нет поиска.</translation>
        </message>
        <message>
            <source>Help: {page}</source>
            <translation>Справка: {page}</translation>
        </message>
        <message>
            <source>The guides of all pages are on the Help page.</source>
            <translation type="vanished">Справка по всем страницам — на странице «Справка».</translation>
        </message>
        <message>
            <source>Logged in as {login} ({role})</source>
            <translation>Вы вошли как {login} ({role})</translation>
        </message>
        <message>
            <source>About meapp</source>
            <translation>О программе meapp</translation>
        </message>
        <message>
            <source>meapp {version}: monitoring and evaluation of municipal development programmes. Works without internet; your data stay in {folder}.</source>
            <translation>meapp {version}: мониторинг и оценка муниципальных программ развития. Работает без интернета; ваши данные хранятся в {folder}.</translation>
        </message>
        <message>
            <source>Open for data entry</source>
            <translation>Открыт для ввода данных</translation>
        </message>
        <message>
            <source>Submitted · {who} · {date}</source>
            <translation>Отправлен · {who} · {date}</translation>
        </message>
        <message>
            <source>Approved · {who} · {date}</source>
            <translation>Утверждён · {who} · {date}</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>База данных: {name}</translation>
        </message>
        <message>
            <source>Viewing only</source>
            <translation>Только просмотр</translation>
        </message>
        <message>
            <source>Set-up mode (no users yet)</source>
            <translation>Режим настройки (пользователей пока нет)</translation>
        </message>
        <message>
            <source>User: {login} ({role})</source>
            <translation>Пользователь: {login} ({role})</translation>
        </message>
        <message>
            <source>No period</source>
            <translation>Нет периода</translation>
        </message>
        <message>
            <source>Period open</source>
            <translation>Период открыт</translation>
        </message>
        <message>
            <source>Period submitted, awaiting approval</source>
            <translation>Период отправлен, ждёт утверждения</translation>
        </message>
        <message>
            <source>Period locked (approved)</source>
            <translation>Период заблокирован (утверждён)</translation>
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation>Резервная копия сохранена: {file}</translation>
        </message>
        <message>
            <source>Backups: by the database server</source>
            <translation>Резервные копии: средствами сервера базы данных</translation>
        </message>
        <message>
            <source>The last backup failed</source>
            <translation>Последнее резервное копирование не удалось</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>Резервной копии пока нет</translation>
        </message>
        <message>
            <source>Last backup: {time}</source>
            <translation>Последняя резервная копия: {time}</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Программа:</translation>
        </message>
        <message>
            <source>P&amp;eriod:</source>
            <translation>П&amp;ериод:</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;New programme…</source>
            <translation>&amp;Новая программа…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Export package…</source>
            <translation>&amp;Экспорт пакета…</translation>
        </message>
        <message>
            <source>&amp;Import package…</source>
            <translation>&amp;Импорт пакета…</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Создать резервную копию…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>My &amp;signing identity…</source>
            <translation>Мой &amp;ключ подписи…</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF…</source>
            <translation>&amp;Проверить подписанный PDF…</translation>
        </message>
        <message>
            <source>&amp;Log out / switch user…</source>
            <translation>С&amp;менить пользователя / выйти…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>Page &amp;names in the navigation</source>
            <translation>&amp;Названия страниц в навигации</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Help for this page</source>
            <translation>&amp;Справка по этой странице</translation>
        </message>
        <message>
            <source>&amp;About meapp</source>
            <translation>&amp;О программе meapp</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>New member</source>
            <translation>Новый член группы</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Член группы</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ФИО:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Должность:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Организация:</translation>
        </message>
        <message>
            <source>&amp;Side:</source>
            <translation>&amp;Сторона:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Пол:</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>&amp;Год рождения:</translation>
        </message>
        <message>
            <source>&amp;Role in the group:</source>
            <translation>&amp;Роль в группе:</translation>
        </message>
        <message>
            <source>surname, name, patronymic</source>
            <translation>фамилия, имя, отчество</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Remove {name} from the working group?</source>
            <translation>Исключить {name} из рабочей группы?</translation>
        </message>
        <message>
            <source>Order forming the group: &amp;No.</source>
            <translation>Распоряжение о создании группы: &amp;№</translation>
        </message>
        <message>
            <source>&amp;dated</source>
            <translation>&amp;от</translation>
        </message>
        <message>
            <source>Save the order</source>
            <translation>Сохранить распоряжение</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Кем утверждена:</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>for another body: its name</source>
            <translation>если другой орган: его название</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Год рожд.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation>&amp;Добавить члена…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <source>No members yet. Press “Add member…” and enter the members named in the order: the chair, the secretary and the members from the mayor's office, the council, business and civic organisations.</source>
            <translation>Членов группы пока нет. Нажмите «Добавить члена…» и внесите названных в распоряжении: председателя, секретаря и членов от мэрии, кенеша, бизнеса и гражданских организаций.</translation>
        </message>
        <message>
            <source>No members yet. The chair of the group or an administrator enters them.</source>
            <translation>Членов группы пока нет. Их вносит председатель группы или администратор.</translation>
        </message>
        <message>
            <source>Only the chair of the group (evaluator) or an administrator can change the members and the order.</source>
            <translation>Изменять состав и распоряжение может только председатель группы (оценщик) или администратор.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Nothing was changed. Correct the input and try again.</source>
            <translation>Ничего не изменено. Исправьте ввод и попробуйте снова.</translation>
        </message>
        <message>
            <source>The period is approved and locked. An administrator can reopen it.</source>
            <translation>Период утверждён и заблокирован. Администратор может открыть его повторно.</translation>
        </message>
        <message>
            <source>Someone else changed this meanwhile. Your change was not saved; reload and try again.</source>
            <translation>Кто-то другой тем временем изменил эти данные. Ваше изменение не сохранено; обновите и попробуйте снова.</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask an administrator.</source>
            <translation>Ваша роль этого не позволяет. Обратитесь к администратору.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ничего не изменено.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>meapp</source>
            <translation>meapp</translation>
        </message>
        <message>
            <source>Something went wrong inside meapp. This is a bug.</source>
            <translation>Внутри meapp произошла ошибка. Это ошибка программы.</translation>
        </message>
        <message>
            <source>Your data are safe: an unfinished change is not saved. Details are in the log file.</source>
            <translation>Ваши данные в безопасности: незавершённое изменение не сохраняется. Подробности — в файле журнала.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringGrid</name>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базовое</translation>
        </message>
        <message>
            <source>The baseline value and its year</source>
            <translation>Базовое значение и базовый год</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>The target for the period; for a cumulative indicator the total since the baseline year, for one summed within the year the year's target to date. ≈ marks a target derived from the yearly ones.</source>
            <translation>Целевое значение на период; для накопительного индикатора — сумма с базового года, для суммы за год — цель года на текущую дату. ≈ отмечает значение, выведенное из годовых.</translation>
        </message>
        <message>
            <source>Cumulative indicators: the total since the baseline year; indicators summed within the year: the total of the year so far. Compared with the target</source>
            <translation>Накопительные индикаторы: сумма с базового года; суммы за год: сумма с начала года. Сравнивается с целевым значением</translation>
        </message>
        <message>
            <source>The total of {year} so far, compared with the year's target</source>
            <translation>Сумма за {year} год с начала года, сравнивается с целью года</translation>
        </message>
        <message>
            <source>The target for the period; for a cumulative indicator the total since the baseline year. ≈ marks a target derived from the yearly ones.</source>
            <translation type="vanished">Целевое значение на период; для накопительного индикатора — сумма с базового года. ≈ отмечает значение, выведенное из годовых.</translation>
        </message>
        <message>
            <source>Actual ✎</source>
            <translation>Факт ✎</translation>
        </message>
        <message>
            <source>Type the actual value of this period (comma or dot; spaces between thousands are fine). Enter or Tab moves to the next cell.</source>
            <translation>Введите фактическое значение за период (запятая или точка; пробелы между тысячами допустимы). Enter или Tab переходит к следующей ячейке.</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Нарастающим</translation>
        </message>
        <message>
            <source>Cumulative indicators: the total since the baseline year, compared with the target</source>
            <translation type="vanished">Накопительные индикаторы: сумма с базового года, сравнивается с целевым значением</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Прогресс</translation>
        </message>
        <message>
            <source>Plan, %</source>
            <translation>План, %</translation>
        </message>
        <message>
            <source>Actual ÷ target (target ÷ actual for a decreasing indicator)</source>
            <translation>Факт ÷ целевое значение (целевое значение ÷ факт для снижающегося индикатора)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Comment ✎</source>
            <translation>Комментарий ✎</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждения</translation>
        </message>
        <message>
            <source>Attached documents; double-click to see or attach them</source>
            <translation>Вложенные документы; дважды щёлкните, чтобы посмотреть или вложить</translation>
        </message>
        <message>
            <source>Derived from the yearly targets (≈)</source>
            <translation>Выведено из годовых целевых значений (≈)</translation>
        </message>
        <message>
            <source>Baseline year: {year}</source>
            <translation>Базовый год: {year}</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Status ✎</source>
            <translation>Статус ✎</translation>
        </message>
        <message>
            <source>Choose the status; a period without its own entry shows the last one</source>
            <translation>Выберите статус; период без своей записи показывает последний</translation>
        </message>
        <message>
            <source>% done ✎</source>
            <translation>Выполнено, % ✎</translation>
        </message>
        <message>
            <source>spent ✎</source>
            <translation type="vanished">израсходовано ✎</translation>
        </message>
        <message>
            <source>spent, som ✎</source>
            <translation>израсходовано, сом ✎</translation>
        </message>
        <message>
            <source>Responsible executor: {who}</source>
            <translation>Ответственный исполнитель: {who}</translation>
        </message>
        <message>
            <source>Deadline: {deadline}</source>
            <translation>Срок реализации: {deadline}</translation>
        </message>
        <message>
            <source>Carried over from an earlier period</source>
            <translation>Перенесено из предыдущего периода</translation>
        </message>
        <message>
            <source>Nothing planned from this source for this measure</source>
            <translation>Из этого источника для мероприятия ничего не запланировано</translation>
        </message>
        <message>
            <source>Planned: {planned} · spent to date: {spent} ({share})</source>
            <translation>Запланировано: {planned} · израсходовано на дату: {spent} ({share})</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPage</name>
        <message>
            <source>Programme progress: {progress}</source>
            <translation>Прогресс программы: {progress}</translation>
        </message>
        <message>
            <source>Measures: {done} done, {in_progress} in progress, {not_started} not started, {delayed} delayed, {cancelled} cancelled</source>
            <translation>Мероприятия: выполнено {done}, выполняется {in_progress}, не начато {not_started}, задерживается {delayed}, отменено {cancelled}</translation>
        </message>
        <message>
            <source>Pasted {n} cells.</source>
            <translation>Вставлено ячеек: {n}.</translation>
        </message>
        <message>
            <source>Submit the figures of {period} to the chair?</source>
            <translation>Отправить показатели за {period} председателю?</translation>
        </message>
        <message>
            <source>The data can still be corrected until the round is approved.</source>
            <translation>Пока период не утверждён, данные ещё можно исправить.</translation>
        </message>
        <message>
            <source>Approve the round {period}?</source>
            <translation>Утвердить отчётный период {period}?</translation>
        </message>
        <message>
            <source>After approval nobody can change the figures of this period; only an administrator can reopen it, giving a reason.</source>
            <translation>После утверждения никто не сможет изменить показатели этого периода; открыть его повторно может только администратор с указанием причины.</translation>
        </message>
        <message>
            <source>Reopen the round</source>
            <translation>Открыть период повторно</translation>
        </message>
        <message>
            <source>Why is the round {period} reopened? The reason is kept in the audit trail.</source>
            <translation>Почему период {period} открывается повторно? Причина сохраняется в журнале аудита.</translation>
        </message>
        <message>
            <source>History of this value…</source>
            <translation>История этого значения…</translation>
        </message>
        <message>
            <source>Revise target…</source>
            <translation>Скорректировать целевое значение…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Подтверждения…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Вставить</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Календарь…</translation>
        </message>
        <message>
            <source>The programme's reporting deadlines</source>
            <translation>Сроки отчётности программы</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>&amp;Отправить</translation>
        </message>
        <message>
            <source>Hand the figures of the period to the chair</source>
            <translation>Отправить показатели периода председателю</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Утвердить</translation>
        </message>
        <message>
            <source>Approve the round: the period is locked afterwards</source>
            <translation>Утвердить период: после этого он блокируется</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>Открыть &amp;повторно…</translation>
        </message>
        <message>
            <source>Only an administrator reopens a round, giving a reason</source>
            <translation>Повторно открыть период может только администратор, указав причину</translation>
        </message>
        <message>
            <source>Indicators ({n})</source>
            <translation>Индикаторы ({n})</translation>
        </message>
        <message>
            <source>Measures ({n})</source>
            <translation>Мероприятия ({n})</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программы пока нет</translation>
        </message>
        <message>
            <source>Create the programme with File → New programme: import the council's Excel tables or start with the demo data.</source>
            <translation>Создайте программу через Файл → Новая программа: импортируйте таблицы Excel кенеша или начните с демо-данных.</translation>
        </message>
        <message>
            <source>No reporting period</source>
            <translation>Нет отчётного периода</translation>
        </message>
        <message>
            <source>The programme has no reporting periods. Check its start and end years on the Plan page, then choose a period in the top bar.</source>
            <translation>У программы нет отчётных периодов. Проверьте годы начала и окончания на странице «План», затем выберите период вверху.</translation>
        </message>
        <message>
            <source>No indicators</source>
            <translation>Индикаторов нет</translation>
        </message>
        <message>
            <source>Import the indicator matrix on the Plan page; the indicators then appear here for every period.</source>
            <translation>Импортируйте матрицу индикаторов на странице «План»; затем индикаторы появятся здесь для каждого периода.</translation>
        </message>
        <message>
            <source>No measures</source>
            <translation>Мероприятий нет</translation>
        </message>
        <message>
            <source>Import the action plan on the Plan page; its measures then appear here.</source>
            <translation>Импортируйте план мероприятий на странице «План»; затем его мероприятия появятся здесь.</translation>
        </message>
        <message>
            <source>Approved · {who} · {date}. The figures of {period} are locked: only an administrator can reopen the round.</source>
            <translation>Утверждено · {who} · {date}. Показатели за {period} заблокированы: открыть период повторно может только администратор.</translation>
        </message>
        <message>
            <source>You can look at the figures; entering them needs the role of an editor.</source>
            <translation>Вы можете смотреть показатели; для ввода нужна роль редактора.</translation>
        </message>
        <message>
            <source>The round is submitted and waits for the chair's approval; corrections are still possible.</source>
            <translation>Период отправлен и ждёт утверждения председателем; исправления ещё возможны.</translation>
        </message>
        <message>
            <source>Here you will enter the half-year actuals of the indicators and the status, per cent complete and spending of the measures, attach evidence and submit the round.</source>
            <translation type="vanished">Здесь вы будете вводить фактические значения индикаторов за полугодие, состояние, процент выполнения и расходы мероприятий, прикреплять подтверждения и отправлять отчётный период.</translation>
        </message>
        <message>
            <source>row {row}, column «{column}»</source>
            <translation>строка {row}, столбец «{column}»</translation>
        </message>
        <message>
            <source>not a measure status: {text}</source>
            <translation>не статус мероприятия: {text}</translation>
        </message>
        <message>
            <source>the values are computed here; paste into a ✎ column</source>
            <translation>здесь значения вычисляются; вставляйте в столбец с ✎</translation>
        </message>
        <message>
            <source>the block reaches beyond the table</source>
            <translation>блок выходит за пределы таблицы</translation>
        </message>
        <message>
            <source>nothing planned from this source here</source>
            <translation>здесь из этого источника ничего не запланировано</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>строка {row}</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Show the page names</source>
            <translation>Показать названия страниц</translation>
        </message>
        <message>
            <source>Hide names</source>
            <translation>Скрыть названия</translation>
        </message>
        <message>
            <source>Show icons only</source>
            <translation>Показывать только значки</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Рабочая группа</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Риски</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Аудит</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Пользователи</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Справка</translation>
        </message>
    </context>
    <context>
        <name>OverdueBanner</name>
        <message>
            <source>Reporting calendar…</source>
            <translation>Календарь отчётности…</translation>
        </message>
        <message>
            <source>…and {n} more overdue</source>
            <translation>…и ещё просрочено: {n}</translation>
        </message>
        <message>
            <source>Overdue on the reporting calendar:</source>
            <translation>Просрочено по календарю отчётности:</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Предыдущая страница (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Следующая страница (Page Down)</translation>
        </message>
    </context>
    <context>
        <name>PlanExportDialog</name>
        <message>
            <source>Kyrgyz</source>
            <translation>Кыргызский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Export the plan to Excel</source>
            <translation>Экспорт плана в Excel</translation>
        </message>
        <message>
            <source>The programme {title} in the council's table layout.</source>
            <translation>Программа {title} в форме таблиц кенеша.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Что:</translation>
        </message>
        <message>
            <source>Headers in:</source>
            <translation>Язык заголовков:</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Сохранить как:</translation>
        </message>
        <message>
            <source>The action plan</source>
            <translation>План мероприятий</translation>
        </message>
        <message>
            <source>The indicator matrix</source>
            <translation>Матрица индикаторов</translation>
        </message>
        <message>
            <source>Both, as two sheets of one workbook</source>
            <translation>Оба, как два листа одной книги</translation>
        </message>
        <message>
            <source>Add each measure's status and spending in {period}</source>
            <translation>Добавить статус и расходы каждого мероприятия за {period}</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспортировать</translation>
        </message>
        <message>
            <source>Save the Excel file</source>
            <translation>Сохранить файл Excel</translation>
        </message>
        <message>
            <source>The folder does not exist: {folder}</source>
            <translation>Папка не существует: {folder}</translation>
        </message>
        <message>
            <source>The Excel file was written.</source>
            <translation>Файл Excel записан.</translation>
        </message>
        <message>
            <source>Saved to {file}</source>
            <translation>Сохранено в {file}</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Запись файла Excel…</translation>
        </message>
    </context>
    <context>
        <name>PlanImportWizard</name>
        <message>
            <source>Priority directions</source>
            <translation>Приоритетные направления</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Отрасли</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Индикаторы</translation>
        </message>
        <message>
            <source>Import the plan from Excel</source>
            <translation>Импорт плана из Excel</translation>
        </message>
        <message>
            <source>Step 1: the council's tables and the programme they go into.</source>
            <translation>Шаг 1: таблицы кенеша и программа, в которую они войдут.</translation>
        </message>
        <message>
            <source>Choose the action plan and/or the indicator matrix as the council approved them (.xlsx). One workbook may hold both; then choose it once. Nothing is changed until you press Import after the preview.</source>
            <translation>Выберите план мероприятий и/или матрицу индикаторов в том виде, в каком их утвердил кенеш (.xlsx). Обе таблицы могут быть в одной книге; тогда выберите её один раз. Ничего не изменится, пока после предпросмотра вы не нажмёте «Импортировать».</translation>
        </message>
        <message>
            <source>Action plan:</source>
            <translation>План мероприятий:</translation>
        </message>
        <message>
            <source>Indicator matrix:</source>
            <translation>Матрица индикаторов:</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Куда импортировать:</translation>
        </message>
        <message>
            <source>Choose the action plan</source>
            <translation>Выберите план мероприятий</translation>
        </message>
        <message>
            <source>Choose the indicator matrix</source>
            <translation>Выберите матрицу индикаторов</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>path of the .xlsx file</source>
            <translation>путь к файлу .xlsx</translation>
        </message>
        <message>
            <source>optional: a second .xlsx file</source>
            <translation>необязательно: второй файл .xlsx</translation>
        </message>
        <message>
            <source>{title} ({municipality}, {start}–{end})</source>
            <translation>{title} ({municipality}, {start}–{end})</translation>
        </message>
        <message>
            <source>A new programme</source>
            <translation>Новая программа</translation>
        </message>
        <message>
            <source>Your role cannot import a plan: ask an administrator.</source>
            <translation>Ваша роль не позволяет импортировать план: обратитесь к администратору.</translation>
        </message>
        <message>
            <source>File not found: {file}</source>
            <translation>Файл не найден: {file}</translation>
        </message>
        <message>
            <source>Step 2: the database holds no programme for these tables yet. Name it.</source>
            <translation>Шаг 2: в базе данных ещё нет программы для этих таблиц. Назовите её.</translation>
        </message>
        <message>
            <source>Programme title:</source>
            <translation>Название программы:</translation>
        </message>
        <message>
            <source>Municipality:</source>
            <translation>Муниципалитет:</translation>
        </message>
        <message>
            <source>Years:</source>
            <translation>Годы:</translation>
        </message>
        <message>
            <source>as in the council's decision</source>
            <translation>как в постановлении кенеша</translation>
        </message>
        <message>
            <source>for example Kara-Balta town</source>
            <translation>например, город Кара-Балта</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Чтение файлов…</translation>
        </message>
        <message>
            <source>The files suggest {start}–{end}.</source>
            <translation>По файлам: {start}–{end}.</translation>
        </message>
        <message>
            <source>Year 1 of the matrix is the programme's first year.</source>
            <translation>1-й год матрицы — первый год программы.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <source>Step 3: what the import will create. Check where each indicator goes; nothing is written until you press Import.</source>
            <translation>Шаг 3: что создаст импорт. Проверьте, куда попадёт каждый индикатор; ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новые</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Изменённые</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Без изменений</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Пункт плана</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Что произойдёт</translation>
        </message>
        <message>
            <source>Where in the file</source>
            <translation>Место в файле</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Goes under</source>
            <translation>Куда попадёт</translation>
        </message>
        <message>
            <source>Why there</source>
            <translation>Почему туда</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Plan ({n})</source>
            <translation>План ({n})</translation>
        </message>
        <message>
            <source>Indicators ({n})</source>
            <translation>Индикаторы ({n})</translation>
        </message>
        <message>
            <source>Warnings ({n})</source>
            <translation>Предупреждения ({n})</translation>
        </message>
        <message>
            <source>The files cannot be imported: {reason}</source>
            <translation>Файлы нельзя импортировать: {reason}</translation>
        </message>
        <message>
            <source>The import cannot go ahead because of errors in the files (errors: {n}, see Warnings). Correct the files, then choose them again.</source>
            <translation>Импорт невозможен из-за ошибок в файлах (ошибок: {n}, см. «Предупреждения»). Исправьте файлы и выберите их снова.</translation>
        </message>
        <message>
            <source>Ready to import. Warnings to read: {n}.</source>
            <translation>Готово к импорту. Предупреждений для прочтения: {n}.</translation>
        </message>
        <message>
            <source>Ready to import. No warnings.</source>
            <translation>Готово к импорту. Предупреждений нет.</translation>
        </message>
        <message>
            <source>Indicators not linked to a plan item: {n} (choose their place in the Indicators tab).</source>
            <translation>Индикаторы без привязки к пункту плана: {n} (выберите их место на вкладке «Индикаторы»).</translation>
        </message>
        <message>
            <source>A new programme: {title} ({municipality}, {years})</source>
            <translation>Новая программа: {title} ({municipality}, {years})</translation>
        </message>
        <message>
            <source>Into the programme: {title} ({municipality}, {years})</source>
            <translation>В программу: {title} ({municipality}, {years})</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новый</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменится</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>The programme itself</source>
            <translation>Сама программа</translation>
        </message>
        <message>
            <source>you chose it</source>
            <translation>выбрано вами</translation>
        </message>
        <message>
            <source>where it already is</source>
            <translation>там, где уже находится</translation>
        </message>
        <message>
            <source>the measure on its row</source>
            <translation>мероприятие в той же строке</translation>
        </message>
        <message>
            <source>the plan item the matrix names</source>
            <translation>пункт плана, указанный в матрице</translation>
        </message>
        <message>
            <source>its number is this item's number</source>
            <translation>его номер совпадает с номером пункта</translation>
        </message>
        <message>
            <source>its issue matches this item</source>
            <translation>проблема совпадает с этим пунктом</translation>
        </message>
        <message>
            <source>its group row names this item</source>
            <translation>строка группы называет этот пункт</translation>
        </message>
        <message>
            <source>no match: the programme</source>
            <translation>совпадений нет: в программу</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>накопительный</translation>
        </message>
        <message>
            <source>level</source>
            <translation>уровневый</translation>
        </message>
        <message>
            <source>average</source>
            <translation>средний</translation>
        </message>
        <message>
            <source>annual sum</source>
            <translation>сумма за год</translation>
        </message>
        <message>
            <source>Issue: {text}</source>
            <translation>Проблема: {text}</translation>
        </message>
        <message>
            <source>Group: {text}</source>
            <translation>Группа: {text}</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Ошибка:</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>Импорт завершён</translation>
        </message>
        <message>
            <source>Step 4: the programme now holds the council's tables.</source>
            <translation>Шаг 4: теперь программа содержит таблицы кенеша.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <source>The programme holds</source>
            <translation>Всего в программе</translation>
        </message>
        <message>
            <source>Warnings to check in the plan:</source>
            <translation>Предупреждения, которые нужно проверить в плане:</translation>
        </message>
        <message>
            <source>The programme was created and the files were imported.</source>
            <translation>Программа создана, файлы импортированы.</translation>
        </message>
        <message>
            <source>The files were imported into the programme.</source>
            <translation>Файлы импортированы в программу.</translation>
        </message>
        <message>
            <source>Check the warnings below, then edit the plan on the Plan page.</source>
            <translation>Проверьте предупреждения ниже, затем правьте план на странице «План».</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>Предупреждений нет.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Далее &gt;</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Готово</translation>
        </message>
    </context>
    <context>
        <name>PlanItemForm</name>
        <message>
            <source>Total planned: {amount} som</source>
            <translation>Всего запланировано: {amount} сом</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>&amp;Код:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <source>&amp;Deadline (as written):</source>
            <translation>&amp;Срок реализации (как записан):</translation>
        </message>
        <message>
            <source>Years of implementation:</source>
            <translation>Годы реализации:</translation>
        </message>
        <message>
            <source>E&amp;xpected result (output):</source>
            <translation>&amp;Ожидаемый результат (продукт):</translation>
        </message>
        <message>
            <source>&amp;Responsible executor:</source>
            <translation>&amp;Ответственный исполнитель:</translation>
        </message>
        <message>
            <source>Co-e&amp;xecutors:</source>
            <translation>&amp;Соисполнители:</translation>
        </message>
        <message>
            <source>By agreement:</source>
            <translation>По согласованию:</translation>
        </message>
        <message>
            <source>Investment measure:</source>
            <translation>Инвестиционное мероприятие:</translation>
        </message>
        <message>
            <source>Annual plan years:</source>
            <translation>Годы годового плана:</translation>
        </message>
        <message>
            <source>Planned cost:</source>
            <translation>Плановая стоимость:</translation>
        </message>
        <message>
            <source>outside the mayor's authority (by agreement)</source>
            <translation>вне полномочий мэрии (по согласованию)</translation>
        </message>
        <message>
            <source>public monitoring at 50 % and 100 %</source>
            <translation>общественный мониторинг при 50 % и 100 %</translation>
        </message>
        <message>
            <source>e.g. 2023-2026-жж., Жыл сайын</source>
            <translation>например: 2023-2026 гг., Ежегодно</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Мероприятие</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>New priority direction</source>
            <translation>Новое приоритетное направление</translation>
        </message>
        <message>
            <source>New sector</source>
            <translation>Новая отрасль</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Новая задача</translation>
        </message>
        <message>
            <source>New measure</source>
            <translation>Новое мероприятие</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Новый индикатор</translation>
        </message>
        <message>
            <source>Save your changes to “{name}”?</source>
            <translation>Сохранить ваши изменения в «{name}»?</translation>
        </message>
        <message numerus="yes">
            <source>%n priority direction(s)</source>
            <translation>
                <numerusform>%n приоритетное направление</numerusform>
                <numerusform>%n приоритетных направления</numerusform>
                <numerusform>%n приоритетных направлений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sector(s)</source>
            <translation>
                <numerusform>%n отрасль</numerusform>
                <numerusform>%n отрасли</numerusform>
                <numerusform>%n отраслей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n задача</numerusform>
                <numerusform>%n задачи</numerusform>
                <numerusform>%n задач</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n мероприятие</numerusform>
                <numerusform>%n мероприятия</numerusform>
                <numerusform>%n мероприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n индикатор</numerusform>
                <numerusform>%n индикатора</numerusform>
                <numerusform>%n индикаторов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target value(s)</source>
            <translation>
                <numerusform>%n целевое значение</numerusform>
                <numerusform>%n целевых значения</numerusform>
                <numerusform>%n целевых значений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actual value(s)</source>
            <translation>
                <numerusform>%n фактическое значение</numerusform>
                <numerusform>%n фактических значения</numerusform>
                <numerusform>%n фактических значений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n progress record(s)</source>
            <translation>
                <numerusform>%n запись о ходе выполнения</numerusform>
                <numerusform>%n записи о ходе выполнения</numerusform>
                <numerusform>%n записей о ходе выполнения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned cost(s)</source>
            <translation>
                <numerusform>%n плановая сумма</numerusform>
                <numerusform>%n плановые суммы</numerusform>
                <numerusform>%n плановых сумм</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n public check(s)</source>
            <translation>
                <numerusform>%n общественная проверка</numerusform>
                <numerusform>%n общественные проверки</numerusform>
                <numerusform>%n общественных проверок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s)</source>
            <translation>
                <numerusform>%n файл подтверждения</numerusform>
                <numerusform>%n файла подтверждения</numerusform>
                <numerusform>%n файлов подтверждения</numerusform>
            </translation>
        </message>
        <message>
            <source>edit {kind} “{name}”</source>
            <translation>изменение: {kind} «{name}»</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Undo: {what} (Ctrl+Z)</source>
            <translation>Отменить: {what} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Отменить (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo: {what} (Ctrl+Y)</source>
            <translation>Повторить: {what} (Ctrl+Y)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Y)</source>
            <translation>Повторить (Ctrl+Y)</translation>
        </message>
        <message>
            <source>add {kind}</source>
            <translation>добавление: {kind}</translation>
        </message>
        <message>
            <source>add indicator</source>
            <translation>добавление индикатора</translation>
        </message>
        <message>
            <source>copy {kind}</source>
            <translation>копирование: {kind}</translation>
        </message>
        <message>
            <source>Delete the {kind} “{name}”?</source>
            <translation>Удалить: {kind} «{name}»?</translation>
        </message>
        <message>
            <source>With it go: {what}.</source>
            <translation>Вместе с ним удаляются: {what}.</translation>
        </message>
        <message>
            <source>Nothing else goes with it.</source>
            <translation>Больше ничего не удаляется.</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Это можно отменить клавишами Ctrl+Z.</translation>
        </message>
        <message>
            <source>delete {kind}</source>
            <translation>удаление: {kind}</translation>
        </message>
        <message>
            <source>move {kind}</source>
            <translation>перемещение: {kind}</translation>
        </message>
        <message>
            <source>rename {kind}</source>
            <translation>переименование: {kind}</translation>
        </message>
        <message>
            <source>edit the programme</source>
            <translation>изменение программы</translation>
        </message>
        <message>
            <source>Matches: {n}</source>
            <translation>Найдено: {n}</translation>
        </message>
        <message>
            <source>{directions} priority directions · {measures} measures · {indicators} indicators</source>
            <translation>Приоритетных направлений: {directions} · мероприятий: {measures} · индикаторов: {indicators}</translation>
        </message>
        <message>
            <source>Select a line of the plan to see its details.</source>
            <translation type="vanished">Выберите строку плана, чтобы увидеть подробности.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation type="vanished">Код</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="vanished">Единица измерения</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation type="vanished">Срок реализации</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation type="vanished">Ответственный исполнитель</translation>
        </message>
        <message>
            <source>Lines under it</source>
            <translation type="vanished">Вложенных строк</translation>
        </message>
        <message>
            <source>Programme plan</source>
            <translation>План программы</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <source>word or code (Ctrl+F)</source>
            <translation>слово или код (Ctrl+F)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Add a line to the plan</source>
            <translation>Добавить строку в план</translation>
        </message>
        <message>
            <source>Add under it</source>
            <translation>Добавить внутрь</translation>
        </message>
        <message>
            <source>Add beside it</source>
            <translation>Добавить рядом</translation>
        </message>
        <message>
            <source>Add an indicator</source>
            <translation>Добавить индикатор</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>Добавить мероприятие</translation>
        </message>
        <message>
            <source>Add a priority direction</source>
            <translation>Добавить приоритетное направление</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Вверх</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Programme…</source>
            <translation>Программа…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Импорт из Excel…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Экспорт в Excel…</translation>
        </message>
        <message>
            <source>Expand all</source>
            <translation>Развернуть всё</translation>
        </message>
        <message>
            <source>Collapse all</source>
            <translation>Свернуть всё</translation>
        </message>
        <message>
            <source>The programme: title, approval, vision, goal, thresholds</source>
            <translation>Программа: название, утверждение, видение, цель, пороги</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Responsible / unit</source>
            <translation>Ответственный / единица</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Применить</translation>
        </message>
        <message>
            <source>Save the changes of this form (Ctrl+S)</source>
            <translation>Сохранить изменения этой формы (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Вернуть</translation>
        </message>
        <message>
            <source>Read only: setting up the programme needs an administrator.</source>
            <translation>Только чтение: программу настраивает администратор.</translation>
        </message>
        <message>
            <source>Select a line of the plan to see its details. Add lines with Add, move them by dragging or with Alt+Up / Alt+Down, rename with F2.</source>
            <translation>Выберите строку плана, чтобы увидеть её данные. Строки добавляются кнопкой «Добавить», перемещаются перетаскиванием или Alt+Вверх / Alt+Вниз, переименовываются клавишей F2.</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программы пока нет</translation>
        </message>
        <message>
            <source>No programme. Import the council's action plan and indicator matrix from Excel, or create an empty programme and type the plan in.</source>
            <translation>Программы нет. Импортируйте план мероприятий и матрицу индикаторов кенеша из Excel или создайте пустую программу и введите план.</translation>
        </message>
        <message>
            <source>Create a programme…</source>
            <translation>Создать программу…</translation>
        </message>
        <message>
            <source>The plan is empty</source>
            <translation>План пуст</translation>
        </message>
        <message>
            <source>Import the action plan and the indicator matrix from the council's Excel tables, or add the first priority direction.</source>
            <translation>Импортируйте план мероприятий и матрицу индикаторов из таблиц Excel кенеша или добавьте первое приоритетное направление.</translation>
        </message>
        <message>
            <source>Import the action plan and the indicator matrix from the council's Excel tables, or create the demo programme with File → New programme.</source>
            <translation type="vanished">Импортируйте план мероприятий и матрицу индикаторов из таблиц Excel кенеша или создайте демо-программу через «Файл → Новая программа».</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Name and position</source>
            <translation>ФИО и должность</translation>
        </message>
        <message>
            <source>Login: {login}</source>
            <translation>Логин: {login}</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ФИО:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>&amp;Должность:</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>Programme: {title}</source>
            <translation>Программа: {title}</translation>
        </message>
    </context>
    <context>
        <name>ProgramForm</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>&amp;Код:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Муниципалитет:</translation>
        </message>
        <message>
            <source>&amp;Kind of municipality:</source>
            <translation>&amp;Вид муниципалитета:</translation>
        </message>
        <message>
            <source>&amp;Rayon:</source>
            <translation>&amp;Район:</translation>
        </message>
        <message>
            <source>O&amp;blast:</source>
            <translation>&amp;Область:</translation>
        </message>
        <message>
            <source>&amp;Years:</source>
            <translation>&amp;Годы:</translation>
        </message>
        <message>
            <source>Approved &amp;by:</source>
            <translation>&amp;Кем утверждена:</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>&amp;Номер постановления:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <translation>&amp;Дата постановления:</translation>
        </message>
        <message>
            <source>&amp;Vision:</source>
            <translation>&amp;Видение:</translation>
        </message>
        <message>
            <source>&amp;Strategic goal:</source>
            <translation>&amp;Стратегическая цель:</translation>
        </message>
        <message>
            <source>Reporting &amp;frequency:</source>
            <translation>&amp;Периодичность отчётности:</translation>
        </message>
        <message>
            <source>On track from (progress ≥):</source>
            <translation>В графике (прогресс ≥):</translation>
        </message>
        <message>
            <source>At risk from (progress ≥):</source>
            <translation>Под угрозой (прогресс ≥):</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <source>e.g. the town council</source>
            <translation>например: городской кенеш</translation>
        </message>
        <message>
            <source>known:</source>
            <translation>известна:</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>New proposal</source>
            <translation>Новое предложение</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>&amp;Proposal:</source>
            <translation>&amp;Предложение:</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Ответ:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Файл %1</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Ярлык</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестный</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation type="vanished">Перейти к:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Имя файла:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation type="vanished">Типы файлов:</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Тип файлов:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Сохранить как</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Выбрать</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Найти каталог</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Родительский каталог</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Перейти в родительский каталог</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Создать папку</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Создать новую папку</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Новая папка</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Новая папка</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Подробный вид</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Переключить в режим списка</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Переключить в подробный режим</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Боковая панель</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Места и закладки</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Недавние документы</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Мой компьютер</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Каталог:</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Каталоги</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Папка с файлами</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестный</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Ярлык</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Файл %1</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Переименовать</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Показать ск&amp;рытые файлы</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Действительно удалить «%1»?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Не удалось удалить каталог.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 уже существует.
Заменить его?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» защищён от записи.
Действительно удалить?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Дата изменения</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Мой компьютер</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Некорректное имя файла</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;Имя «%1» не может быть использовано.&lt;/b&gt;&lt;p&gt;Попробуйте использовать имя меньшей длины и/или без символов пунктуации.</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Показать подробности...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Скрыть подробности...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сохранить все</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да для &amp;всех</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;ет для всех</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прервать</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>По умолчанию</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>QualityGateDialog</name>
        <message>
            <source>Open data-quality items</source>
            <translation>Открытые вопросы качества данных</translation>
        </message>
        <message>
            <source>Open items in this period: {n}. Resolve them first, or go on anyway: your acknowledgement of these items is kept in the audit trail and printed in the report's data-quality note.</source>
            <translation>Открытых вопросов в этом периоде: {n}. Сначала устраните их или всё равно продолжите: то, что вы приняли эти вопросы к сведению, сохраняется в журнале аудита и печатается в примечании о качестве данных в отчёте.</translation>
        </message>
        <message>
            <source>I have read these items and approve the round anyway</source>
            <translation>Я прочитал(а) эти вопросы и всё равно утверждаю период</translation>
        </message>
        <message>
            <source>I have read these items and submit the round anyway</source>
            <translation>Я прочитал(а) эти вопросы и всё равно отправляю период</translation>
        </message>
        <message>
            <source>Approve anyway</source>
            <translation>Всё равно утвердить</translation>
        </message>
        <message>
            <source>Submit anyway</source>
            <translation>Всё равно отправить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>QuotaPanel</name>
        <message>
            <source>met</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>не выполнено</translation>
        </message>
        <message>
            <source>Composition of the group</source>
            <translation>Состав группы</translation>
        </message>
        <message>
            <source>Women: {n} of {total} (at least {target})</source>
            <translation>Женщины: {n} из {total} (не менее {target})</translation>
        </message>
        <message>
            <source>Youth under {age}: {n} of {total} (about {target})</source>
            <translation>Молодёжь до {age} лет: {n} из {total} (около {target})</translation>
        </message>
        <message>
            <source>Chair: {name}</source>
            <translation>Председатель: {name}</translation>
        </message>
    </context>
    <context>
        <name>ReportKinds</name>
        <message>
            <source>Half-year monitoring report (PDF)</source>
            <translation>Полугодовой отчёт о мониторинге (PDF)</translation>
        </message>
        <message>
            <source>Annual report to the council (PDF)</source>
            <translation>Годовой отчёт для кенеша (PDF)</translation>
        </message>
        <message>
            <source>Citizen summary (PDF)</source>
            <translation>Краткий отчёт для граждан (PDF)</translation>
        </message>
        <message>
            <source>Citizen summary as a picture (PNG)</source>
            <translation>Краткий отчёт для граждан, картинка (PNG)</translation>
        </message>
        <message>
            <source>Excel: indicator performance table (IPTT)</source>
            <translation>Excel: таблица выполнения индикаторов (IPTT)</translation>
        </message>
        <message>
            <source>Excel: action plan with status and spending</source>
            <translation>Excel: план мероприятий со статусом и расходами</translation>
        </message>
        <message>
            <source>Excel: indicator matrix</source>
            <translation>Excel: матрица индикаторов</translation>
        </message>
        <message>
            <source>Quarterly monitoring report (PDF)</source>
            <translation>Квартальный отчёт о мониторинге (PDF)</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>The workbook covers every period of the programme.</source>
            <translation>Файл Excel охватывает все периоды программы.</translation>
        </message>
        <message>
            <source>The period is not approved yet: the report is marked as a draft and cannot be signed.</source>
            <translation>Период ещё не утверждён: отчёт будет помечен как черновик, подписать его нельзя.</translation>
        </message>
        <message>
            <source>The period is approved: the report can be signed after it is built.</source>
            <translation>Период утверждён: созданный отчёт можно подписать.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the report as</source>
            <translation>Сохранить отчёт как</translation>
        </message>
        <message>
            <source>Building {what}…</source>
            <translation>Создаётся: {what}…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>The build was cancelled; no file was written.</source>
            <translation>Создание отменено; файл не записан.</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>Не удалось записать файл: {error}</translation>
        </message>
        <message>
            <source>Close the file if another program has it open, or choose another folder. Nothing in the database was changed.</source>
            <translation>Закройте файл, если он открыт в другой программе, или выберите другую папку. В базе данных ничего не изменилось.</translation>
        </message>
        <message>
            <source>The file cannot be shown</source>
            <translation>Не удаётся показать файл</translation>
        </message>
        <message>
            <source>The Excel workbook is ready</source>
            <translation>Файл Excel готов</translation>
        </message>
        <message>
            <source>Open it with Excel or LibreOffice Calc: “Open the file” on the left.</source>
            <translation>Откройте его в Excel или LibreOffice Calc: кнопка «Открыть файл» слева.</translation>
        </message>
        <message>
            <source>The system could not open the file.</source>
            <translation>Системе не удалось открыть файл.</translation>
        </message>
        <message>
            <source>The system could not open the folder.</source>
            <translation>Системе не удалось открыть папку.</translation>
        </message>
        <message>
            <source>Choose the report to sign</source>
            <translation>Выберите отчёт для подписи</translation>
        </message>
        <message>
            <source>PDF reports (*.pdf)</source>
            <translation>Отчёты PDF (*.pdf)</translation>
        </message>
        <message>
            <source>This PDF is not a report built by meapp, so it cannot be signed here.</source>
            <translation>Этот PDF не является отчётом meapp, поэтому подписать его здесь нельзя.</translation>
        </message>
        <message>
            <source>Folder for the website pack</source>
            <translation>Папка для пакета сайта</translation>
        </message>
        <message>
            <source>The report {file} is published with its SHA-256.</source>
            <translation>Отчёт {file} опубликован с его суммой SHA-256.</translation>
        </message>
        <message>
            <source>No report of this period was built here, so the pages say it is not published yet: build and sign it, then make the pack again.</source>
            <translation>Отчёт за этот период здесь не создавался, поэтому на страницах сказано, что он ещё не опубликован: создайте и подпишите его, затем сделайте пакет снова.</translation>
        </message>
        <message>
            <source>The website pack is in {folder}: upload the whole folder, or open index.html.</source>
            <translation>Пакет сайта в папке {folder}: загрузите папку целиком на сайт или откройте index.html.</translation>
        </message>
        <message>
            <source>Writing the website pack…</source>
            <translation>Пакет сайта записывается…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программы пока нет</translation>
        </message>
        <message>
            <source>Create a programme or import one from Excel on the Plan page; then its reports can be built here.</source>
            <translation>Создайте программу или импортируйте её из Excel на странице «План»; затем здесь можно будет создавать её отчёты.</translation>
        </message>
        <message>
            <source>Build a report to see its pages here</source>
            <translation>Создайте отчёт, чтобы увидеть здесь его страницы</translation>
        </message>
        <message>
            <source>Choose what to build on the left and press Build…</source>
            <translation>Выберите слева, что создать, и нажмите «Создать…»</translation>
        </message>
        <message>
            <source>&amp;What to build</source>
            <translation>&amp;Что создать</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>П&amp;ериод</translation>
        </message>
        <message>
            <source>&amp;Language of the report</source>
            <translation>&amp;Язык отчёта</translation>
        </message>
        <message>
            <source>&amp;Build…</source>
            <translation>&amp;Создать…</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;Открыть файл</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Показать в &amp;папке</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>П&amp;одписать…</translation>
        </message>
        <message>
            <source>Sign a half-year or annual report of an approved period: the one just built, or a report file you choose (to countersign)</source>
            <translation>Подписать полугодовой или годовой отчёт утверждённого периода: только что созданный или выбранный вами файл отчёта (для второй подписи)</translation>
        </message>
        <message>
            <source>Sign a half-year or annual report of an approved period</source>
            <translation type="vanished">Подписать полугодовой или годовой отчёт утверждённого периода</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF…</source>
            <translation>П&amp;роверить подписанный PDF…</translation>
        </message>
        <message>
            <source>&amp;Website pack…</source>
            <translation>Пакет для &amp;сайта…</translation>
        </message>
        <message>
            <source>Pages in Kyrgyz and Russian, the report with its SHA-256 and open data (CSV, JSON) for the municipality's website</source>
            <translation>Страницы на кыргызском и русском, отчёт с суммой SHA-256 и открытые данные (CSV, JSON) для сайта муниципалитета</translation>
        </message>
        <message>
            <source>Built lately</source>
            <translation>Недавно созданные файлы</translation>
        </message>
        <message>
            <source>No file built yet</source>
            <translation>Файл ещё не создан</translation>
        </message>
        <message>
            <source>Here you will build the half-year report, the annual report and the citizen summary as PDF in Kyrgyz, Russian or English, export Excel tables, sign reports and verify signed files.</source>
            <translation type="vanished">Здесь вы будете формировать полугодовой отчёт, годовой отчёт и краткий отчёт для граждан в PDF на кыргызском, русском или английском, выгружать таблицы Excel, подписывать отчёты и проверять подписанные файлы.</translation>
        </message>
    </context>
    <context>
        <name>RiskDialog</name>
        <message>
            <source>Edit the risk</source>
            <translation>Изменить риск</translation>
        </message>
        <message>
            <source>New risk</source>
            <translation>Новый риск</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>&amp;Риск:</translation>
        </message>
        <message>
            <source>&amp;Likelihood (1–5):</source>
            <translation>&amp;Вероятность (1–5):</translation>
        </message>
        <message>
            <source>&amp;Impact (1–5):</source>
            <translation>Вл&amp;ияние (1–5):</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Балл:</translation>
        </message>
        <message>
            <source>&amp;Mitigation:</source>
            <translation>&amp;Меры снижения:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Ответственный:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
    </context>
    <context>
        <name>RiskTableModel</name>
        <message>
            <source>Risk</source>
            <translation>Риск</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Влияние</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Меры снижения</translation>
        </message>
    </context>
    <context>
        <name>RisksPage</name>
        <message>
            <source>Risks</source>
            <translation type="vanished">Риски</translation>
        </message>
        <message>
            <source>Here you will keep the risks of the programme with their likelihood, impact and mitigation, and the SWOT analysis: strengths, weaknesses, opportunities and threats.</source>
            <translation type="vanished">Здесь вы будете вести риски программы с вероятностью, влиянием и мерами снижения, а также SWOT-анализ: сильные стороны, слабые стороны, возможности и угрозы.</translation>
        </message>
        <message>
            <source>Add to: {list}</source>
            <translation>Добавить: {list}</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>Edit: {list}</source>
            <translation>Изменить: {list}</translation>
        </message>
        <message>
            <source>Delete this item from {list}?</source>
            <translation>Удалить этот пункт из списка «{list}»?</translation>
        </message>
        <message>
            <source>Delete this risk from the register?</source>
            <translation>Удалить этот риск из реестра?</translation>
        </message>
        <message numerus="yes">
            <source>Risk register: %n risks</source>
            <translation>
                <numerusform>Реестр рисков: %n риск</numerusform>
                <numerusform>Реестр рисков: %n риска</numerusform>
                <numerusform>Реестр рисков: %n рисков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n high and not closed</source>
            <translation>
                <numerusform>%n высокий и не закрыт</numerusform>
                <numerusform>%n высоких и не закрыты</numerusform>
                <numerusform>%n высоких и не закрыты</numerusform>
            </translation>
        </message>
        <message>
            <source>SWOT analysis and risks</source>
            <translation>SWOT-анализ и риски</translation>
        </message>
        <message>
            <source>You can read this page; the chair or an administrator changes it.</source>
            <translation>Вы можете читать эту страницу; изменяет её председатель или администратор.</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программы пока нет</translation>
        </message>
        <message>
            <source>The SWOT analysis and the risk register belong to a programme. Create one with File → New programme, or import the action plan on the Plan page.</source>
            <translation>SWOT-анализ и реестр рисков относятся к программе. Создайте её через Файл → Новая программа или импортируйте план мероприятий на странице «План».</translation>
        </message>
        <message>
            <source>&amp;Add risk…</source>
            <translation>&amp;Добавить риск…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Open risks</source>
            <translation>Открытые риски</translation>
        </message>
        <message>
            <source>↑ likelihood · impact →</source>
            <translation>↑ вероятность · влияние →</translation>
        </message>
        <message>
            <source>How many open risks sit in each cell: likelihood in the rows (5 at the top), impact in the columns. Closed risks are not counted.</source>
            <translation>Сколько открытых рисков в каждой клетке: в строках вероятность (5 — сверху), в столбцах влияние. Закрытые риски не учитываются.</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change the role</source>
            <translation>Сменить роль</translation>
        </message>
        <message>
            <source>User: {name} ({login})</source>
            <translation>Пользователь: {name} ({login})</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
    </context>
    <context>
        <name>SetPasswordDialog</name>
        <message>
            <source>Set a new password</source>
            <translation>Задать новый пароль</translation>
        </message>
        <message>
            <source>User: {name} ({login}). Their signing key keeps its old password.</source>
            <translation>Пользователь: {name} ({login}). Его ключ подписи сохраняет старый пароль.</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>Новый &amp;пароль:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Пароль &amp;ещё раз:</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Folder for backups</source>
            <translation>Папка для резервных копий</translation>
        </message>
        <message>
            <source>The backup is saved.</source>
            <translation type="vanished">Резервная копия сохранена.</translation>
        </message>
        <message>
            <source>Saving a backup…</source>
            <translation>Сохраняется резервная копия…</translation>
        </message>
        <message>
            <source>made by the database server</source>
            <translation>делает сервер базы данных</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>пока нет</translation>
        </message>
        <message>
            <source>progress {green} or more</source>
            <translation>прогресс {green} и больше</translation>
        </message>
        <message>
            <source>progress from {amber} to {green}</source>
            <translation>прогресс от {amber} до {green}</translation>
        </message>
        <message>
            <source>progress below {amber}</source>
            <translation>прогресс ниже {amber}</translation>
        </message>
        <message>
            <source>no actual value for the period</source>
            <translation>нет фактического значения за период</translation>
        </message>
        <message>
            <source>a value far off its series or outside its unit: left out of the roll-ups until an evaluator confirms or corrects it</source>
            <translation>значение далеко от своего ряда или вне допустимого для единицы: не входит в сводные расчёты, пока оценщик его не подтвердит или не исправит</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>&amp;Language of the program:</source>
            <translation>&amp;Язык программы:</translation>
        </message>
        <message>
            <source>The new language applies at once, and again at the next start.</source>
            <translation>Новый язык применяется сразу и сохраняется для следующего запуска.</translation>
        </message>
        <message>
            <source>Traffic lights of the programme</source>
            <translation>Пороги светофора программы</translation>
        </message>
        <message>
            <source>Progress is (actual − baseline) / (target − baseline). The thresholds belong to the programme; an administrator changes them with the plan.</source>
            <translation>Прогресс = (факт − базовое значение) / (целевое значение − базовое значение). Пороги относятся к программе; администратор меняет их вместе с планом.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>&amp;Папка резервных копий:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>Создать копию &amp;сейчас</translation>
        </message>
        <message>
            <source>Last backup:</source>
            <translation>Последняя резервная копия:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Папка данных:</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Резервные копии:</translation>
        </message>
    </context>
    <context>
        <name>SharedDatabase</name>
        <message>
            <source>meapp</source>
            <translation>meapp</translation>
        </message>
        <message>
            <source>Both windows can work on it at once, but each shows the other's changes only after a reload, and a backup cannot be restored while both are open. Go on in the window that is already open (this one closes), or open the database here as well.</source>
            <translation>Оба окна могут работать с ней одновременно, но каждое показывает изменения другого только после обновления, а восстановить резервную копию, пока открыты оба, нельзя. Продолжите в уже открытом окне (это закроется) или откройте базу данных и здесь.</translation>
        </message>
        <message>
            <source>&amp;Use the open window</source>
            <translation>&amp;Перейти в открытое окно</translation>
        </message>
        <message>
            <source>&amp;Open here as well</source>
            <translation>&amp;Открыть и здесь</translation>
        </message>
        <message>
            <source>{file} is already open in another meapp window (process {pid}).</source>
            <translation>{file} уже открыт в другом окне meapp (процесс {pid}).</translation>
        </message>
    </context>
    <context>
        <name>SigningDialogs</name>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>self-signed (made in meapp)</source>
            <translation>самоподписанный (создан в meapp)</translation>
        </message>
        <message>
            <source>Checking the signatures…</source>
            <translation>Проверка подписей…</translation>
        </message>
        <message>
            <source>Sign the report</source>
            <translation>Подписать отчёт</translation>
        </message>
        <message>
            <source>Signing the report…</source>
            <translation>Отчёт подписывается…</translation>
        </message>
        <message>
            <source>An unknown signer's signature can still be intact; add their certificate to the trusted signatories (My signing identity…) to confirm who they are.</source>
            <translation type="vanished">Подпись неизвестного подписанта тоже может быть целой; чтобы подтвердить, кто он, добавьте его сертификат в доверенные подписанты (Мой ключ подписи…).</translation>
        </message>
        <message>
            <source>Verify a signed PDF</source>
            <translation>Проверить подписанный PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Replace your signing identity?</source>
            <translation>Заменить ваш ключ подписи?</translation>
        </message>
        <message>
            <source>Reports you signed stay valid, but new signatures will carry the new certificate: send it again to those who trust yours.</source>
            <translation>Подписанные вами отчёты остаются действительными, но новые подписи будут нести новый сертификат: отправьте его снова тем, кто вам доверяет.</translation>
        </message>
        <message>
            <source>Making a key and a certificate…</source>
            <translation>Создаются ключ и сертификат…</translation>
        </message>
        <message>
            <source>Your signing identity is ready.</source>
            <translation>Ваш ключ подписи готов.</translation>
        </message>
        <message>
            <source>Export the certificate and give it to those who check your signatures, so they see you as a trusted signer.</source>
            <translation>Экспортируйте сертификат и передайте его тем, кто проверяет ваши подписи: тогда они увидят вас как доверенного подписанта.</translation>
        </message>
        <message>
            <source>Import a signing identity</source>
            <translation>Импорт ключа подписи</translation>
        </message>
        <message>
            <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
            <translation>Файлы PKCS#12 (*.p12 *.pfx);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Your password to protect the key in meapp (your login password is best):</source>
            <translation>Ваш пароль для защиты ключа в meapp (лучше всего пароль входа):</translation>
        </message>
        <message>
            <source>The same password again:</source>
            <translation>Тот же пароль ещё раз:</translation>
        </message>
        <message>
            <source>Importing the signing identity…</source>
            <translation>Импорт ключа подписи…</translation>
        </message>
        <message>
            <source>Export my certificate</source>
            <translation>Экспорт моего сертификата</translation>
        </message>
        <message>
            <source>Certificate (*.pem *.cer *.crt *.der)</source>
            <translation>Сертификат (*.pem *.cer *.crt *.der)</translation>
        </message>
        <message>
            <source>It holds no secret: send it to those who check your signatures.</source>
            <translation>В нём нет секретов: отправьте его тем, кто проверяет ваши подписи.</translation>
        </message>
        <message>
            <source>Trust a signatory's certificate</source>
            <translation>Доверять сертификату подписанта</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
            <translation>Сертификаты (*.pem *.cer *.crt *.der);;Все файлы (*)</translation>
        </message>
        <message>
            <source>My signing identity</source>
            <translation>Мой ключ подписи</translation>
        </message>
        <message>
            <source>Trusted signatories</source>
            <translation>Доверенные подписанты</translation>
        </message>
        <message>
            <source>Current identity</source>
            <translation>Текущий ключ</translation>
        </message>
        <message>
            <source>&amp;Import a PKCS#12 file…</source>
            <translation>&amp;Импортировать файл PKCS#12…</translation>
        </message>
        <message>
            <source>&amp;Export my certificate…</source>
            <translation>&amp;Экспортировать мой сертификат…</translation>
        </message>
        <message>
            <source>Create a new identity (key and certificate)</source>
            <translation>Создать новый ключ (ключ и сертификат)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>ФИО:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Должность:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Организация:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>&amp;Повторите пароль:</translation>
        </message>
        <message>
            <source>&amp;Valid for (years):</source>
            <translation>&amp;Срок действия (лет):</translation>
        </message>
        <message>
            <source>The name, position and organisation come from your user profile. Use your login password: meapp then re-protects the key when you change it.</source>
            <translation>ФИО, должность и организация берутся из вашего профиля. Используйте пароль входа: тогда при его смене meapp заново защитит ключ.</translation>
        </message>
        <message>
            <source>Signatures by these people show as trusted. The users of this database count as trusted too.</source>
            <translation>Подписи этих людей показываются как доверенные. Пользователи этой базы данных тоже считаются доверенными.</translation>
        </message>
        <message>
            <source>No trusted certificates yet. Add the certificate file a colleague exported.</source>
            <translation>Доверенных сертификатов пока нет. Добавьте файл сертификата, который экспортировал коллега.</translation>
        </message>
        <message>
            <source>&amp;Add a certificate…</source>
            <translation>&amp;Добавить сертификат…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>У&amp;брать</translation>
        </message>
        <message>
            <source>Name: {name}</source>
            <translation>ФИО: {name}</translation>
        </message>
        <message>
            <source>Issued by: {issuer}</source>
            <translation>Выдан: {issuer}</translation>
        </message>
        <message>
            <source>Valid from {start} to {end}</source>
            <translation>Действителен с {start} по {end}</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256): {sha256}</source>
            <translation>Отпечаток (SHA-256): {sha256}</translation>
        </message>
        <message>
            <source>Not a meapp report: no data fingerprint.</source>
            <translation>Не отчёт meapp: нет цифрового отпечатка данных.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Подписант</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>Время подписи</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Signer known</source>
            <translation>Подписант известен</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Log in to keep a signing identity.</source>
            <translation>Войдите, чтобы хранить ключ подписи.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>Replace with a new one</source>
            <translation>Заменить новым</translation>
        </message>
        <message>
            <source>Their signatures will show as by an unknown signer.</source>
            <translation>Их подписи будут показываться как подписи неизвестного подписанта.</translation>
        </message>
        <message>
            <source>Name and position</source>
            <translation>ФИО и должность</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действителен до</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Должность: {position}</translation>
        </message>
        <message>
            <source>Organisation: {organisation}</source>
            <translation>Организация: {organisation}</translation>
        </message>
        <message>
            <source>Password of your signing identity ({login}):</source>
            <translation>Пароль вашего ключа подписи ({login}):</translation>
        </message>
        <message>
            <source>The report is signed by {who}.</source>
            <translation>Отчёт подписан: {who}.</translation>
        </message>
        <message>
            <source>The signature is in the field {field} of {file}. Anyone can check it in meapp, in Adobe Reader or with pdfsig.</source>
            <translation>Подпись находится в поле {field} файла {file}. Любой может проверить её в meapp, в Adobe Reader или с помощью pdfsig.</translation>
        </message>
        <message>
            <source>Signatures of {file}</source>
            <translation>Подписи файла {file}</translation>
        </message>
        <message>
            <source>{login} does not hold this box: it is another role's.</source>
            <translation>Это поле не принадлежит {login}: оно для другой роли.</translation>
        </message>
        <message>
            <source>The certificate (SHA-256 {sha256}) is not in your list of trusted signatories.</source>
            <translation>Сертификата (SHA-256 {sha256}) нет в вашем списке доверенных подписантов.</translation>
        </message>
        <message>
            <source>The certificate is not in your list of trusted signatories.</source>
            <translation type="vanished">Сертификата нет в вашем списке доверенных подписантов.</translation>
        </message>
        <message>
            <source>You have no signing identity yet. Create one below, or import the PKCS#12 file (.p12, .pfx) a certificate authority gave you.</source>
            <translation>У вас пока нет ключа подписи. Создайте его ниже или импортируйте файл PKCS#12 (.p12, .pfx), выданный удостоверяющим центром.</translation>
        </message>
        <message>
            <source>Password of {file}:</source>
            <translation>Пароль файла {file}:</translation>
        </message>
        <message>
            <source>Anyone can make a certificate in any name, so a signature by an unknown signer makes the report not valid even when it is intact. If the certificate is theirs (compare its SHA-256 with them), add it to the trusted signatories (My signing identity…).</source>
            <translation>Сертификат на любое имя может сделать кто угодно, поэтому подпись неизвестного подписанта делает отчёт недействительным, даже если она цела. Если сертификат действительно его (сверьте с ним SHA-256), добавьте его в доверенные подписанты (Мой ключ подписи…).</translation>
        </message>
        <message>
            <source>This database does not hold the report's programme: its figures were not compared with approved data.</source>
            <translation>В этой базе данных нет программы отчёта: его цифры не сверялись с утверждёнными данными.</translation>
        </message>
        <message>
            <source>Only the chair of the working group and the mayor sign reports, so you need no signing identity. You can still trust colleagues' certificates.</source>
            <translation>Отчёты подписывают только председатель рабочей группы и мэр, поэтому ключ подписи вам не нужен. Сертификатам коллег вы по-прежнему можете доверять.</translation>
        </message>
        <message>
            <source>Your signing identity was imported from {file}.</source>
            <translation>Ваш ключ подписи импортирован из {file}.</translation>
        </message>
        <message>
            <source>Certificate written: {file}</source>
            <translation>Сертификат записан: {file}</translation>
        </message>
        <message>
            <source>Trusted: {name}</source>
            <translation>Доверенный: {name}</translation>
        </message>
        <message>
            <source>{mark} {file} carries no signature.</source>
            <translation>{mark} В файле {file} нет подписи.</translation>
        </message>
        <message>
            <source>{mark} Valid: {n} signature(s), all intact; nothing was changed after signing.</source>
            <translation type="vanished">{mark} Действительно: подписей — {n}, все целы; после подписания ничего не изменено.</translation>
        </message>
        <message>
            <source>{mark} NOT VALID: a signature is broken or the file was changed after signing.</source>
            <translation type="vanished">{mark} НЕДЕЙСТВИТЕЛЬНО: подпись нарушена или файл изменён после подписания.</translation>
        </message>
        <message>
            <source>Report of the period {period}; data fingerprint {fingerprint}</source>
            <translation>Отчёт за период {period}; цифровой отпечаток данных {fingerprint}</translation>
        </message>
        <message>
            <source>The figures are the approved data of this database.</source>
            <translation>Цифры совпадают с утверждёнными данными этой базы данных.</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>цела</translation>
        </message>
        <message>
            <source>broken: the signed content was altered</source>
            <translation>нарушена: подписанное содержимое изменено</translation>
        </message>
        <message>
            <source>changed after signing</source>
            <translation>изменён после подписания</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>доверенный</translation>
        </message>
        <message>
            <source>unknown signer</source>
            <translation>неизвестный подписант</translation>
        </message>
        <message>
            <source>Stop trusting {name}?</source>
            <translation>Перестать доверять {name}?</translation>
        </message>
        <message>
            <source>{mark} Valid: {n} signature(s), all intact and by trusted signers; nothing was changed after signing.</source>
            <translation>{mark} Действителен: подписей — {n}, все целы и поставлены доверенными подписантами; после подписания ничего не изменено.</translation>
        </message>
        <message>
            <source>{mark} NOT VALID: {reason}</source>
            <translation>{mark} НЕДЕЙСТВИТЕЛЕН: {reason}</translation>
        </message>
        <message>
            <source>Create your signing identity now? It takes a minute.</source>
            <translation>Создать ключ подписи сейчас? Это займёт минуту.</translation>
        </message>
        <message>
            <source>covers the whole document</source>
            <translation>охватывает весь документ</translation>
        </message>
        <message>
            <source>later only further signatures were added</source>
            <translation>позже добавлены только другие подписи</translation>
        </message>
    </context>
    <context>
        <name>SummaryProgress</name>
        <message>
            <source>Computing summaries: {done} of {total}</source>
            <translation>Расчёт сводок: {done} из {total}</translation>
        </message>
    </context>
    <context>
        <name>SwotBox</name>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Переместить вверх</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Переместить вниз</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <source>Revise target</source>
            <translation>Корректировка целевого значения</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>e.g. 1 250,5</source>
            <translation>например, 1 250,5</translation>
        </message>
        <message>
            <source>e.g. council resolution No. 12 of 05.03.2025</source>
            <translation>например, постановление кенеша № 12 от 05.03.2025</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Период:</translation>
        </message>
        <message>
            <source>&amp;New target ({unit}):</source>
            <translation>&amp;Новое целевое значение ({unit}):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>П&amp;ричина:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Решение:</translation>
        </message>
        <message>
            <source>Earlier revisions of this indicator</source>
            <translation>Прежние корректировки этого индикатора</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Было → стало</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Reason and decision</source>
            <translation>Причина и решение</translation>
        </message>
    </context>
    <context>
        <name>TargetsModel</name>
        <message>
            <source>An approved period: its targets change only through a target revision.</source>
            <translation>Утверждённый период: его целевые значения меняются только через корректировку.</translation>
        </message>
        <message>
            <source>Derived from the year's target; type a value to set it.</source>
            <translation>Вычислено из значения года; введите значение, чтобы задать его.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Year target</source>
            <translation>Значение на год</translation>
        </message>
        <message>
            <source>I half-year</source>
            <translation>I полугодие</translation>
        </message>
        <message>
            <source>II half-year</source>
            <translation>II полугодие</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>{year} H1</source>
            <translation>I пол. {year}</translation>
        </message>
        <message>
            <source>{year} H2</source>
            <translation>II пол. {year}</translation>
        </message>
        <message>
            <source>{year} Q1</source>
            <translation>1 кв. {year}</translation>
        </message>
        <message>
            <source>{year} Q2</source>
            <translation>2 кв. {year}</translation>
        </message>
        <message>
            <source>{year} Q3</source>
            <translation>3 кв. {year}</translation>
        </message>
        <message>
            <source>{year} Q4</source>
            <translation>4 кв. {year}</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Учётная запись</translation>
        </message>
        <message>
            <source>Last recorded action</source>
            <translation>Последнее записанное действие</translation>
        </message>
        <message>
            <source>When the user last changed something, from the audit trail</source>
            <translation>Когда пользователь последний раз что-то изменил, по журналу аудита</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активна</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>отключена</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>A&amp;ctivate</source>
            <translation>&amp;Включить</translation>
        </message>
        <message>
            <source>De&amp;activate</source>
            <translation>&amp;Отключить</translation>
        </message>
        <message>
            <source>Select a user to see what their role allows.</source>
            <translation>Выберите пользователя, чтобы увидеть, что разрешает его роль.</translation>
        </message>
        <message>
            <source>A user with the role {role} may: {rights}.</source>
            <translation>Пользователь с ролью «{role}» может: {rights}.</translation>
        </message>
        <message>
            <source>Deactivate {name} ({login})?</source>
            <translation>Отключить {name} ({login})?</translation>
        </message>
        <message>
            <source>They can no longer log in; their name stays in the history.</source>
            <translation>Он больше не сможет войти; его имя остаётся в истории.</translation>
        </message>
        <message>
            <source>The new password of {login} is set.</source>
            <translation>Новый пароль для {login} задан.</translation>
        </message>
        <message>
            <source>Tell it to them in person; they can change it on this page.</source>
            <translation>Сообщите его пользователю лично; он сможет сменить его на этой странице.</translation>
        </message>
        <message>
            <source>Your password is changed.</source>
            <translation>Ваш пароль изменён.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Пользователи</translation>
        </message>
        <message>
            <source>Change &amp;my password…</source>
            <translation>Сменить &amp;мой пароль…</translation>
        </message>
        <message>
            <source>Viewing only: nothing can be changed here.</source>
            <translation>Только просмотр: здесь ничего нельзя изменить.</translation>
        </message>
        <message>
            <source>Set-up mode: nobody has logged in. Add the first user, an administrator with a password; from the next start everybody logs in.</source>
            <translation>Режим настройки: никто не вошёл в систему. Добавьте первого пользователя — администратора с паролем; со следующего запуска все входят под своим логином.</translation>
        </message>
        <message>
            <source>Add a user for each member of the working group. A deactivated user can no longer log in; their name stays in the history.</source>
            <translation>Добавьте пользователя для каждого члена рабочей группы. Отключённый пользователь больше не может войти; его имя остаётся в истории.</translation>
        </message>
        <message>
            <source>Only an administrator adds users and changes roles.</source>
            <translation>Только администратор добавляет пользователей и меняет роли.</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Добавить пользователя…</translation>
        </message>
        <message>
            <source>&amp;Name and position…</source>
            <translation>&amp;ФИО и должность…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Сменить &amp;роль…</translation>
        </message>
        <message>
            <source>Set a new &amp;password…</source>
            <translation>Задать новый &amp;пароль…</translation>
        </message>
        <message>
            <source>Here the administrator will add users, give them roles (viewer, editor, evaluator, administrator) and reset passwords.</source>
            <translation type="vanished">Здесь администратор будет добавлять пользователей, назначать им роли (наблюдатель, редактор, оценщик, администратор) и сбрасывать пароли.</translation>
        </message>
    </context>
    <context>
        <name>WebsiteBox</name>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Municipality's &amp;website:</source>
            <translation>&amp;Сайт муниципалитета:</translation>
        </message>
        <message>
            <source>The citizen summary prints a QR code that opens this address with the fingerprint of its figures, so citizens can check a printed sheet against the approved figures. Left empty, the code holds the fingerprint only.</source>
            <translation>На кратком отчёте для граждан печатается QR-код, который открывает этот адрес с отпечатком данных его цифр: граждане могут сверить напечатанный лист с утверждёнными цифрами. Если поле пустое, код содержит только отпечаток.</translation>
        </message>
    </context>
    <context>
        <name>WorkingGroupPage</name>
        <message>
            <source>Working group</source>
            <translation type="vanished">Рабочая группа</translation>
        </message>
        <message>
            <source>Here you will keep the monitoring working group: the order that formed it, its members with their positions and sides, and the check of the shares of women and youth.</source>
            <translation type="vanished">Здесь вы будете вести рабочую группу по мониторингу и оценке: распоряжение о её создании, членов с должностями и сторонами, проверку доли женщин и молодёжи.</translation>
        </message>
        <message>
            <source>Monitoring working group</source>
            <translation>Рабочая группа по мониторингу и оценке</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Состав</translation>
        </message>
        <message>
            <source>Hearings and meetings</source>
            <translation>Слушания и заседания</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Общественные проверки</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программы пока нет</translation>
        </message>
        <message>
            <source>The working group belongs to a programme. Import the programme's plan from Excel or create the demo programme first.</source>
            <translation>Рабочая группа относится к программе. Сначала импортируйте план программы из Excel или создайте демо-программу.</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>programme</source>
            <translation>программа</translation>
        </message>
        <message>
            <source>municipality</source>
            <translation>муниципалитет</translation>
        </message>
        <message>
            <source>plan item</source>
            <translation>пункт плана</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>индикатор</translation>
        </message>
        <message>
            <source>target</source>
            <translation>целевое значение</translation>
        </message>
        <message>
            <source>target revision</source>
            <translation>корректировка целевого значения</translation>
        </message>
        <message>
            <source>actual value</source>
            <translation>фактическое значение</translation>
        </message>
        <message>
            <source>measure progress</source>
            <translation>ход мероприятия</translation>
        </message>
        <message>
            <source>measure budget</source>
            <translation>бюджет мероприятия</translation>
        </message>
        <message>
            <source>measure budget of a year</source>
            <translation>бюджет мероприятия на год</translation>
        </message>
        <message>
            <source>measure spending</source>
            <translation>расходы по мероприятию</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>подтверждение</translation>
        </message>
        <message>
            <source>reporting deadline</source>
            <translation>срок отчётности</translation>
        </message>
        <message>
            <source>reporting round</source>
            <translation>отчётный период</translation>
        </message>
        <message>
            <source>evaluation</source>
            <translation>оценка</translation>
        </message>
        <message>
            <source>report</source>
            <translation>отчёт</translation>
        </message>
        <message>
            <source>user</source>
            <translation>пользователь</translation>
        </message>
        <message>
            <source>SWOT item</source>
            <translation>пункт SWOT</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>риск</translation>
        </message>
        <message>
            <source>working group</source>
            <translation>рабочая группа</translation>
        </message>
        <message>
            <source>working group member</source>
            <translation>член рабочей группы</translation>
        </message>
        <message>
            <source>exchange package</source>
            <translation>пакет обмена</translation>
        </message>
        <message>
            <source>database</source>
            <translation>база данных</translation>
        </message>
        <message>
            <source>public check</source>
            <translation>общественная проверка</translation>
        </message>
        <message>
            <source>hearing or meeting</source>
            <translation>слушания или заседание</translation>
        </message>
        <message>
            <source>proposal</source>
            <translation>предложение</translation>
        </message>
        <message>
            <source>created</source>
            <translation>создано</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>импортировано</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>отправлено</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>утверждено</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>открыто повторно</translation>
        </message>
        <message>
            <source>role changed</source>
            <translation>роль изменена</translation>
        </message>
        <message>
            <source>activated</source>
            <translation>включён</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>отключён</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>пароль изменён</translation>
        </message>
        <message>
            <source>password reset</source>
            <translation>пароль сброшен</translation>
        </message>
        <message>
            <source>signing identity created</source>
            <translation>ключ подписи создан</translation>
        </message>
        <message>
            <source>signing identity imported</source>
            <translation>ключ подписи импортирован</translation>
        </message>
        <message>
            <source>signing identity deleted</source>
            <translation>ключ подписи удалён</translation>
        </message>
        <message>
            <source>report signed</source>
            <translation>отчёт подписан</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>перемещено</translation>
        </message>
        <message>
            <source>created (several)</source>
            <translation>создано (несколько)</translation>
        </message>
        <message>
            <source>package exported</source>
            <translation>пакет экспортирован</translation>
        </message>
        <message>
            <source>package imported</source>
            <translation>пакет импортирован</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>восстановлено</translation>
        </message>
        <message>
            <source>value confirmed</source>
            <translation>значение подтверждено</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>SWOT category</source>
            <translation>Категория SWOT</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>Выполнено, %</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Расходы</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Израсходовано</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Acknowledged items</source>
            <translation>Принятые замечания</translation>
        </message>
        <message>
            <source>Fingerprint of the acknowledged list</source>
            <translation>Отпечаток принятого списка</translation>
        </message>
        <message>
            <source>How acknowledged</source>
            <translation>Как принято</translation>
        </message>
        <message>
            <source>Rayon</source>
            <translation>Район</translation>
        </message>
        <message>
            <source>Oblast</source>
            <translation>Область</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Год начала</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>Год окончания</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Видение</translation>
        </message>
        <message>
            <source>Strategic goal</source>
            <translation>Стратегическая цель</translation>
        </message>
        <message>
            <source>Approving body</source>
            <translation>Утвердивший орган</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>Номер постановления</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Дата постановления</translation>
        </message>
        <message>
            <source>Reporting frequency</source>
            <translation>Периодичность отчётности</translation>
        </message>
        <message>
            <source>On track from (progress ≥)</source>
            <translation>В графике (прогресс ≥)</translation>
        </message>
        <message>
            <source>At risk from (progress ≥)</source>
            <translation>Под угрозой (прогресс ≥)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Deadline (as written)</source>
            <translation>Срок реализации (как записан)</translation>
        </message>
        <message>
            <source>Expected result (output)</source>
            <translation>Ожидаемый результат (продукт)</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Ответственный исполнитель</translation>
        </message>
        <message>
            <source>Co-executors</source>
            <translation>Соисполнители</translation>
        </message>
        <message>
            <source>By agreement</source>
            <translation>По согласованию</translation>
        </message>
        <message>
            <source>Annual plan years</source>
            <translation>Годы годового плана</translation>
        </message>
        <message>
            <source>Investment measure</source>
            <translation>Инвестиционное мероприятие</translation>
        </message>
        <message>
            <source>Unit of measure</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <source>Value type</source>
            <translation>Тип значения</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направленность</translation>
        </message>
        <message>
            <source>How periods combine</source>
            <translation>Как объединяются периоды</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Baseline value</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Базовый год</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Источник данных</translation>
        </message>
        <message>
            <source>Measurement frequency</source>
            <translation>Периодичность измерения</translation>
        </message>
        <message>
            <source>Measurement date</source>
            <translation>Дата измерения</translation>
        </message>
        <message>
            <source>Measurement method</source>
            <translation>Метод измерения</translation>
        </message>
        <message>
            <source>Verifying document</source>
            <translation>Подтверждающий документ</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Methodology note</source>
            <translation>Методическое примечание</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Weight in roll-ups</source>
            <translation>Вес при сведении</translation>
        </message>
        <message>
            <source>Target before</source>
            <translation>Прежнее целевое значение</translation>
        </message>
        <message>
            <source>New target</source>
            <translation>Новое целевое значение</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Revised by</source>
            <translation>Кем скорректировано</translation>
        </message>
        <message>
            <source>Revised at</source>
            <translation>Когда скорректировано</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Анализ прогресса</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Слабые места</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Предлагаемые корректировки целевых значений</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Кем отправлено</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Когда отправлено</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Кем утверждено</translation>
        </message>
        <message>
            <source>Approved at</source>
            <translation>Когда утверждено</translation>
        </message>
        <message>
            <source>Likelihood (1–5)</source>
            <translation>Вероятность (1–5)</translation>
        </message>
        <message>
            <source>Impact (1–5)</source>
            <translation>Влияние (1–5)</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Меры снижения</translation>
        </message>
        <message>
            <source>Order No.</source>
            <translation>Номер распоряжения</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Дата распоряжения</translation>
        </message>
        <message>
            <source>Place in the list</source>
            <translation>Место в списке</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Участников</translation>
        </message>
        <message>
            <source>Women among them</source>
            <translation>Из них женщин</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Answer / what was done</source>
            <translation>Ответ / что сделано</translation>
        </message>
        <message>
            <source>Stage of completion</source>
            <translation>Этап выполнения</translation>
        </message>
        <message>
            <source>Date of the check</source>
            <translation>Дата проверки</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Кто проверял</translation>
        </message>
        <message>
            <source>Citizens taking part</source>
            <translation>Участвовало граждан</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <source>Timeliness (1–5)</source>
            <translation>Своевременность (1–5)</translation>
        </message>
        <message>
            <source>Quality (1–5)</source>
            <translation>Качество (1–5)</translation>
        </message>
        <message>
            <source>Attached to</source>
            <translation>К чему приложено</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Номер документа</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>Дата документа</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Тип файла</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Размер (байт)</translation>
        </message>
        <message>
            <source>Account active</source>
            <translation>Учётная запись активна</translation>
        </message>
        <message>
            <source>Days after the period</source>
            <translation>Дней после периода</translation>
        </message>
        <message>
            <source>Due month</source>
            <translation>Месяц срока</translation>
        </message>
        <message>
            <source>Due day</source>
            <translation>День срока</translation>
        </message>
        <message>
            <source>Signing key re-encrypted with the new password</source>
            <translation>Ключ подписи перешифрован новым паролем</translation>
        </message>
        <message>
            <source>Certificate holder</source>
            <translation>Владелец сертификата</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Кем выдан</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действителен до</translation>
        </message>
        <message>
            <source>Signature field</source>
            <translation>Поле подписи</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Периоды</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <source>Signature check</source>
            <translation>Проверка подписи</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Подписан</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строк</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Вложенных файлов</translation>
        </message>
        <message>
            <source>Rows created</source>
            <translation>Создано строк</translation>
        </message>
        <message>
            <source>Rows updated</source>
            <translation>Обновлено строк</translation>
        </message>
        <message>
            <source>Rows replaced</source>
            <translation>Заменено строк</translation>
        </message>
        <message>
            <source>Rows kept</source>
            <translation>Оставлено без изменений строк</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Пропущено строк</translation>
        </message>
        <message>
            <source>Copy of the previous database</source>
            <translation>Копия прежней базы</translation>
        </message>
        <message>
            <source>Number of rows</source>
            <translation>Количество строк</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Кем внесено</translation>
        </message>
        <message>
            <source>Value confirmed</source>
            <translation>Подтверждённое значение</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Подтвердил</translation>
        </message>
        <message>
            <source>Confirmed at</source>
            <translation>Когда подтверждено</translation>
        </message>
        <message>
            <source>Reason for confirming</source>
            <translation>Причина подтверждения</translation>
        </message>
        <message>
            <source>Why it was held</source>
            <translation>Почему удержано</translation>
        </message>
        <message>
            <source>Stored text</source>
            <translation>Сохранённый текст</translation>
        </message>
        <message>
            <source>Plan item (id)</source>
            <translation>Пункт плана (id)</translation>
        </message>
        <message>
            <source>Parent item (id)</source>
            <translation>Вышестоящий пункт (id)</translation>
        </message>
        <message>
            <source>Indicator (id)</source>
            <translation>Индикатор (id)</translation>
        </message>
        <message>
            <source>Measure (id)</source>
            <translation>Мероприятие (id)</translation>
        </message>
        <message>
            <source>Measure progress (id)</source>
            <translation>Ход мероприятия (id)</translation>
        </message>
        <message>
            <source>Measure budget (id)</source>
            <translation>Бюджет мероприятия (id)</translation>
        </message>
        <message>
            <source>Hearing or meeting (id)</source>
            <translation>Слушания или заседание (id)</translation>
        </message>
        <message>
            <source>Working group (id)</source>
            <translation>Рабочая группа (id)</translation>
        </message>
        <message>
            <source>Attached to (id)</source>
            <translation>Объект вложения (id)</translation>
        </message>
        <message>
            <source>Municipality (id)</source>
            <translation>Муниципалитет (id)</translation>
        </message>
        <message>
            <source>Programme (id)</source>
            <translation>Программа (id)</translation>
        </message>
        <message>
            <source>Object (id)</source>
            <translation>Объект (id)</translation>
        </message>
        <message>
            <source>Report fingerprint</source>
            <translation>Цифровой отпечаток отчёта</translation>
        </message>
        <message>
            <source>Checksum (SHA-256)</source>
            <translation>Контрольная сумма (SHA-256)</translation>
        </message>
        <message>
            <source>Certificate (SHA-256)</source>
            <translation>Сертификат (SHA-256)</translation>
        </message>
        <message>
            <source>Signer's certificate (SHA-256)</source>
            <translation>Сертификат подписавшего (SHA-256)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Target (as written)</source>
            <translation>Целевое значение (как записано)</translation>
        </message>
        <message>
            <source>Actual value</source>
            <translation>Фактическое значение</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Риск</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>Kind of municipality</source>
            <translation>Вид муниципалитета</translation>
        </message>
        <message>
            <source>Kind of document</source>
            <translation>Вид документа</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Position in the certificate</source>
            <translation>Должность в сертификате</translation>
        </message>
        <message>
            <source>Role in the group</source>
            <translation>Роль в группе</translation>
        </message>
        <message>
            <source>Kind of deadline</source>
            <translation>Вид срока</translation>
        </message>
        <message>
            <source>Deadline kept</source>
            <translation>Срок действует</translation>
        </message>
        <message>
            <source>the whole programme</source>
            <translation>вся программа</translation>
        </message>
        <message>
            <source>chosen periods</source>
            <translation>выбранные периоды</translation>
        </message>
        <message>
            <source>first package: its signer was recorded</source>
            <translation>первый пакет: подписавший записан</translation>
        </message>
        <message>
            <source>signed by the known signer</source>
            <translation>подписан известным подписантом</translation>
        </message>
        <message>
            <source>signed by another signer</source>
            <translation>подписан другим подписантом</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>не подписан</translation>
        </message>
        <message>
            <source>not signed, though earlier packages were</source>
            <translation>не подписан, хотя прежние пакеты были подписаны</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Object id</source>
            <translation>ID объекта</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Programme id</source>
            <translation>ID программы</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <source>Event id</source>
            <translation>ID события</translation>
        </message>
        <message>
            <source>(set-up)</source>
            <translation>(настройка)</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Журнал аудита</translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <source>{what}: due {due}, {days} d. late</source>
            <translation>{what}: срок {due}, просрочено на {days} дн.</translation>
        </message>
        <message>
            <source>{kind} at {stage} %: {measure}</source>
            <translation>{kind} при {stage} %: {measure}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Restored {target} from {file}</source>
            <translation>{target} восстановлена из {file}</translation>
        </message>
        <message>
            <source>Backup written: {file}</source>
            <translation>Резервная копия записана: {file}</translation>
        </message>
        <message>
            <source>Demo users (password: {password}):</source>
            <translation>Демо-пользователи (пароль: {password}):</translation>
        </message>
        <message>
            <source>The demo is already in the database; nothing was changed.</source>
            <translation>Демо уже есть в базе данных; ничего не изменено.</translation>
        </message>
        <message>
            <source>Creating the demo: {done} of {total}</source>
            <translation>Создание демо: {done} из {total}</translation>
        </message>
        <message>
            <source>Screenshot saved: {file}</source>
            <translation>Снимок экрана сохранён: {file}</translation>
        </message>
        <message>
            <source>{code} · {title}</source>
            <translation>{code} · {title}</translation>
        </message>
        <message>
            <source>Period {period} · round {state}</source>
            <translation>Период {period} · состояние периода: {state}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Прогресс</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Отношение</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Measures: {parts}</source>
            <translation>Мероприятия: {parts}</translation>
        </message>
        <message>
            <source>Imported {file}: {created} new, {updated} changed, {deleted} cleared, {unchanged} unchanged, {skipped} empty rows skipped</source>
            <translation>Импортирован {file}: новых {created}, изменено {updated}, очищено {deleted}, без изменений {unchanged}, пропущено пустых строк {skipped}</translation>
        </message>
        <message>
            <source>No indicators.</source>
            <translation>Индикаторов нет.</translation>
        </message>
        <message>
            <source>Programme progress: {progress} ({status})</source>
            <translation>Прогресс программы: {progress} ({status})</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>ничего не импортировано</translation>
        </message>
        <message>
            <source>Programmes: {programs}, indicators: {indicators}, measures: {measures}, actuals: {actuals}.</source>
            <translation>Программ: {programs}, индикаторов: {indicators}, мероприятий: {measures}, фактических значений: {actuals}.</translation>
        </message>
        <message>
            <source>The previous database was saved as {file}</source>
            <translation>Прежняя база данных сохранена как {file}</translation>
        </message>
        <message>
            <source>The backup was made by an older meapp; its data was upgraded</source>
            <translation>Резервная копия сделана более старой версией meapp; её данные обновлены</translation>
        </message>
        <message>
            <source>No backups yet</source>
            <translation>Резервных копий пока нет</translation>
        </message>
        <message>
            <source>Demo created in {seconds} s.</source>
            <translation>Демо создано за {seconds} с.</translation>
        </message>
        <message>
            <source>the whole programme {code}</source>
            <translation>вся программа {code}</translation>
        </message>
        <message>
            <source>programme {code}, periods {periods}</source>
            <translation>программа {code}, периоды {periods}</translation>
        </message>
        <message>
            <source>Package written: {file} ({what})</source>
            <translation>Пакет обмена записан: {file} ({what})</translation>
        </message>
        <message>
            <source>Rows: {rows}, evidence files: {files}</source>
            <translation>Строк: {rows}, файлов подтверждений: {files}</translation>
        </message>
        <message>
            <source>{file}: {municipality}, programme {code}, periods {periods}</source>
            <translation>{file}: {municipality}, программа {code}, периоды {periods}</translation>
        </message>
        <message>
            <source>Imported {file}: {created} new, {updated} changed, {replaced} replaced, {kept} kept here, {unchanged} unchanged, {outdated} newer here</source>
            <translation>Импортирован {file}: новых {created}, изменённых {updated}, заменённых {replaced}, оставленных здесь {kept}, без изменений {unchanged}, более новых здесь {outdated}</translation>
        </message>
        <message>
            <source>Signed by {signer}</source>
            <translation>Подписано: {signer}</translation>
        </message>
        <message>
            <source>Not signed (no signing identity)</source>
            <translation>Не подписано (нет ключа подписи)</translation>
        </message>
        <message>
            <source>Sent by {name} ({login})</source>
            <translation>Отправитель: {name} ({login})</translation>
        </message>
        <message>
            <source>The programme is new here: it will be created</source>
            <translation>Программа здесь новая: она будет создана</translation>
        </message>
        <message>
            <source>Conflicting rows:</source>
            <translation>Конфликтующие строки:</translation>
        </message>
        <message>
            <source>Rows of approved (locked) periods that would change:</source>
            <translation>Строки утверждённых (заблокированных) периодов, которые изменились бы:</translation>
        </message>
        <message>
            <source>Nothing to import: this database already holds everything in the package</source>
            <translation>Импортировать нечего: в этой базе данных уже есть всё, что содержит пакет</translation>
        </message>
        <message>
            <source>Nothing imported: this database already holds everything in {file} ({unchanged} rows unchanged, {outdated} newer here)</source>
            <translation>Ничего не импортировано: в этой базе данных уже есть всё из {file} (без изменений строк: {unchanged}, более новых здесь: {outdated})</translation>
        </message>
        <message>
            <source>Sender's audit chain anchor: {anchor}</source>
            <translation>Якорь цепочки аудита отправителя: {anchor}</translation>
        </message>
        <message>
            <source>Nothing to import: this database already has newer data</source>
            <translation>Импортировать нечего: в этой базе данных уже есть более новые данные</translation>
        </message>
        <message>
            <source>Nothing imported: this database already has newer data than {file} ({outdated} rows newer here, {unchanged} unchanged)</source>
            <translation>Ничего не импортировано: в этой базе данных уже есть более новые данные, чем в {file} (более новых здесь строк: {outdated}, без изменений: {unchanged})</translation>
        </message>
        <message>
            <source>Programme {code} created from the package</source>
            <translation>Программа {code} создана из пакета обмена</translation>
        </message>
        <message>
            <source>{n} rows skipped: they belong to rows kept here</source>
            <translation>Пропущено строк: {n}: они относятся к строкам, оставленным здесь</translation>
        </message>
        <message>
            <source>The signer's certificate was recorded for {municipality}</source>
            <translation>Сертификат подписанта записан для {municipality}</translation>
        </message>
        <message>
            <source>{n} new</source>
            <translation>новых: {n}</translation>
        </message>
        <message>
            <source>{n} changed</source>
            <translation>изменённых: {n}</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>без изменений: {n}</translation>
        </message>
        <message>
            <source>{n} conflicting</source>
            <translation>конфликтующих: {n}</translation>
        </message>
        <message>
            <source>{n} outdated (kept here)</source>
            <translation>устаревших (оставлены здесь): {n}</translation>
        </message>
        <message>
            <source>{n} locked</source>
            <translation>заблокированных: {n}</translation>
        </message>
        <message>
            <source>{column}: here {mine}, in the package {theirs}</source>
            <translation>{column}: здесь {mine}, в пакете {theirs}</translation>
        </message>
        <message>
            <source>another row here: {id}</source>
            <translation>другая строка здесь: {id}</translation>
        </message>
        <message>
            <source>The import needs {flag}</source>
            <translation>Для импорта нужен {flag}</translation>
        </message>
        <message>
            <source>Conflicting rows (changed both here and in the package):</source>
            <translation>Конфликтующие строки (изменены и здесь, и в пакете):</translation>
        </message>
        <message>
            <source>The user guide was written to {file}</source>
            <translation>Руководство записано в {file}</translation>
        </message>
        <message>
            <source>({sign}{delta} points since {period})</source>
            <translation>({sign}{delta} п. п. с {period})</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>предупреждение: {warning}</translation>
        </message>
        <message>
            <source>warning: acknowledged: {item}</source>
            <translation>предупреждение: принято к сведению: {item}</translation>
        </message>
        <message>
            <source>Round {period}: {state}</source>
            <translation>Период {period}: {state}</translation>
        </message>
        <message>
            <source>the round {period} was not changed: open data-quality items: {n}. Resolve them, or repeat with --accept-warnings to {action} anyway:</source>
            <translation type="vanished">отчётный период {period} не изменён: открытые вопросы качества данных: {n}. Устраните их или повторите с --accept-warnings, чтобы всё равно {action}:</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Пункт плана</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Израсходовано</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Исполнение</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Отклонение</translation>
        </message>
        <message>
            <source>(and {n} more problems)</source>
            <translation>(и ещё проблем: {n})</translation>
        </message>
        <message>
            <source>Programme {id}: {d} directions, {s} sectors, {o} objectives, {m} measures, {i} indicators</source>
            <translation>Программа {id}: направлений {d}, отраслей {s}, задач {o}, мероприятий {m}, индикаторов {i}</translation>
        </message>
        <message>
            <source>Created {n} rows, updated {u}.</source>
            <translation>Создано строк: {n}, обновлено: {u}.</translation>
        </message>
        <message>
            <source>Programme created: {id}</source>
            <translation>Программа создана: {id}</translation>
        </message>
        <message>
            <source>Indicators not linked to a plan item: {n} (named in the warnings below); place them in the plan editor or name the plan item in a "Plan item" column.</source>
            <translation>Индикаторы без привязки к пункту плана: {n} (названы в предупреждениях ниже); укажите их место в редакторе плана или назовите пункт в столбце "Пункт плана".</translation>
        </message>
        <message>
            <source>No programmes. Import the council's tables or create the demo: meapp demo</source>
            <translation>Программ нет. Импортируйте таблицы кенеша или создайте демо: meapp demo</translation>
        </message>
        <message>
            <source>Anchor of this database (keep it elsewhere for a later check --anchor): {anchor}</source>
            <translation>Якорь этой базы данных (сохраните его в другом месте для будущей проверки check --anchor): {anchor}</translation>
        </message>
        <message>
            <source>Website pack for {period} written to {folder} ({n} files); open index.html.</source>
            <translation>Пакет сайта за {period} записан в {folder} ({n} файлов); откройте index.html.</translation>
        </message>
        <message>
            <source>The period is not approved yet: the pages say so.</source>
            <translation>Период ещё не утверждён: на страницах это указано.</translation>
        </message>
        <message>
            <source>No report was given (--report FILE.pdf): the pages say it is not published yet.</source>
            <translation>Отчёт не указан (--report FILE.pdf): на страницах сказано, что он ещё не опубликован.</translation>
        </message>
        <message>
            <source>No value is held for review.</source>
            <translation>Нет значений, удержанных для проверки.</translation>
        </message>
        <message>
            <source>{period}  {code}  {name}: {value} — {reason}</source>
            <translation>{period}  {code}  {name}: {value} — {reason}</translation>
        </message>
        <message>
            <source>Confirmed the value of {indicator} for {period}: it counts in the roll-ups.</source>
            <translation>Значение {indicator} за {period} подтверждено: оно учитывается в сведении.</translation>
        </message>
        <message>
            <source>The audit trail still holds the {count} events it had when the report was signed.</source>
            <translation>Журнал аудита по-прежнему содержит {count} событий, которые были в нём при подписании отчёта.</translation>
        </message>
        <message>
            <source>The report was signed in another database: its audit trail was not compared.</source>
            <translation>Отчёт подписан в другой базе данных: её журнал аудита не сравнивался.</translation>
        </message>
        <message>
            <source>All signatures are valid, every signer is trusted and nothing was changed after signing.</source>
            <translation>Все подписи действительны, все подписанты доверенные, после подписания ничего не изменено.</translation>
        </message>
        <message>
            <source>NOT THEIR BOX: {login} does not hold this box</source>
            <translation>НЕ СВОЁ ПОЛЕ: это поле не принадлежит {login}</translation>
        </message>
        <message>
            <source>UNKNOWN signer: certificate SHA-256 {sha256} is not trusted</source>
            <translation>НЕИЗВЕСТНЫЙ подписант: сертификат SHA-256 {sha256} не является доверенным</translation>
        </message>
        <message>
            <source>Schema: {rev} (expected {exp})</source>
            <translation>Схема: {rev} (ожидается {exp})</translation>
        </message>
        <message>
            <source>the round {period} was not changed: the open data-quality items are no longer the list {given}: {n} open now. Check them, and repeat with --accept-fingerprint {fingerprint} to {action} anyway:</source>
            <translation>отчётный период {period} не изменён: открытые вопросы качества данных уже не совпадают со списком {given}: сейчас открыто {n}. Проверьте их и повторите с --accept-fingerprint {fingerprint}, чтобы всё равно {action}:</translation>
        </message>
        <message>
            <source>the round {period} was not changed: open data-quality items: {n}. Resolve them, or repeat with --accept-warnings (or --accept-fingerprint {fingerprint}: exactly these items) to {action} anyway:</source>
            <translation>отчётный период {period} не изменён: открытые вопросы качества данных: {n}. Устраните их или повторите с --accept-warnings (или с --accept-fingerprint {fingerprint}: ровно эти вопросы), чтобы всё равно {action}:</translation>
        </message>
        <message>
            <source>Overdue:</source>
            <translation>Просрочено:</translation>
        </message>
        <message>
            <source>Database integrity: {state}</source>
            <translation>Целостность базы данных: {state}</translation>
        </message>
        <message>
            <source>Programmes: {n}</source>
            <translation>Программ: {n}</translation>
        </message>
        <message>
            <source>Broken references: {n}</source>
            <translation>Нарушенных ссылок: {n}</translation>
        </message>
        <message>
            <source>Audit trail: {n} events, chain intact</source>
            <translation>Журнал аудита: событий {n}, цепочка цела</translation>
        </message>
        <message>
            <source>Audit trail: BROKEN at event #{seq} ({id}): {reason}</source>
            <translation>Журнал аудита: НАРУШЕН на событии №{seq} ({id}): {reason}</translation>
        </message>
        <message>
            <source>Anchor: none to compare with (no backup here; give --anchor COUNT:HASH)</source>
            <translation>Якорь: сравнивать не с чем (здесь нет резервной копии; укажите --anchor COUNT:HASH)</translation>
        </message>
        <message>
            <source>Data: not compared, the history itself is damaged</source>
            <translation>Данные: не сравнивались, повреждена сама история</translation>
        </message>
        <message>
            <source>Schema: {problem}</source>
            <translation>Схема: {problem}</translation>
        </message>
        <message>
            <source>Anchor: the history still holds the {n} events of {source}</source>
            <translation>Якорь: в истории по-прежнему есть все события из {source} (событий: {n})</translation>
        </message>
        <message>
            <source>Anchor: {problem}</source>
            <translation>Якорь: {problem}</translation>
        </message>
        <message>
            <source>Data: {n} rows, all as the history says</source>
            <translation>Данные: строк — {n}, все совпадают с историей</translation>
        </message>
        <message>
            <source>Data: {n} differences from the history in {rows} rows</source>
            <translation>Данные: отличий от истории — {n} (проверено строк: {rows})</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… и ещё {n}</translation>
        </message>
        <message>
            <source>Report for {period} written to {file} ({pages} pages)</source>
            <translation>Отчёт за {period} записан в {file} (страниц: {pages})</translation>
        </message>
        <message>
            <source>Excel file written to {file}</source>
            <translation>Файл Excel записан: {file}</translation>
        </message>
        <message>
            <source>Citizen summary for {period} written to {file}</source>
            <translation>Краткий отчёт для граждан за {period} записан в {file}</translation>
        </message>
        <message>
            <source>The period is not approved yet: the report is marked as a draft.</source>
            <translation>Период ещё не утверждён: отчёт помечен как черновик.</translation>
        </message>
        <message>
            <source>Password for {login}: </source>
            <translation>Пароль для {login}: </translation>
        </message>
        <message>
            <source>Name: {name}</source>
            <translation>ФИО: {name}</translation>
        </message>
        <message>
            <source>Issued by: {issuer}</source>
            <translation>Кем выдан: {issuer}</translation>
        </message>
        <message>
            <source>Valid: {start} – {end}</source>
            <translation>Действителен: {start} – {end}</translation>
        </message>
        <message>
            <source>SHA-256: {sha256}</source>
            <translation>SHA-256: {sha256}</translation>
        </message>
        <message>
            <source>Signing identity created for {login}.</source>
            <translation>Ключ подписи для {login} создан.</translation>
        </message>
        <message>
            <source>Password of {file}: </source>
            <translation>Пароль файла {file}: </translation>
        </message>
        <message>
            <source>Signing identity imported for {login}.</source>
            <translation>Ключ подписи для {login} импортирован.</translation>
        </message>
        <message>
            <source>field: {field}</source>
            <translation>поле: {field}</translation>
        </message>
        <message>
            <source>{file}: {n} signature(s)</source>
            <translation>{file}: подписей: {n}</translation>
        </message>
        <message>
            <source>NOT VALID: a signature is broken or the file was changed after signing.</source>
            <translation type="vanished">НЕДЕЙСТВИТЕЛЬНО: подпись нарушена или файл изменён после подписания.</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Должность: {position}</translation>
        </message>
        <message>
            <source>Organisation: {organisation}</source>
            <translation>Организация: {organisation}</translation>
        </message>
        <message>
            <source>Certificate written: {file}</source>
            <translation>Сертификат записан: {file}</translation>
        </message>
        <message>
            <source>{login} has no signing identity.</source>
            <translation>У {login} нет ключа подписи.</translation>
        </message>
        <message>
            <source>Trusted: {name}</source>
            <translation>Доверенный: {name}</translation>
        </message>
        <message>
            <source>No trusted certificates. Add one: meapp identity trust FILE.pem</source>
            <translation>Доверенных сертификатов нет. Добавьте: meapp identity trust FILE.pem</translation>
        </message>
        <message>
            <source>Signed {file} as {who} in the field {field}.</source>
            <translation>Файл {file} подписан как {who} в поле {field}.</translation>
        </message>
        <message>
            <source>{file}: no signatures.</source>
            <translation type="vanished">{file}: подписей нет.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>BROKEN: the signed content was altered</source>
            <translation>НАРУШЕНА: подписанное содержимое изменено</translation>
        </message>
        <message>
            <source>All signatures are valid; nothing was changed after signing.</source>
            <translation type="vanished">Все подписи действительны; после подписания ничего не изменено.</translation>
        </message>
        <message>
            <source>signed: {when}</source>
            <translation>подписано: {when}</translation>
        </message>
        <message>
            <source>intact, but the document was CHANGED after signing</source>
            <translation>цела, но документ ИЗМЕНЁН после подписания</translation>
        </message>
        <message>
            <source>Signed report of {period}, data fingerprint {fingerprint}</source>
            <translation>Подписанный отчёт за {period}, цифровой отпечаток данных {fingerprint}</translation>
        </message>
        <message>
            <source>The figures are the approved data of {period} in this database.</source>
            <translation>Цифры совпадают с утверждёнными данными за {period} в этой базе данных.</translation>
        </message>
        <message>
            <source>self-signed</source>
            <translation>самоподписанный</translation>
        </message>
        <message>
            <source>intact, covers the whole document</source>
            <translation>цела, охватывает весь документ</translation>
        </message>
        <message>
            <source>intact; later only further signatures were added</source>
            <translation>цела; позже добавлены только другие подписи</translation>
        </message>
        <message>
            <source>trusted signer</source>
            <translation>доверенный подписант</translation>
        </message>
        <message>
            <source>unknown signer (certificate not in the trusted list)</source>
            <translation type="vanished">неизвестный подписант (сертификата нет в списке доверенных)</translation>
        </message>
        <message>
            <source>New password for {login}: </source>
            <translation>Новый пароль для {login}: </translation>
        </message>
        <message>
            <source>Repeat the new password: </source>
            <translation>Повторите новый пароль: </translation>
        </message>
        <message>
            <source>User {login} ({role}) created</source>
            <translation>Пользователь {login} ({role}) создан</translation>
        </message>
        <message>
            <source>{login} is now {role}</source>
            <translation>{login} теперь {role}</translation>
        </message>
        <message>
            <source>{login} can log in again</source>
            <translation>{login} снова может входить</translation>
        </message>
        <message>
            <source>{login} is deactivated</source>
            <translation>{login} отключён</translation>
        </message>
        <message>
            <source>Administrator {login} created</source>
            <translation>Администратор {login} создан</translation>
        </message>
        <message>
            <source>Password of {login} changed</source>
            <translation>Пароль {login} изменён</translation>
        </message>
        <message>
            <source>No users yet. Create the administrator: meapp user add LOGIN --name NAME</source>
            <translation>Пользователей пока нет. Создайте администратора: meapp user add LOGIN --name NAME</translation>
        </message>
        <message>
            <source> (deactivated)</source>
            <translation> (отключён)</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">в графике</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">под угрозой</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">отстаёт</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">нет данных</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">выполнено</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">выполняется</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">не начато</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">задерживается</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">отменено</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="vanished">открыт</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation type="vanished">отправлен</translation>
        </message>
        <message>
            <source>approved</source>
            <translation type="vanished">утверждён</translation>
        </message>
        <message>
            <source>local budget</source>
            <translation type="vanished">местный бюджет</translation>
        </message>
        <message>
            <source>republican budget</source>
            <translation type="vanished">республиканский бюджет</translation>
        </message>
        <message>
            <source>development fund</source>
            <translation type="vanished">фонд развития</translation>
        </message>
        <message>
            <source>donors</source>
            <translation type="vanished">доноры</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation type="vanished">спонсоры</translation>
        </message>
        <message>
            <source>community contribution</source>
            <translation type="vanished">вклад сообщества</translation>
        </message>
        <message>
            <source>investors</source>
            <translation type="vanished">инвесторы</translation>
        </message>
        <message>
            <source>public-private partnership</source>
            <translation type="vanished">государственно-частное партнёрство</translation>
        </message>
        <message>
            <source>other</source>
            <translation type="vanished">прочее</translation>
        </message>
        <message>
            <source>total</source>
            <translation>итого</translation>
        </message>
        <message>
            <source>submit</source>
            <translation>отправить</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>утвердить</translation>
        </message>
    </context>
    <context>
        <name>evaluation</name>
        <message>
            <source>Programme progress in {period}: {progress} ({status}). Indicators: {on_track} on track, {at_risk} at risk, {off_track} off track, {no_data} without data. Measures: {done} done, {in_progress} in progress, {not_started} not started, {delayed} delayed, {cancelled} cancelled.</source>
            <translation>Прогресс программы за {period}: {progress} ({status}). Индикаторы: в графике — {on_track}, под угрозой — {at_risk}, отстают — {off_track}, без данных — {no_data}. Мероприятия: выполнено — {done}, выполняется — {in_progress}, не начато — {not_started}, задерживается — {delayed}, отменено — {cancelled}.</translation>
        </message>
        <message>
            <source>Budget: {spent} som spent of {planned} som planned ({execution}).</source>
            <translation>Бюджет: израсходовано {spent} сом из запланированных {planned} сом ({execution}).</translation>
        </message>
        <message>
            <source>Indicators off track:</source>
            <translation>Отстающие индикаторы:</translation>
        </message>
        <message>
            <source>{code} {name}: actual {actual}, target {target} {unit} (progress {progress})</source>
            <translation>{code} {name}: факт {actual}, целевое значение {target} {unit} (прогресс {progress})</translation>
        </message>
        <message>
            <source>Delayed measures:</source>
            <translation>Задерживающиеся мероприятия:</translation>
        </message>
        <message>
            <source>{code} {title} (responsible: {executor})</source>
            <translation>{code} {title} (ответственный: {executor})</translation>
        </message>
        <message>
            <source>Indicators without data for the period:</source>
            <translation>Индикаторы без данных за период:</translation>
        </message>
        <message>
            <source>{code} {name}: review the target {target} {unit} (progress {progress})</source>
            <translation>{code} {name}: пересмотреть целевое значение {target} {unit} (прогресс {progress})</translation>
        </message>
        <message>
            <source>Progress by priority direction:</source>
            <translation>Прогресс по приоритетным направлениям:</translation>
        </message>
        <message>
            <source>{code} {title}: {progress} ({status})</source>
            <translation>{code} {title}: {progress} ({status})</translation>
        </message>
        <message>
            <source>Programme progress was {previous} in {previous_period} and is {progress} now.</source>
            <translation>Прогресс программы: {previous_period} – {previous}, сейчас – {progress}.</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">в графике</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">под угрозой</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">отстаёт</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">нет данных</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Priority direction</source>
            <translation>Приоритетное направление</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>viewer</source>
            <translation>наблюдатель</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>редактор</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>оценщик</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыт</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Отправлен</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Утверждён</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>проект</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>утверждена</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>в архиве</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>В графике</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Под угрозой</translation>
        </message>
        <message>
            <source>Off track</source>
            <translation>Отстаёт</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Требует проверки</translation>
        </message>
        <message>
            <source>Orders of magnitude off the series</source>
            <translation>На порядки отличается от ряда</translation>
        </message>
        <message>
            <source>Outside what the unit allows</source>
            <translation>Вне допустимого для единицы измерения</translation>
        </message>
        <message>
            <source>A number the program cannot compute with</source>
            <translation>Число, с которым программа не может считать</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Не начато</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>Задерживается</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Local budget</source>
            <translation>Местный бюджет</translation>
        </message>
        <message>
            <source>Republican budget</source>
            <translation>Республиканский бюджет</translation>
        </message>
        <message>
            <source>Development fund</source>
            <translation>Фонд развития</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>Доноры</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Спонсоры</translation>
        </message>
        <message>
            <source>Community contribution</source>
            <translation>Вклад сообщества</translation>
        </message>
        <message>
            <source>Investors</source>
            <translation>Инвесторы</translation>
        </message>
        <message>
            <source>Public-private partnership</source>
            <translation>Государственно-частное партнёрство</translation>
        </message>
        <message>
            <source>Other sources</source>
            <translation>Прочие источники</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Сильные стороны</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Слабые стороны</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Угрозы</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыт</translation>
        </message>
        <message>
            <source>mitigated</source>
            <translation>снижен</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыт</translation>
        </message>
        <message>
            <source>low</source>
            <translation>низкий</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>средний</translation>
        </message>
        <message>
            <source>high</source>
            <translation>высокий</translation>
        </message>
        <message>
            <source>town</source>
            <translation>город</translation>
        </message>
        <message>
            <source>aiyl okmotu</source>
            <translation>айыл окмоту</translation>
        </message>
        <message>
            <source>every half-year</source>
            <translation>раз в полугодие</translation>
        </message>
        <message>
            <source>every quarter</source>
            <translation>ежеквартально</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>ежегодно</translation>
        </message>
        <message>
            <source>number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>per cent</source>
            <translation>процент</translation>
        </message>
        <message>
            <source>ratio (1:x)</source>
            <translation>соотношение (1:x)</translation>
        </message>
        <message>
            <source>yes/no milestone</source>
            <translation>этап (да/нет)</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>отношение</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>да/нет</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>чем выше, тем лучше</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>чем ниже, тем лучше</translation>
        </message>
        <message>
            <source>keep the level</source>
            <translation>сохранять уровень</translation>
        </message>
        <message>
            <source>increase</source>
            <translation>рост</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation>снижение</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>сохранение</translation>
        </message>
        <message>
            <source>cumulative: periods add up</source>
            <translation>накопительный: периоды суммируются</translation>
        </message>
        <message>
            <source>level: the latest value</source>
            <translation>уровневый: последнее значение</translation>
        </message>
        <message>
            <source>level: the average</source>
            <translation>уровневый: среднее значение</translation>
        </message>
        <message>
            <source>annual sum: periods add up within each year</source>
            <translation>сумма за год: периоды складываются внутри каждого года</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>накопительный</translation>
        </message>
        <message>
            <source>level</source>
            <translation>уровневый</translation>
        </message>
        <message>
            <source>average</source>
            <translation>среднее</translation>
        </message>
        <message>
            <source>annual sum</source>
            <translation>сумма за год</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>влияние</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>результат</translation>
        </message>
        <message>
            <source>output</source>
            <translation>продукт</translation>
        </message>
        <message>
            <source>Council resolution</source>
            <translation>Постановление кенеша</translation>
        </message>
        <message>
            <source>Order of the head (mayor, head of the aiyl okmotu)</source>
            <translation>Распоряжение главы (мэр, глава айыл окмоту)</translation>
        </message>
        <message>
            <source>Other body</source>
            <translation>Другой орган</translation>
        </message>
        <message>
            <source>{year}</source>
            <translation>{year}</translation>
        </message>
        <message>
            <source>{year}, first half-year</source>
            <translation>I полугодие {year} г.</translation>
        </message>
        <message>
            <source>{year}, second half-year</source>
            <translation>II полугодие {year} г.</translation>
        </message>
        <message>
            <source>{year}, 1st quarter</source>
            <translation>1-й квартал {year} г.</translation>
        </message>
        <message>
            <source>{year}, 2nd quarter</source>
            <translation>2-й квартал {year} г.</translation>
        </message>
        <message>
            <source>{year}, 3rd quarter</source>
            <translation>3-й квартал {year} г.</translation>
        </message>
        <message>
            <source>{year}, 4th quarter</source>
            <translation>4-й квартал {year} г.</translation>
        </message>
        <message>
            <source>Reporting round</source>
            <translation>Отчётный период</translation>
        </message>
        <message>
            <source>Quarterly report to the mayor</source>
            <translation>Квартальный отчёт мэру</translation>
        </message>
        <message>
            <source>Half-year information to the working group</source>
            <translation>Полугодовая информация рабочей группе</translation>
        </message>
        <message>
            <source>Annual report to the council</source>
            <translation>Годовой отчёт кенешу</translation>
        </message>
        <message>
            <source>Public check</source>
            <translation>Общественная проверка</translation>
        </message>
        <message>
            <source>Act of completed works</source>
            <translation>Акт выполненных работ</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>Survey report</source>
            <translation>Отчёт об опросе</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Другой документ</translation>
        </message>
        <message>
            <source>Mayor's office</source>
            <translation>Мэрия</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Кенеш</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Бизнес</translation>
        </message>
        <message>
            <source>Civic / NGO</source>
            <translation>Гражданское общество / НКО</translation>
        </message>
        <message>
            <source>woman</source>
            <translation>женщина</translation>
        </message>
        <message>
            <source>man</source>
            <translation>мужчина</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>председатель</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>секретарь</translation>
        </message>
        <message>
            <source>member</source>
            <translation>член</translation>
        </message>
        <message>
            <source>Public hearing</source>
            <translation>Общественные слушания</translation>
        </message>
        <message>
            <source>Expanded group meeting</source>
            <translation>Расширенное заседание группы</translation>
        </message>
        <message>
            <source>received</source>
            <translation>поступило</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>принято</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонено</translation>
        </message>
        <message>
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>at 50 %</source>
            <translation>при 50 %</translation>
        </message>
        <message>
            <source>at 100 %</source>
            <translation>при 100 %</translation>
        </message>
        <message>
            <source>other stage</source>
            <translation>другой этап</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>missing event before this one</source>
            <translation>отсутствует предыдущее событие</translation>
        </message>
        <message>
            <source>link to the previous event broken</source>
            <translation>нарушена связь с предыдущим событием</translation>
        </message>
        <message>
            <source>content changed after it was written</source>
            <translation>содержимое изменено после записи</translation>
        </message>
        <message>
            <source>(and {n} more problems)</source>
            <translation>(и ещё проблем: {n})</translation>
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation>лист {sheet}</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>строка {row}</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>столбец {column}</translation>
        </message>
        <message>
            <source>invalid input</source>
            <translation>неверный ввод</translation>
        </message>
        <message>
            <source>the database holds no programme yet: run `meapp demo` or `meapp import-plan`</source>
            <translation>в базе данных пока нет программы: выполните `meapp demo` или `meapp import-plan`</translation>
        </message>
        <message>
            <source>{details}</source>
            <translation>{details}</translation>
        </message>
        <message>
            <source>no password: set {env} or run the command in a terminal</source>
            <translation>нет пароля: задайте {env} или запустите команду в терминале</translation>
        </message>
        <message>
            <source>give --user LOGIN</source>
            <translation>укажите --user LOGIN</translation>
        </message>
        <message>
            <source>file not found: {file}</source>
            <translation>файл не найден: {file}</translation>
        </message>
        <message>
            <source>cannot read {file}: {error}</source>
            <translation>не удаётся прочитать {file}: {error}</translation>
        </message>
        <message>
            <source>{file} is not a meapp database</source>
            <translation>{file} не является базой данных meapp</translation>
        </message>
        <message>
            <source>{file} is damaged: {detail}</source>
            <translation>{file} повреждён: {detail}</translation>
        </message>
        <message>
            <source>{file} was made by a newer meapp (schema {revision}); update meapp first</source>
            <translation>{file} создан более новой версией meapp (схема {revision}); сначала обновите meapp</translation>
        </message>
        <message>
            <source>no new password: set MEAPP_NEW_PASSWORD or run the command in a terminal</source>
            <translation>нет нового пароля: задайте MEAPP_NEW_PASSWORD или запустите команду в терминале</translation>
        </message>
        <message>
            <source>the two passwords differ</source>
            <translation>пароли не совпадают</translation>
        </message>
        <message>
            <source>this command changes data: give --user LOGIN</source>
            <translation>эта команда изменяет данные: укажите --user LOGIN</translation>
        </message>
        <message>
            <source>no password: set MEAPP_PASSWORD or run the command in a terminal</source>
            <translation>нет пароля: задайте MEAPP_PASSWORD или запустите команду в терминале</translation>
        </message>
        <message>
            <source>give the role: --role viewer, editor, evaluator or admin</source>
            <translation>укажите роль: --role viewer, editor, evaluator или admin</translation>
        </message>
        <message>
            <source>the first user must be an administrator</source>
            <translation>первый пользователь должен быть администратором</translation>
        </message>
        <message>
            <source>database not found: {file}</source>
            <translation>база данных не найдена: {file}</translation>
        </message>
        <message>
            <source>the import was cancelled; nothing was changed</source>
            <translation>импорт отменён; ничего не изменено</translation>
        </message>
        <message>
            <source>a page holds 1 to {n} events</source>
            <translation>на странице от 1 до {n} событий</translation>
        </message>
        <message>
            <source>backups are made by the server's own tools for a shared database</source>
            <translation>резервные копии общей базы данных делаются средствами самого сервера</translation>
        </message>
        <message>
            <source>{file} is not an intact meapp database</source>
            <translation type="vanished">{file} — не целая база данных meapp</translation>
        </message>
        <message>
            <source>not a database URL: {url}</source>
            <translation>это не адрес базы данных: {url}</translation>
        </message>
        <message>
            <source>unknown demo scale {scale}; use one of {scales}</source>
            <translation>неизвестный масштаб демо {scale}; используйте одно из: {scales}</translation>
        </message>
        <message>
            <source>the demo was not created: cancelled</source>
            <translation>демо не создано: отменено</translation>
        </message>
        <message>
            <source>not allowed: log in as an administrator to create the demo</source>
            <translation>нет доступа: чтобы создать демо, войдите как администратор</translation>
        </message>
        <message>
            <source>unknown part of the evaluation: {part}</source>
            <translation>неизвестная часть оценки: {part}</translation>
        </message>
        <message>
            <source>a target revision needs a reason</source>
            <translation>для корректировки целевого значения нужна причина</translation>
        </message>
        <message>
            <source>no indicator {indicator}</source>
            <translation>нет индикатора {indicator}</translation>
        </message>
        <message>
            <source>no programme {program}</source>
            <translation>нет программы {program}</translation>
        </message>
        <message>
            <source>not a number: {value}</source>
            <translation>не число: {value}</translation>
        </message>
        <message>
            <source>unknown measure status {status}; use one of {statuses}</source>
            <translation>неизвестный статус мероприятия {status}; используйте одно из: {statuses}</translation>
        </message>
        <message>
            <source>the per cent complete lies between 0 and 100: {value}</source>
            <translation>процент выполнения — от 0 до 100: {value}</translation>
        </message>
        <message>
            <source>unknown funding source {source}; use one of {sources}</source>
            <translation>неизвестный источник финансирования {source}; используйте одно из: {sources}</translation>
        </message>
        <message>
            <source>spending cannot be negative: {value}</source>
            <translation>расход не может быть отрицательным: {value}</translation>
        </message>
        <message>
            <source>no measure {measure}</source>
            <translation>нет мероприятия {measure}</translation>
        </message>
        <message>
            <source>the database holds several programmes: choose one with --program</source>
            <translation>в базе данных несколько программ: выберите одну через --program</translation>
        </message>
        <message>
            <source>no programme with id or code {program}</source>
            <translation>нет программы с id или кодом {program}</translation>
        </message>
        <message>
            <source>the export was cancelled</source>
            <translation>экспорт отменён</translation>
        </message>
        <message>
            <source>not a period: {period}</source>
            <translation>это не период: {period}</translation>
        </message>
        <message>
            <source>--years takes two years, for example 2023-2026: {value}</source>
            <translation>--years принимает два года, например 2023-2026: {value}</translation>
        </message>
        <message>
            <source>the programme ends before it starts: {start}–{end}</source>
            <translation>программа заканчивается раньше, чем начинается: {start}–{end}</translation>
        </message>
        <message>
            <source>the database holds no programme yet: give --title, --municipality and --years (for example --years 2023-2026) to create it</source>
            <translation>в базе данных пока нет программы: чтобы создать её, укажите --title, --municipality и --years (например --years 2023-2026)</translation>
        </message>
        <message>
            <source>to create the programme give --title, --municipality and --years (for example --years 2023-2026)</source>
            <translation>чтобы создать программу, укажите --title, --municipality и --years (например --years 2023-2026)</translation>
        </message>
        <message>
            <source>unknown language {lang}; use one of {langs}</source>
            <translation>неизвестный язык {lang}; используйте один из: {langs}</translation>
        </message>
        <message>
            <source>{period} is a year: use --kind annual, or give a half-year such as {period}-H2</source>
            <translation>{period} — это год: используйте --kind annual или укажите полугодие, например {period}-H2</translation>
        </message>
        <message>
            <source>the output file must end in {suffixes}: {file}</source>
            <translation>имя выходного файла должно оканчиваться на {suffixes}: {file}</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file</source>
            <translation>{file} — папка, а не файл</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>папки {folder} не существует</translation>
        </message>
        <message>
            <source>{period} is a year: give a half-year such as {period}-H2</source>
            <translation>{period} — это год: укажите полугодие, например {period}-H2</translation>
        </message>
        <message>
            <source>changed by someone else: reload and try again</source>
            <translation>изменено кем-то другим: обновите и попробуйте снова</translation>
        </message>
        <message>
            <source>thresholds must satisfy 0 ≤ amber ≤ green ≤ 100 %</source>
            <translation>пороги должны удовлетворять условию 0 ≤ жёлтый ≤ зелёный ≤ 100 %</translation>
        </message>
        <message>
            <source>unknown reporting frequency: {value}</source>
            <translation>неизвестная периодичность отчётности: {value}</translation>
        </message>
        <message>
            <source>unknown programme status: {value}</source>
            <translation>неизвестный статус программы: {value}</translation>
        </message>
        <message>
            <source>unknown kind of municipality: {value}</source>
            <translation>неизвестный вид муниципалитета: {value}</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <translation>неизвестное поле {field}</translation>
        </message>
        <message>
            <source>no plan item {id}</source>
            <translation>нет пункта плана {id}</translation>
        </message>
        <message>
            <source>the parent belongs to another programme</source>
            <translation>родительский пункт относится к другой программе</translation>
        </message>
        <message>
            <source>a measure cannot hold other plan items</source>
            <translation>мероприятие не может содержать другие пункты плана</translation>
        </message>
        <message>
            <source>a {kind} cannot sit under a {parent}</source>
            <translation>{kind} не может находиться под {parent}</translation>
        </message>
        <message>
            <source>a plan item needs a title</source>
            <translation>у пункта плана должно быть название</translation>
        </message>
        <message>
            <source>unknown kind of plan item: {value}</source>
            <translation>неизвестный вид пункта плана: {value}</translation>
        </message>
        <message>
            <source>the deadline ends before it starts: {start}–{end}</source>
            <translation>срок заканчивается раньше, чем начинается: {start}–{end}</translation>
        </message>
        <message>
            <source>no indicator {id}</source>
            <translation type="vanished">нет индикатора {id}</translation>
        </message>
        <message>
            <source>an indicator needs a name</source>
            <translation>у индикатора должно быть название</translation>
        </message>
        <message>
            <source>unknown {field}: {value}</source>
            <translation>неизвестное значение {field}: {value}</translation>
        </message>
        <message>
            <source>the weight cannot be negative</source>
            <translation>вес не может быть отрицательным</translation>
        </message>
        <message>
            <source>the plan item belongs to another programme</source>
            <translation>пункт плана относится к другой программе</translation>
        </message>
        <message>
            <source>no {what} {id}</source>
            <translation type="vanished">нет: {what} {id}</translation>
        </message>
        <message>
            <source>not a year: {value}</source>
            <translation>не год: {value}</translation>
        </message>
        <message>
            <source>an item cannot be moved into itself</source>
            <translation>пункт нельзя переместить в самого себя</translation>
        </message>
        <message>
            <source>text too long ({n} characters, at most {max})</source>
            <translation>текст слишком длинный ({n} символов, не более {max})</translation>
        </message>
        <message>
            <source>only measures have a planned cost</source>
            <translation>плановая стоимость бывает только у мероприятий</translation>
        </message>
        <message>
            <source>the code {code} is taken</source>
            <translation>код {code} уже занят</translation>
        </message>
        <message>
            <source>the items under it do not fit under a {kind}</source>
            <translation>вложенные пункты не могут находиться под {kind}</translation>
        </message>
        <message>
            <source>the period {period} is approved: its data cannot change</source>
            <translation>период {period} утверждён: его данные изменить нельзя</translation>
        </message>
        <message>
            <source>the period {period} is approved: how the periods of this indicator combine cannot change</source>
            <translation>период {period} утверждён: способ объединения периодов этого индикатора изменить нельзя</translation>
        </message>
        <message>
            <source>the period {period} is approved: the baseline of this indicator cannot change</source>
            <translation>период {period} утверждён: базовое значение этого индикатора изменить нельзя</translation>
        </message>
        <message>
            <source>the period {period} is approved: the direction of this indicator cannot change</source>
            <translation>период {period} утверждён: направленность этого индикатора изменить нельзя</translation>
        </message>
        <message>
            <source>the period {period} is approved: the unit of this indicator cannot change</source>
            <translation>период {period} утверждён: единицу измерения этого индикатора изменить нельзя</translation>
        </message>
        <message>
            <source>the period {period} is approved: the final target of this indicator cannot change (the council changes it with a target revision)</source>
            <translation>период {period} утверждён: целевое значение этого индикатора изменить нельзя (совет меняет его корректировкой целевых значений)</translation>
        </message>
        <message>
            <source>the period {period} is approved: the weight of this indicator cannot change</source>
            <translation>период {period} утверждён: вес этого индикатора изменить нельзя</translation>
        </message>
        <message>
            <source>targets are set per year or half-year: {value}</source>
            <translation>целевые значения задаются на год или полугодие: {value}</translation>
        </message>
        <message>
            <source>the period {period} is approved: its target cannot change</source>
            <translation>период {period} утверждён: его целевое значение изменить нельзя</translation>
        </message>
        <message>
            <source>the year {year} is outside the programme</source>
            <translation>год {year} вне сроков программы</translation>
        </message>
        <message>
            <source>unknown funding source: {value}</source>
            <translation>неизвестный источник финансирования: {value}</translation>
        </message>
        <message>
            <source>not a date: {value}</source>
            <translation>это не дата: {value}</translation>
        </message>
        <message>
            <source>not a period: {value}</source>
            <translation>это не период: {value}</translation>
        </message>
        <message>
            <source>a planned cost cannot be negative: {value}</source>
            <translation>плановая стоимость не может быть отрицательной: {value}</translation>
        </message>
        <message>
            <source>cannot write {file}: {reason}</source>
            <translation>не удаётся записать {file}: {reason}</translation>
        </message>
        <message>
            <source>no action plan or indicator matrix found: no sheet has a header with measures or indicators</source>
            <translation>не найдены ни план мероприятий, ни матрица индикаторов: ни на одном листе нет заголовка с мероприятиями или индикаторами</translation>
        </message>
        <message>
            <source>no measures or indicators found in the file</source>
            <translation>в файле не найдено мероприятий или индикаторов</translation>
        </message>
        <message>
            <source>the database holds no programme yet: give its title, municipality and years (--title, --municipality, --years 2023-2026)</source>
            <translation>в базе данных пока нет программы: укажите её название, муниципалитет и годы (--title, --municipality, --years 2023-2026)</translation>
        </message>
        <message>
            <source>import cancelled: nothing was changed</source>
            <translation>импорт отменён: ничего не изменено</translation>
        </message>
        <message>
            <source>no plan item {key} to attach the indicator to</source>
            <translation>нет пункта плана {key}, к которому относится индикатор</translation>
        </message>
        <message>
            <source>a shared database is restored with the server's own tools</source>
            <translation>общая база данных восстанавливается собственными средствами сервера</translation>
        </message>
        <message>
            <source>the database is damaged: log in as an administrator of the backup (--user and MEAPP_PASSWORD)</source>
            <translation>база данных повреждена: войдите как администратор из резервной копии (--user и MEAPP_PASSWORD)</translation>
        </message>
        <message>
            <source>--item is for a screenshot: give --screenshot FILE.png too</source>
            <translation>--item нужен только для снимка экрана: укажите также --screenshot FILE.png</translation>
        </message>
        <message>
            <source>the export was cancelled; no file was written</source>
            <translation>экспорт отменён; файл не записан</translation>
        </message>
        <message>
            <source>a backup cannot overwrite the database itself: {file}</source>
            <translation>резервная копия не может перезаписать саму базу данных: {file}</translation>
        </message>
        <message>
            <source>{file} is the database itself; choose a backup</source>
            <translation>{file} — это сама база данных; выберите резервную копию</translation>
        </message>
        <message>
            <source>the database is damaged ({detail}); the backup was not kept</source>
            <translation>база данных повреждена ({detail}); резервная копия не сохранена</translation>
        </message>
        <message>
            <source>cannot replace {file}: {error} (is meapp still running on it?)</source>
            <translation>не удаётся заменить {file}: {error} (meapp всё ещё работает с ним?)</translation>
        </message>
        <message>
            <source>no direction {direction}</source>
            <translation>нет такого приоритетного направления: {direction}</translation>
        </message>
        <message>
            <source>File: no file was given</source>
            <translation>Файл: файл не указан</translation>
        </message>
        <message>
            <source>File: the file name is empty</source>
            <translation>Файл: имя файла пустое</translation>
        </message>
        <message>
            <source>File: {name} is too large ({size}); the limit is {limit}</source>
            <translation>Файл: {name} слишком большой ({size}); предел {limit}</translation>
        </message>
        <message>
            <source>File: {name} is empty</source>
            <translation>Файл: {name} пустой</translation>
        </message>
        <message>
            <source>unknown owner of evidence {owner}; use one of {owners}</source>
            <translation>неизвестный владелец подтверждения {owner}; используйте одно из: {owners}</translation>
        </message>
        <message>
            <source>no hearing {hearing}</source>
            <translation>нет слушаний или заседания {hearing}</translation>
        </message>
        <message>
            <source>the stored evidence file {name} is damaged (its SHA-256 does not match); run meapp check or restore a backup</source>
            <translation>сохранённый файл подтверждения {name} повреждён (его SHA-256 не совпадает); запустите meapp check или восстановите резервную копию</translation>
        </message>
        <message>
            <source>Kind of document: unknown kind {kind}; use one of {kinds}</source>
            <translation>Вид документа: неизвестный вид {kind}; используйте одно из: {kinds}</translation>
        </message>
        <message>
            <source>Document number: at most {n} characters</source>
            <translation>Номер документа: не более {n} символов</translation>
        </message>
        <message>
            <source>File: there is no file {path}</source>
            <translation>Файл: нет файла {path}</translation>
        </message>
        <message>
            <source>no public check {check}</source>
            <translation>нет общественной проверки {check}</translation>
        </message>
        <message>
            <source>no evidence file {evidence}</source>
            <translation>нет файла подтверждения {evidence}</translation>
        </message>
        <message>
            <source>Document date: not a date: {value} (write 2024-03-15)</source>
            <translation>Дата документа: не дата: {value} (пишите 2024-03-15)</translation>
        </message>
        <message>
            <source>File: {name} cannot be read: {reason}</source>
            <translation>Файл: {name} не читается: {reason}</translation>
        </message>
        <message>
            <source>choose at least one period to export</source>
            <translation>выберите хотя бы один период для экспорта</translation>
        </message>
        <message>
            <source>the export was cancelled; no package was written</source>
            <translation>экспорт отменён; пакет не записан</translation>
        </message>
        <message>
            <source>the stored evidence file {sha256} is damaged; run meapp check</source>
            <translation>сохранённый файл подтверждения {sha256} повреждён; выполните meapp check</translation>
        </message>
        <message>
            <source>{file} is from another programme: it carries {code}, not {program}</source>
            <translation>{file} из другой программы: в нём {code}, а не {program}</translation>
        </message>
        <message>
            <source>--prefer takes mine or theirs, not {value}</source>
            <translation>--prefer принимает mine или theirs, а не {value}</translation>
        </message>
        <message>
            <source>{file}: {n} rows were changed both here and in the package; nothing was imported. Choose which to keep (--prefer mine or --prefer theirs)</source>
            <translation>{file}: строк, изменённых и здесь, и в пакете: {n}; ничего не импортировано. Выберите, что оставить (--prefer mine или --prefer theirs)</translation>
        </message>
        <message>
            <source>a conflict is resolved with mine or theirs, not {value}</source>
            <translation>конфликт разрешается значением mine или theirs, а не {value}</translation>
        </message>
        <message>
            <source>{file} does not fit this database (a row breaks its rules); nothing was imported</source>
            <translation>{file} не подходит к этой базе данных (строка нарушает её правила); ничего не импортировано</translation>
        </message>
        <message>
            <source>the database is busy with another change; try again in a moment</source>
            <translation>база данных занята другим изменением; попробуйте чуть позже</translation>
        </message>
        <message>
            <source>{file} is from another programme: its municipality differs from the programme {code} here</source>
            <translation>{file} из другой программы: её муниципалитет отличается от программы {code} здесь</translation>
        </message>
        <message>
            <source>{file} is from another programme: this database holds a different programme with the code {code}</source>
            <translation>{file} из другой программы: в этой базе данных другая программа с кодом {code}</translation>
        </message>
        <message>
            <source>{file} carries only the periods {periods} of the programme {code}, which this database does not have; import the package of the whole programme first</source>
            <translation>{file} содержит только периоды {periods} программы {code}, которой нет в этой базе данных; сначала импортируйте пакет всей программы</translation>
        </message>
        <message>
            <source>{file} is damaged or is not a meapp package</source>
            <translation>{file} повреждён или не является пакетом обмена meapp</translation>
        </message>
        <message>
            <source>{file} was changed after it was made: {entry} does not match its hash</source>
            <translation>{file} изменён после создания: {entry} не совпадает со своим хешем</translation>
        </message>
        <message>
            <source>{file} is too large to import: it would take {size} (at most {limit})</source>
            <translation>{file} слишком велик для импорта: он займёт {size} (не более {limit})</translation>
        </message>
        <message>
            <source>{file} is not a meapp package</source>
            <translation>{file} не является пакетом обмена meapp</translation>
        </message>
        <message>
            <source>{file} has package format {version}, which this meapp cannot read (it reads format {supported}); update meapp</source>
            <translation>{file} имеет формат пакета {version}, который этот meapp не может прочитать (он читает формат {supported}); обновите meapp</translation>
        </message>
        <message>
            <source>{file}: the manifest is incomplete or damaged</source>
            <translation>{file}: манифест неполон или повреждён</translation>
        </message>
        <message>
            <source>{file}: the manifest names no period</source>
            <translation>{file}: в манифесте не указан период</translation>
        </message>
        <message>
            <source>package not found: {file}</source>
            <translation>пакет обмена не найден: {file}</translation>
        </message>
        <message>
            <source>{file} is too large to import: {size} (at most {limit})</source>
            <translation>{file} слишком велик для импорта: {size} (не более {limit})</translation>
        </message>
        <message>
            <source>{file} is incomplete: {entry} is missing</source>
            <translation>{file} неполный: отсутствует {entry}</translation>
        </message>
        <message>
            <source>{file} is refused: the entry {entry} points outside the package folder</source>
            <translation>{file} отклонён: запись {entry} указывает за пределы папки пакета</translation>
        </message>
        <message>
            <source>{file} is refused: the entry {entry} appears twice</source>
            <translation>{file} отклонён: запись {entry} встречается дважды</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} is not part of a meapp package</source>
            <translation>{file} отклонён: {entry} не входит в пакет обмена meapp</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} is encrypted</source>
            <translation>{file} отклонён: {entry} зашифрован</translation>
        </message>
        <message>
            <source>{file} is too large to import: {entry} would take {size} (at most {limit})</source>
            <translation>{file} слишком велик для импорта: {entry} займёт {size} (не более {limit})</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} expands {ratio} times, like a zip bomb</source>
            <translation>{file} отклонён: {entry} распаковывается в {ratio} раз, как zip-бомба</translation>
        </message>
        <message>
            <source>{file}: {entry} is not valid JSON</source>
            <translation>{file}: {entry} не является корректным JSON</translation>
        </message>
        <message>
            <source>{file}: {entry} is not a table of rows</source>
            <translation>{file}: {entry} не является таблицей строк</translation>
        </message>
        <message>
            <source>{file} is too large to import: more than {n} rows</source>
            <translation>{file} слишком велик для импорта: более {n} строк</translation>
        </message>
        <message>
            <source>{file}: the programme named in the manifest is missing</source>
            <translation>{file}: программа, указанная в манифесте, отсутствует</translation>
        </message>
        <message>
            <source>{file}: the manifest does not match the programme it carries</source>
            <translation>{file}: манифест не соответствует программе, которую содержит пакет</translation>
        </message>
        <message>
            <source>{file}: the municipality named in the manifest is missing</source>
            <translation>{file}: муниципалитет, указанный в манифесте, отсутствует</translation>
        </message>
        <message>
            <source>{file} is too large to import: more than {n} entries</source>
            <translation>{file} слишком велик для импорта: более {n} записей</translation>
        </message>
        <message>
            <source>{file} is not a meapp package: it has no manifest</source>
            <translation>{file} не является пакетом обмена meapp: в нём нет манифеста</translation>
        </message>
        <message>
            <source>{file} was changed after it was made: {entry} is not in its manifest</source>
            <translation>{file} изменён после создания: {entry} отсутствует в его манифесте</translation>
        </message>
        <message>
            <source>{file}: the manifest names an unknown period {period}</source>
            <translation>{file}: в манифесте указан неизвестный период {period}</translation>
        </message>
        <message>
            <source>{file}: a package of periods may not carry {table} rows</source>
            <translation>{file}: пакет обмена периодов не может содержать строки {table}</translation>
        </message>
        <message>
            <source>not an anchor (COUNT:HASH): {text}</source>
            <translation>это не якорь (COUNT:HASH): {text}</translation>
        </message>
        <message>
            <source>the evidence file {sha256} is missing from the package</source>
            <translation>в пакете нет файла подтверждения {sha256}</translation>
        </message>
        <message>
            <source>the id {id} appears twice (also in {table})</source>
            <translation>id {id} встречается дважды (также в {table})</translation>
        </message>
        <message>
            <source>the period {period} is not one of the package's periods</source>
            <translation>период {period} не входит в периоды пакета</translation>
        </message>
        <message>
            <source>the evidence file {sha256} has another size than its row says</source>
            <translation>размер файла подтверждения {sha256} не совпадает с записанным в строке</translation>
        </message>
        <message>
            <source>evidence without a period travels only with the whole programme</source>
            <translation>подтверждение без периода передаётся только вместе со всей программой</translation>
        </message>
        <message>
            <source>{file}: the signature does not match the package; it was changed after signing</source>
            <translation>{file}: подпись не соответствует пакету; он изменён после подписания</translation>
        </message>
        <message>
            <source>not allowed: the role {role} may not change the working group and its order</source>
            <translation>нет доступа: роль {role} не может изменять рабочую группу и распоряжение о ней</translation>
        </message>
        <message>
            <source>no group member {member}</source>
            <translation type="vanished">нет члена группы {member}</translation>
        </message>
        <message>
            <source>no proposal {proposal}</source>
            <translation type="vanished">нет предложения {proposal}</translation>
        </message>
        <message>
            <source>help page not found: {page}</source>
            <translation>страница справки не найдена: {page}</translation>
        </message>
        <message>
            <source>choose a workbook to import</source>
            <translation>выберите книгу Excel для импорта</translation>
        </message>
        <message>
            <source>targets for years outside the programme ({years}) were not imported</source>
            <translation>целевые значения на годы вне сроков программы ({years}) не импортированы</translation>
        </message>
        <message>
            <source>the programme's years are needed to read the yearly targets: give them (for example 2023-2026)</source>
            <translation>чтобы прочитать годовые целевые значения, нужны годы программы: укажите их (например 2023-2026)</translation>
        </message>
        <message>
            <source>{n} indicators match no plan item by issue or group and go to the programme</source>
            <translation type="vanished">индикаторов, не совпавших ни с одним пунктом плана по проблеме или группе: {n}; они отнесены к программе</translation>
        </message>
        <message>
            <source>a row without a measure text was skipped</source>
            <translation>строка без текста мероприятия пропущена</translation>
        </message>
        <message>
            <source>indicators by year: imported for the programme, the last year before it is the baseline, its years are the targets</source>
            <translation>индикаторы по годам: импортированы для программы, последний год перед ней — базовый, её годы — целевые</translation>
        </message>
        <message>
            <source>the same file was chosen twice: {file}</source>
            <translation>один и тот же файл выбран дважды: {file}</translation>
        </message>
        <message>
            <source>the workbook is empty: no sheet holds any text</source>
            <translation>книга Excel пуста: ни на одном листе нет текста</translation>
        </message>
        <message>
            <source>the sheet has a header but no rows under it</source>
            <translation>на листе есть заголовок, но под ним нет строк</translation>
        </message>
        <message>
            <source>no number in the cell: {value} (kept as text)</source>
            <translation>в ячейке нет числа: {value} (сохранено как текст)</translation>
        </message>
        <message>
            <source>the baseline year is not in the header: {year} assumed</source>
            <translation>базового года нет в заголовке: принят {year}</translation>
        </message>
        <message>
            <source>the number {code} is used twice (also row {other})</source>
            <translation>номер {code} использован дважды (также в строке {other})</translation>
        </message>
        <message>
            <source>measure without a task: placed directly under {parent}</source>
            <translation>мероприятие без задачи: помещено прямо под {parent}</translation>
        </message>
        <message>
            <source>measure without a task or heading: placed at the top of the plan</source>
            <translation>мероприятие без задачи и заголовка: помещено на верхний уровень плана</translation>
        </message>
        <message>
            <source>deadline not understood: the text is kept, the years are empty</source>
            <translation>срок не распознан: текст сохранён, годы пусты</translation>
        </message>
        <message>
            <source>a heading without a number was read as a {kind}</source>
            <translation>заголовок без номера прочитан как {kind}</translation>
        </message>
        <message>
            <source>a row with values but no indicator name was skipped</source>
            <translation>строка со значениями, но без названия индикатора пропущена</translation>
        </message>
        <message>
            <source>sheet not recognised as an action plan or an indicator matrix: skipped</source>
            <translation>лист не распознан как план мероприятий или матрица индикаторов: пропущен</translation>
        </message>
        <message>
            <source>the cell holds several values: {value}; {number} was taken</source>
            <translation>в ячейке несколько значений: {value}; взято {number}</translation>
        </message>
        <message>
            <source>not understood: {value}</source>
            <translation>не распознано: {value}</translation>
        </message>
        <message>
            <source>guessed cumulative: the yearly targets add up to the final target; change it if wrong</source>
            <translation>предположен накопительный: сумма годовых целевых значений равна итоговому; измените, если неверно</translation>
        </message>
        <message>
            <source>guessed a level indicator (targets are levels, not amounts); change it if wrong</source>
            <translation>предположен уровневый индикатор (целевые значения — уровни, а не объёмы); измените, если неверно</translation>
        </message>
        <message>
            <source>a target column without a year was not read</source>
            <translation>столбец целевых значений без года не прочитан</translation>
        </message>
        <message>
            <source>no indicator or plan item with id or code {item} in the programme</source>
            <translation>в программе нет индикатора или пункта плана с id или кодом {item}</translation>
        </message>
        <message>
            <source>the code {item} names {count} items of the programme: give the id</source>
            <translation>код {item} есть у нескольких элементов программы ({count}): укажите id</translation>
        </message>
        <message>
            <source>unknown report {kind}; use one of {kinds}</source>
            <translation>неизвестный отчёт {kind}; используйте один из: {kinds}</translation>
        </message>
        <message>
            <source>no font with Kyrgyz letters found; put NotoSans-Regular.ttf into {folder}</source>
            <translation type="vanished">не найден шрифт с кыргызскими буквами; положите NotoSans-Regular.ttf в {folder}</translation>
        </message>
        <message>
            <source>the report was cancelled</source>
            <translation>отчёт отменён</translation>
        </message>
        <message>
            <source>unknown workbook {kind}; use one of {kinds}</source>
            <translation>неизвестный вид файла Excel {kind}; используйте один из: {kinds}</translation>
        </message>
        <message>
            <source>the period {period} is approved and locked; an administrator can reopen it</source>
            <translation>период {period} утверждён и заблокирован; администратор может открыть его повторно</translation>
        </message>
        <message>
            <source>reopening a round needs a reason (--reason TEXT)</source>
            <translation>для повторного открытия периода нужна причина (--reason TEXT)</translation>
        </message>
        <message>
            <source>not a period: {period} (write 2024-H1, 2024-H2 or 2024)</source>
            <translation>это не период: {period} (пишите 2024-H1, 2024-H2 или 2024)</translation>
        </message>
        <message>
            <source>{period} is outside the programme ({start}–{end})</source>
            <translation>{period} вне сроков программы ({start}–{end})</translation>
        </message>
        <message>
            <source>the programme reports by year: write {year}</source>
            <translation>программа отчитывается по годам: пишите {year}</translation>
        </message>
        <message>
            <source>changed by someone else; look again and retry</source>
            <translation>изменено кем-то другим; посмотрите ещё раз и повторите</translation>
        </message>
        <message>
            <source>the programme reports by half-year: write {year}-H1 or {year}-H2</source>
            <translation>программа отчитывается по полугодиям: пишите {year}-H1 или {year}-H2</translation>
        </message>
        <message>
            <source>the programme reports by quarter: write {year}-Q1 … {year}-Q4</source>
            <translation>программа отчитывается по кварталам: пишите {year}-Q1 … {year}-Q4</translation>
        </message>
        <message>
            <source>the total {total} of {source} is not the sum of its years ({sum})</source>
            <translation>итог {total} по источнику {source} не равен сумме по годам ({sum})</translation>
        </message>
        <message>
            <source>not a number that can be read for sure: {value} (write 1234,5 or 1 234,5)</source>
            <translation>число нельзя прочитать однозначно: {value} (пишите 1234,5 или 1 234,5)</translation>
        </message>
        <message>
            <source>the planned costs in columns {columns} are not split by year: each measure's total is spread evenly over its years</source>
            <translation>плановые расходы в столбцах {columns} не разбиты по годам: итог каждого мероприятия распределяется поровну по его годам</translation>
        </message>
        <message>
            <source>{file} and {other} hold the same action plan ({n} measures alike): import one of them</source>
            <translation>{file} и {other} содержат один и тот же план мероприятий ({n} совпадающих мероприятий): импортируйте только один из них</translation>
        </message>
        <message>
            <source>{file} and {other} hold the same indicators ({n} alike): import one of them</source>
            <translation>{file} и {other} содержат одни и те же индикаторы ({n} совпадающих): импортируйте только один из них</translation>
        </message>
        <message>
            <source>column not imported: {header}</source>
            <translation>столбец не импортирован: {header}</translation>
        </message>
        <message>
            <source>targets below the baseline {baseline} of an indicator to increase: {periods}</source>
            <translation>целевые значения ниже базового {baseline} у индикатора на увеличение: {periods}</translation>
        </message>
        <message>
            <source>targets above the baseline {baseline} of an indicator to decrease: {periods}</source>
            <translation>целевые значения выше базового {baseline} у индикатора на снижение: {periods}</translation>
        </message>
        <message>
            <source>not linked to a plan item (no number, issue or group matches): {name} goes to the programme; place it in the preview or the plan editor</source>
            <translation>не привязан к пункту плана (не совпали ни номер, ни проблема, ни группа): {name} относится к программе в целом; укажите его место в предпросмотре или в редакторе плана</translation>
        </message>
        <message>
            <source>control characters removed from the cell</source>
            <translation>из ячейки удалены управляющие символы</translation>
        </message>
        <message>
            <source>a formula without a computed value: open the file in a spreadsheet program, let it calculate, save it and import again</source>
            <translation>формула без вычисленного значения: откройте файл в программе электронных таблиц, дайте ей пересчитать, сохраните и импортируйте снова</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} — файл, а не папка</translation>
        </message>
        <message>
            <source>the folder {folder} holds other files: choose an empty folder or an earlier pack</source>
            <translation>в папке {folder} есть другие файлы: выберите пустую папку или прежний пакет</translation>
        </message>
        <message>
            <source>the report {file} is not a PDF file</source>
            <translation>отчёт {file} — не файл PDF</translation>
        </message>
        <message>
            <source>only the chair of the working group (an evaluator) and the mayor sign reports; {login} is neither</source>
            <translation>отчёты подписывают только председатель рабочей группы (оценщик) и мэр; {login} ни тот, ни другой</translation>
        </message>
        <message>
            <source>the chair's box is signed by {chair}, the chair of the working group; {login} does not sign reports</source>
            <translation>в поле председателя подписывается председатель рабочей группы {chair}; {login} отчёты не подписывает</translation>
        </message>
        <message>
            <source>{login} does not sign reports, so needs no signing identity: only the chair of the working group (an evaluator) and the mayor sign</source>
            <translation>{login} не подписывает отчёты, поэтому ключ подписи не нужен: подписывают только председатель рабочей группы (оценщик) и мэр</translation>
        </message>
        <message>
            <source>the signature field {field} is not {login}'s: {login} signs only in {box}</source>
            <translation>поле подписи {field} не для {login}: {login} подписывает только в поле {box}</translation>
        </message>
        <message>
            <source>{file} carries a signature by an unknown signer, {signer} (certificate SHA-256 {sha256}); it cannot be countersigned</source>
            <translation>в {file} есть подпись неизвестного подписанта, {signer} (сертификат SHA-256 {sha256}); ставить вторую подпись нельзя</translation>
        </message>
        <message>
            <source>{file} carries a signature by {signer} in {field}, a box {signer} does not hold; it cannot be countersigned</source>
            <translation>{file} содержит подпись {signer} в поле {field}, которое {signer} не принадлежит; его нельзя подписать вторым</translation>
        </message>
        <message>
            <source>the audit trail of this database is not the one {file} was signed with: event {count} or an event before it was changed or deleted after signing</source>
            <translation>журнал аудита этой базы данных не тот, с которым подписан {file}: событие {count} или одно из предыдущих изменено или удалено после подписания</translation>
        </message>
        <message>
            <source>the figures of {file} are not the approved data of {period} in this database (data fingerprint {printed}… in the report, {current}… in the database)</source>
            <translation>цифры {file} — не утверждённые данные за {period} в этой базе данных (цифровой отпечаток данных: в отчёте {printed}…, в базе {current}…)</translation>
        </message>
        <message>
            <source>the audit trail of this database ends at event {events}, but {file} was signed when it held {count}: events were deleted after signing</source>
            <translation>журнал аудита этой базы данных заканчивается событием {events}, но при подписании {file} в нём было {count}: после подписания события удалены</translation>
        </message>
        <message>
            <source>{file} carries no signature: nothing vouches for it</source>
            <translation>в {file} нет подписи: за него никто не ручается</translation>
        </message>
        <message>
            <source>{file} carries no data fingerprint: it is not a report built by meapp</source>
            <translation>в {file} нет отпечатка данных: это не отчёт, построенный meapp</translation>
        </message>
        <message>
            <source>the programme of {file} ({program}) is not in this database</source>
            <translation>программы {file} ({program}) нет в этой базе данных</translation>
        </message>
        <message>
            <source>the round {period} is no longer approved in this database (it is {state}): the figures of {file} are not confirmed</source>
            <translation>период {period} в этой базе данных больше не утверждён (состояние: {state}): цифры {file} не подтверждены</translation>
        </message>
        <message>
            <source>the signature in {field} of {file} is broken: the signed content was altered</source>
            <translation>подпись в поле {field} файла {file} нарушена: подписанное содержимое изменено</translation>
        </message>
        <message>
            <source>{file} was changed after {signer} signed it</source>
            <translation>{file} изменён после подписи {signer}</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by an unknown signer, {signer} (certificate SHA-256 {sha256}); if the certificate is theirs, trust it with: meapp identity trust FILE</source>
            <translation>{file}: подпись в поле {field} поставлена неизвестным подписантом, {signer} (сертификат SHA-256 {sha256}); если сертификат действительно его, доверьтесь ему: meapp identity trust FILE</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by {signer} ({login}), who does not hold that box: only the chair of the working group signs sig_chair and only the mayor sig_mayor</source>
            <translation type="vanished">{file}: подпись в поле {field} поставлена {signer} ({login}), которому это поле не принадлежит: в sig_chair подписывает только председатель рабочей группы, в sig_mayor — только мэр</translation>
        </message>
        <message>
            <source>{file} is a folder, not a backup file</source>
            <translation>{file} — папка, а не файл резервной копии</translation>
        </message>
        <message>
            <source>another backup to {file} is being written right now</source>
            <translation>в {file} прямо сейчас записывается другая резервная копия</translation>
        </message>
        <message>
            <source>a backup cannot overwrite the database's own file {file}</source>
            <translation>резервная копия не может перезаписать служебный файл базы данных: {file}</translation>
        </message>
        <message>
            <source>{file} exists and is not a database file; it is not overwritten</source>
            <translation>{file} уже существует и не является файлом базы данных; он не перезаписывается</translation>
        </message>
        <message>
            <source>the backup before the upgrade could not be written ({error}); the database was not upgraded</source>
            <translation>не удалось записать резервную копию перед обновлением ({error}); база данных не обновлена</translation>
        </message>
        <message>
            <source>{file} is in use by the command '{command}' (process {pid}); wait until it ends, then restore again</source>
            <translation>{file} используется командой '{command}' (процесс {pid}); дождитесь её завершения и повторите восстановление</translation>
        </message>
        <message>
            <source>{file} is open in a meapp window (process {pid}); close that window, then restore again</source>
            <translation>{file} открыт в окне meapp (процесс {pid}); закройте это окно и повторите восстановление</translation>
        </message>
        <message>
            <source>the page {page} cannot show the item {item}</source>
            <translation>страница {page} не может показать элемент {item}</translation>
        </message>
        <message>
            <source>{where}: {text}</source>
            <translation>{where}: {text}</translation>
        </message>
        <message>
            <source>your role does not allow entering data</source>
            <translation>ваша роль не позволяет вводить данные</translation>
        </message>
        <message>
            <source>{file} is the report of {period}, not of the period chosen; build the report again</source>
            <translation>{file} — отчёт за {period}, а не за выбранный период; постройте отчёт заново</translation>
        </message>
        <message>
            <source>the two passwords differ; type the same one twice</source>
            <translation>пароли не совпадают; введите один и тот же пароль дважды</translation>
        </message>
        <message>
            <source>cannot write {file}: {error}</source>
            <translation>не удаётся записать {file}: {error}</translation>
        </message>
        <message>
            <source>the period is empty</source>
            <translation>период не указан</translation>
        </message>
        <message>
            <source>a password is needed to protect a secret</source>
            <translation>для защиты секрета нужен пароль</translation>
        </message>
        <message>
            <source>not a protected secret</source>
            <translation>это не защищённый секрет</translation>
        </message>
        <message>
            <source>the signing identity holds no key or no certificate</source>
            <translation>в ключе подписи нет ключа или сертификата</translation>
        </message>
        <message>
            <source>wrong password for the protected secret</source>
            <translation>неверный пароль защищённого секрета</translation>
        </message>
        <message>
            <source>wrong password for the signing key</source>
            <translation>неверный пароль ключа подписи</translation>
        </message>
        <message>
            <source>unknown key type {kind}; use one of {kinds}</source>
            <translation>неизвестный тип ключа {kind}; используйте один из: {kinds}</translation>
        </message>
        <message>
            <source>unknown certificate format {format}; use pem or der</source>
            <translation>неизвестный формат сертификата {format}; используйте pem или der</translation>
        </message>
        <message>
            <source>the certificate is not valid before {date}</source>
            <translation>сертификат недействителен до {date}</translation>
        </message>
        <message>
            <source>the certificate expired on {date}</source>
            <translation>срок действия сертификата истёк {date}</translation>
        </message>
        <message>
            <source>the certificate does not allow signing documents</source>
            <translation>сертификат не позволяет подписывать документы</translation>
        </message>
        <message>
            <source>the password must have at least {n} characters</source>
            <translation>пароль должен содержать не менее {n} символов</translation>
        </message>
        <message>
            <source>a signing identity needs the person's full name</source>
            <translation>для ключа подписи нужно полное имя человека</translation>
        </message>
        <message>
            <source>a certificate is valid for 1 to 30 years, not {years}</source>
            <translation>сертификат действует от 1 до 30 лет, а не {years}</translation>
        </message>
        <message>
            <source>{file} holds no private key with its certificate</source>
            <translation>в {file} нет закрытого ключа с сертификатом</translation>
        </message>
        <message>
            <source>{file}: the private key does not belong to the certificate</source>
            <translation>{file}: закрытый ключ не соответствует сертификату</translation>
        </message>
        <message>
            <source>no user {login}</source>
            <translation>нет пользователя {login}</translation>
        </message>
        <message>
            <source>the year {year} lies outside the programme's years {start}–{end}</source>
            <translation>{year} год вне лет программы ({start}–{end})</translation>
        </message>
        <message>
            <source>website address: {value} holds a character that does not print ({code}); type the address again</source>
            <translation>адрес сайта: {value} содержит непечатаемый символ ({code}); введите адрес заново</translation>
        </message>
        <message>
            <source>website address: too long for the QR code ({n} characters at most, a Cyrillic letter counting as two): {value}</source>
            <translation>адрес сайта: слишком длинный для QR-кода (не более {n} знаков, буква кириллицы считается за две): {value}</translation>
        </message>
        <message>
            <source>website address: not a web address: {value} (write https://example.kg/monitoring)</source>
            <translation>адрес сайта: не веб-адрес: {value} (пишите, например, https://example.kg/monitoring)</translation>
        </message>
        <message>
            <source>{login} already has a signing identity</source>
            <translation>у {login} уже есть ключ подписи</translation>
        </message>
        <message>
            <source>signing needs a logged-in user</source>
            <translation>для подписи нужен вошедший пользователь</translation>
        </message>
        <message>
            <source>{login} has no signing identity; create one first (meapp identity create)</source>
            <translation>у {login} нет ключа подписи; сначала создайте его (meapp identity create)</translation>
        </message>
        <message>
            <source>no trusted certificate {sha256}</source>
            <translation>нет доверенного сертификата {sha256}</translation>
        </message>
        <message>
            <source>not a certificate (PEM or DER expected): {file}</source>
            <translation>это не сертификат (ожидается PEM или DER): {file}</translation>
        </message>
        <message>
            <source>cannot open {file}: wrong password or not a PKCS#12 file</source>
            <translation>не удаётся открыть {file}: неверный пароль или это не файл PKCS#12</translation>
        </message>
        <message>
            <source>{login} has no signing identity</source>
            <translation>у {login} нет ключа подписи</translation>
        </message>
        <message>
            <source>not a PDF file: {file}</source>
            <translation>это не файл PDF: {file}</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be read as a PDF</source>
            <translation>{file} повреждён и не читается как PDF</translation>
        </message>
        <message>
            <source>the signature field {field} is already signed</source>
            <translation>поле подписи {field} уже подписано</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by {signer} ({login}), who does not hold that box: only the chair of the working group signs the chair's box and only the mayor the mayor's box</source>
            <translation>{file}: подпись в поле {field} поставил {signer} ({login}), которому это поле не принадлежит: в поле председателя подписывает только председатель рабочей группы, в поле мэра — только мэр</translation>
        </message>
        <message>
            <source>the database could not be upgraded from schema {revision} ({error}); it was not changed</source>
            <translation>не удалось обновить базу данных со схемы {revision} ({error}); она не изменена</translation>
        </message>
        <message>
            <source>{file} is open in another program (a database browser, a script or another meapp); close it, then restore again</source>
            <translation>{file} открыт в другой программе (просмотрщик баз данных, скрипт или другой meapp); закройте её и повторите восстановление</translation>
        </message>
        <message>
            <source>the role {role} does not allow this action ({right})</source>
            <translation>роль {role} не позволяет это действие ({right})</translation>
        </message>
        <message>
            <source>{file} carries no data fingerprint: only a report built by meapp can be signed</source>
            <translation>в {file} нет отпечатка данных: подписать можно только отчёт, построенный meapp</translation>
        </message>
        <message>
            <source>cannot write {file}: {error} (is it open in another program?)</source>
            <translation>не удаётся записать {file}: {error} (не открыт ли он в другой программе?)</translation>
        </message>
        <message>
            <source>only the report of an approved round can be signed; {period} is {state}</source>
            <translation>подписать можно только отчёт утверждённого периода; период {period}: {state}</translation>
        </message>
        <message>
            <source>the data of {period} differ from the report ({file}); build the report again</source>
            <translation>данные за {period} отличаются от отчёта ({file}); постройте отчёт заново</translation>
        </message>
        <message>
            <source>{file} was changed after {signer} signed it; it cannot be signed again</source>
            <translation>{file} изменён после подписи {signer}; подписать его снова нельзя</translation>
        </message>
        <message>
            <source>{login} has already signed {file}</source>
            <translation>{login} уже подписал {file}</translation>
        </message>
        <message>
            <source>the report names an unknown programme {program}</source>
            <translation>в отчёте указана неизвестная программа {program}</translation>
        </message>
        <message>
            <source>no programme {id}</source>
            <translation>нет программы {id}</translation>
        </message>
        <message>
            <source>no SWOT item {id}</source>
            <translation type="vanished">нет пункта SWOT {id}</translation>
        </message>
        <message>
            <source>no risk {id}</source>
            <translation type="vanished">нет риска {id}</translation>
        </message>
        <message>
            <source>the text is empty</source>
            <translation>текст пуст</translation>
        </message>
        <message>
            <source>the text has more than {n} characters</source>
            <translation>в тексте больше {n} символов</translation>
        </message>
        <message>
            <source>unknown SWOT category {category}; use one of {categories}</source>
            <translation>неизвестная категория SWOT {category}; используйте одну из: {categories}</translation>
        </message>
        <message>
            <source>say which way to move the item</source>
            <translation>укажите, куда переместить пункт</translation>
        </message>
        <message>
            <source>the risk needs a description</source>
            <translation>у риска должно быть описание</translation>
        </message>
        <message>
            <source>the owner has more than {n} characters</source>
            <translation>в поле «Ответственный» больше {n} символов</translation>
        </message>
        <message>
            <source>the mitigation has more than {n} characters</source>
            <translation>в мерах снижения больше {n} символов</translation>
        </message>
        <message>
            <source>unknown risk status {status}; use one of {statuses}</source>
            <translation>неизвестный статус риска {status}; используйте один из: {statuses}</translation>
        </message>
        <message>
            <source>the risk description has more than {n} characters</source>
            <translation>в описании риска больше {n} символов</translation>
        </message>
        <message>
            <source>not allowed: the role {role} may not {action}</source>
            <translation>нет доступа: роли {role} нельзя {action}</translation>
        </message>
        <message>
            <source>cannot write the backup {file}: {error}</source>
            <translation>не удаётся записать резервную копию {file}: {error}</translation>
        </message>
        <message>
            <source>{period} is a year: use --kind annual, or give a quarter such as {period}-Q4</source>
            <translation>{period} — это год: используйте --kind annual или укажите квартал, например {period}-Q4</translation>
        </message>
        <message>
            <source>a login is one word without spaces</source>
            <translation>логин — одно слово без пробелов</translation>
        </message>
        <message>
            <source>a login has at most {n} characters</source>
            <translation>логин содержит не более {n} символов</translation>
        </message>
        <message>
            <source>the login {login} is taken</source>
            <translation>логин {login} уже занят</translation>
        </message>
        <message>
            <source>unknown role {role}; use one of {roles}</source>
            <translation>неизвестная роль {role}; используйте одну из: {roles}</translation>
        </message>
        <message>
            <source>not allowed: log in as an administrator to manage users</source>
            <translation>нет доступа: чтобы управлять пользователями, войдите как администратор</translation>
        </message>
        <message>
            <source>wrong login or password</source>
            <translation>неверный логин или пароль</translation>
        </message>
        <message>
            <source>the new password is the same as the old one</source>
            <translation>новый пароль совпадает со старым</translation>
        </message>
        <message>
            <source>not allowed: users exist already; an administrator adds new users</source>
            <translation>нет доступа: пользователи уже есть; новых пользователей добавляет администратор</translation>
        </message>
        <message>
            <source>to change your own password, give the old one</source>
            <translation>чтобы сменить свой пароль, укажите старый</translation>
        </message>
        <message>
            <source>{login} is the last administrator; make another user an administrator first</source>
            <translation>{login} — последний администратор; сначала назначьте администратором другого пользователя</translation>
        </message>
        <message>
            <source>you cannot deactivate yourself</source>
            <translation>нельзя отключить самого себя</translation>
        </message>
        <message>
            <source>the full name is empty</source>
            <translation>полное имя не указано</translation>
        </message>
        <message>
            <source>the workbook is made of {parts} parts; meapp reads at most {max}</source>
            <translation>книга состоит из {parts} частей; meapp читает не более {max}</translation>
        </message>
        <message>
            <source>the list of the workbook's parts takes {kb} KB; meapp reads at most {max} KB</source>
            <translation>список частей книги занимает {kb} КБ; meapp читает не более {max} КБ</translation>
        </message>
        <message>
            <source>the part {part} would unpack {ratio} times its packed size ({mb} MB); meapp reads at most {max} times</source>
            <translation>часть {part} распаковалась бы в {ratio} раз больше своего сжатого размера ({mb} МБ); meapp читает не более чем в {max} раз</translation>
        </message>
        <message>
            <source>the sheet spans {cols} columns × {rows} rows (to {ref}); meapp reads at most {max} cells a sheet</source>
            <translation>лист занимает {cols} столбцов × {rows} строк (до {ref}); meapp читает не более {max} ячеек на листе</translation>
        </message>
        <message>
            <source>merged ranges cover {cells} cells (the largest {ref}); meapp reads at most {max} merged cells a sheet</source>
            <translation>объединённые диапазоны охватывают {cells} ячеек (самый большой {ref}); meapp читает не более {max} объединённых ячеек на листе</translation>
        </message>
        <message>
            <source>the sheet holds more than {max} rows with values; meapp reads at most {max} rows of such a sheet</source>
            <translation>на листе больше {max} строк со значениями; meapp читает не более {max} строк такого листа</translation>
        </message>
        <message>
            <source>the sheet holds {cells} cells in {rows} rows; meapp reads at most {max} cells a sheet</source>
            <translation>на листе {cells} ячеек в {rows} строках; meapp читает не более {max} ячеек на листе</translation>
        </message>
        <message>
            <source>the workbook has more than {max} sheets; meapp reads at most {max}</source>
            <translation>в книге больше {max} листов; meapp читает не более {max}</translation>
        </message>
        <message>
            <source>{file} is too large to import: it holds {rows} rows (at most {n})</source>
            <translation>{file} слишком велик для импорта: в нём {rows} строк (не более {n})</translation>
        </message>
        <message>
            <source>more fields than the header ({fields}, the header has {header}): quote a value that holds a comma, or remove the extra fields</source>
            <translation>полей больше, чем в заголовке ({fields}, в заголовке {header}): возьмите значение с запятой в кавычки или удалите лишние поля</translation>
        </message>
        <message>
            <source>{field}: a whole number is needed</source>
            <translation>{field}: нужно целое число</translation>
        </message>
        <message>
            <source>{field}: {value} is outside {low}…{high}</source>
            <translation>{field}: {value} вне пределов {low}…{high}</translation>
        </message>
        <message>
            <source>{field}: {value} is not a kind of deadline ({allowed})</source>
            <translation>{field}: {value} — не вид срока ({allowed})</translation>
        </message>
        <message>
            <source>{field}: each kind of deadline may be given once</source>
            <translation>{field}: каждый вид срока можно указать только один раз</translation>
        </message>
        <message>
            <source>{subject}: {detail}</source>
            <translation>{subject}: {detail}</translation>
        </message>
        <message>
            <source>{period}: open data-quality items not acknowledged: {n}</source>
            <translation>{period}: открытые вопросы качества данных, не принятые к сведению: {n}</translation>
        </message>
        <message>
            <source>{subject}: the value {detail} of {period} needs review</source>
            <translation>{subject}: значение {detail} за {period} требует проверки</translation>
        </message>
        <message>
            <source>{subject}: the target contradicts the direction (baseline → target: {detail})</source>
            <translation>{subject}: целевое значение противоречит направлению изменения (базовое → целевое: {detail})</translation>
        </message>
        <message>
            <source>{subject}: no value for {period}</source>
            <translation>{subject}: нет значения за {period}</translation>
        </message>
        <message>
            <source>measure {subject}: past its deadline ({detail}) and no status for {period}</source>
            <translation>мероприятие {subject}: срок реализации ({detail}) истёк, статус за {period} не указан</translation>
        </message>
        <message>
            <source>the evaluation of {period} is not written</source>
            <translation>оценка за {period} не написана</translation>
        </message>
        <message>
            <source>give the reason for confirming the value</source>
            <translation>укажите причину подтверждения значения</translation>
        </message>
        <message>
            <source>the reason is longer than {limit} characters</source>
            <translation>причина длиннее {limit} символов</translation>
        </message>
        <message>
            <source>{indicator} has no value for {period} to confirm</source>
            <translation>у {indicator} нет значения за {period}, которое можно подтвердить</translation>
        </message>
        <message>
            <source>the value {value} of {indicator} for {period} cannot be computed with: correct it instead</source>
            <translation>со значением {value} индикатора {indicator} за {period} нельзя считать: исправьте его вместо подтверждения</translation>
        </message>
        <message>
            <source>the value {value} of {indicator} for {period} is not held for review</source>
            <translation>значение {value} индикатора {indicator} за {period} не удержано для проверки</translation>
        </message>
        <message>
            <source>the code {code} names several indicators: give the id</source>
            <translation>код {code} относится к нескольким индикаторам: укажите идентификатор</translation>
        </message>
        <message>
            <source>the stored value {value} cannot be computed with: correct it</source>
            <translation>с сохранённым значением {value} нельзя считать: исправьте его</translation>
        </message>
        <message>
            <source>a stored target or baseline ({value}) cannot be computed with: correct it</source>
            <translation>с сохранённым целевым или базовым значением ({value}) нельзя считать: исправьте его</translation>
        </message>
        <message>
            <source>no target for {period}</source>
            <translation>нет целевого значения на {period}</translation>
        </message>
        <message>
            <source>the parts {parts} add up to {sum}, not {total}</source>
            <translation>части {parts} в сумме дают {sum}, а не {total}</translation>
        </message>
        <message>
            <source>far less than in {period} ({previous})</source>
            <translation>намного меньше, чем в {period} ({previous})</translation>
        </message>
        <message>
            <source>{factor} times more than in {period} ({previous})</source>
            <translation>в {factor} раз больше, чем в {period} ({previous})</translation>
        </message>
        <message>
            <source>{factor} times less than in {period} ({previous})</source>
            <translation>в {factor} раз меньше, чем в {period} ({previous})</translation>
        </message>
        <message>
            <source>{value} is very large for {unit}: was it typed in som?</source>
            <translation>{value} — очень много для {unit}: не введено ли в сомах?</translation>
        </message>
        <message>
            <source>far more than in {period} ({previous})</source>
            <translation>намного больше, чем в {period} ({previous})</translation>
        </message>
        <message>
            <source>{factor} times more than in {period} ({previous}): did you mean thousand som?</source>
            <translation>в {factor} раз больше, чем в {period} ({previous}): может быть, имелись в виду тыс. сом?</translation>
        </message>
        <message>
            <source>{factor} times less than in {period} ({previous}): was it typed in thousand som?</source>
            <translation>в {factor} раз меньше, чем в {period} ({previous}): не введено ли в тыс. сом?</translation>
        </message>
        <message>
            <source>marked done but {percent} % complete</source>
            <translation>отмечено как выполненное, но выполнено на {percent} %</translation>
        </message>
        <message>
            <source>100 % complete but not marked done</source>
            <translation>выполнено на 100 %, но не отмечено как выполненное</translation>
        </message>
        <message>
            <source>money was spent but the measure is not started</source>
            <translation>деньги израсходованы, но мероприятие не начато</translation>
        </message>
        <message>
            <source>past its deadline ({year}) and not done: delayed?</source>
            <translation>срок ({year}) прошёл, а не выполнено: задерживается?</translation>
        </message>
        <message>
            <source>a percentage lies between 0 and 100: {value}</source>
            <translation>процент — от 0 до 100: {value}</translation>
        </message>
        <message>
            <source>spent {spent} from {source}, more than the {planned} planned</source>
            <translation>из источника «{source}» израсходовано {spent}, больше запланированных {planned}</translation>
        </message>
        <message>
            <source>a milestone is 1 (reached) or 0 (not yet): {value}</source>
            <translation>этап — 1 (достигнут) или 0 (ещё нет): {value}</translation>
        </message>
        <message>
            <source>a negative value: {value}</source>
            <translation>отрицательное значение: {value}</translation>
        </message>
        <message>
            <source>measure {code} has no responsible executor</source>
            <translation>у мероприятия {code} нет ответственного исполнителя</translation>
        </message>
        <message>
            <source>measure {code} has no indicator</source>
            <translation>у мероприятия {code} нет индикатора</translation>
        </message>
        <message>
            <source>indicator {code} has no targets</source>
            <translation>у индикатора {code} нет целевых значений</translation>
        </message>
        <message>
            <source>the file is too large ({mb} MB)</source>
            <translation>файл слишком большой ({mb} МБ)</translation>
        </message>
        <message>
            <source>old Excel format (.xls): save the file as .xlsx and try again</source>
            <translation>старый формат Excel (.xls): сохраните файл как .xlsx и попробуйте снова</translation>
        </message>
        <message>
            <source>not an Excel workbook (.xlsx)</source>
            <translation>это не книга Excel (.xlsx)</translation>
        </message>
        <message>
            <source>the workbook is protected with a password: save a copy without the password and import that</source>
            <translation>книга Excel защищена паролем: сохраните копию без пароля и импортируйте её</translation>
        </message>
        <message>
            <source>the workbook is damaged and cannot be read</source>
            <translation>книга повреждена и не читается</translation>
        </message>
        <message>
            <source>the sheet is too large ({rows} rows)</source>
            <translation>лист слишком большой ({rows} строк)</translation>
        </message>
        <message>
            <source>the two new passwords differ; type the same password twice</source>
            <translation>новые пароли не совпадают; введите один и тот же пароль дважды</translation>
        </message>
        <message>
            <source>cannot write the image {file}</source>
            <translation>не удаётся записать изображение {file}</translation>
        </message>
        <message>
            <source>cannot open the database {file}</source>
            <translation>не удаётся открыть базу данных {file}</translation>
        </message>
        <message>
            <source>the programme needs a title</source>
            <translation>у программы должно быть название</translation>
        </message>
        <message>
            <source>the programme needs a municipality</source>
            <translation>для программы нужен муниципалитет</translation>
        </message>
        <message>
            <source>choose the file to write the package to</source>
            <translation>выберите файл, в который записать пакет</translation>
        </message>
        <message>
            <source>the last year comes before the first year</source>
            <translation type="vanished">последний год раньше первого</translation>
        </message>
        <message>
            <source>changed here and in the package since the last exchange</source>
            <translation>изменено и здесь, и в пакете после последнего обмена</translation>
        </message>
        <message>
            <source>this database holds another row for the same {key}</source>
            <translation>в этой базе данных есть другая строка для того же {key}</translation>
        </message>
        <message>
            <source>{table} {id} belongs to another programme</source>
            <translation>{table} {id} относится к другой программе</translation>
        </message>
        <message>
            <source>the period {period} is approved here and locked</source>
            <translation>период {period} здесь утверждён и заблокирован</translation>
        </message>
        <message>
            <source>{table} {id} belongs to another programme in this database</source>
            <translation>{table} {id} относится к другой программе в этой базе данных</translation>
        </message>
        <message>
            <source>{table} {id} refers to {ref_table} {ref} that neither the package nor this database holds</source>
            <translation>{table} {id} ссылается на {ref_table} {ref}, которого нет ни в пакете, ни в этой базе данных</translation>
        </message>
        <message>
            <source>{table} {id} has an unknown period {period}</source>
            <translation>{table} {id} имеет неизвестный период {period}</translation>
        </message>
        <message>
            <source>first package from {municipality}: the signer {signer} will be recorded</source>
            <translation type="vanished">первый пакет от {municipality}: подписант {signer} будет записан</translation>
        </message>
        <message>
            <source>signed by {signer}, as earlier packages</source>
            <translation type="vanished">подписан {signer}, как и прежние пакеты</translation>
        </message>
        <message>
            <source>signed by {signer}, but earlier packages from {municipality} were signed by {known}</source>
            <translation type="vanished">подписан {signer}, но прежние пакеты от {municipality} подписывал {known}</translation>
        </message>
        <message>
            <source>the package is not signed</source>
            <translation type="vanished">пакет не подписан</translation>
        </message>
        <message>
            <source>the package is not signed, but earlier packages from {municipality} were signed by {known}</source>
            <translation type="vanished">пакет не подписан, но прежние пакеты от {municipality} подписывал {known}</translation>
        </message>
        <message>
            <source>{column} is empty</source>
            <translation>{column} пусто</translation>
        </message>
        <message>
            <source>{column} is not an id</source>
            <translation>{column} не является идентификатором</translation>
        </message>
        <message>
            <source>{column} is not a time</source>
            <translation>{column} не является временем</translation>
        </message>
        <message>
            <source>{column} is not a date</source>
            <translation>{column} не является датой</translation>
        </message>
        <message>
            <source>{column} is not yes or no</source>
            <translation>{column} не является значением да или нет</translation>
        </message>
        <message>
            <source>{column} is out of range ({value})</source>
            <translation>{column} вне допустимого диапазона ({value})</translation>
        </message>
        <message>
            <source>{column} is not a whole number</source>
            <translation>{column} не является целым числом</translation>
        </message>
        <message>
            <source>{column} is not a number</source>
            <translation>{column} не является числом</translation>
        </message>
        <message>
            <source>{column} cannot travel inside the JSON</source>
            <translation>{column} не может быть передан в JSON</translation>
        </message>
        <message>
            <source>{column} is not text</source>
            <translation>{column} не является текстом</translation>
        </message>
        <message>
            <source>{column} is longer than {length} characters</source>
            <translation>{column} длиннее {length} символов</translation>
        </message>
        <message>
            <source>a row is not an object</source>
            <translation>строка не является объектом</translation>
        </message>
        <message>
            <source>unknown column {column}</source>
            <translation>неизвестный столбец {column}</translation>
        </message>
        <message>
            <source>{column} is missing</source>
            <translation>{column} отсутствует</translation>
        </message>
        <message>
            <source>the row versions are not an object</source>
            <translation>версии строк — не объект</translation>
        </message>
        <message>
            <source>the row versions name a row {id} it does not hold</source>
            <translation>в версиях строк названа строка {id}, которой нет в таблице</translation>
        </message>
        <message>
            <source>the version of row {id} is not an object</source>
            <translation>версия строки {id} — не объект</translation>
        </message>
        <message>
            <source>the version of row {id} names no origin</source>
            <translation>в версии строки {id} не указан источник</translation>
        </message>
        <message>
            <source>the version of row {id} is not a whole number</source>
            <translation>версия строки {id} — не целое число</translation>
        </message>
        <message>
            <source>{file} would change {n} rows of {periods}, approved here and locked; nothing was imported (an administrator can reopen the round)</source>
            <translation>{file} изменил бы {n} строк периодов {periods}, утверждённых здесь и заблокированных; ничего не импортировано (администратор может открыть отчётный период повторно)</translation>
        </message>
        <message>
            <source>{file} is the first package from {municipality}, signed by {signer} (certificate SHA-256 {sha256}); nothing was imported. Compare the fingerprint with the sender, then confirm the signer (--accept-signer)</source>
            <translation>{file} — первый пакет от {municipality}, подписан {signer} (SHA-256 сертификата {sha256}); ничего не импортировано. Сверьте отпечаток с отправителем, затем подтвердите подписанта (--accept-signer)</translation>
        </message>
        <message>
            <source>{file}: signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</source>
            <translation>{file}: подписан {signer} (SHA-256 сертификата {sha256}), но прежние пакеты от {municipality} подписывал {known} (SHA-256 сертификата {known_sha256}); ничего не импортировано. Уточните у отправителя, затем подтвердите нового подписанта (--accept-signer)</translation>
        </message>
        <message>
            <source>{file} is not signed: nothing shows who made it or that it is unchanged; nothing was imported. Check with the sender, then confirm (--accept-unsigned)</source>
            <translation>{file} не подписан: ничто не показывает, кто его создал и что он не изменён; ничего не импортировано. Уточните у отправителя, затем подтвердите (--accept-unsigned)</translation>
        </message>
        <message>
            <source>{file} is not signed, but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then confirm (--accept-unsigned)</source>
            <translation>{file} не подписан, но прежние пакеты от {municipality} подписывал {known} (SHA-256 сертификата {known_sha256}); ничего не импортировано. Уточните у отправителя, затем подтвердите (--accept-unsigned)</translation>
        </message>
        <message>
            <source>{file}: signed by {signer}, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</source>
            <translation type="vanished">{file}: подписан {signer}, но прежние пакеты от {municipality} подписывал {known}; ничего не импортировано. Уточните у отправителя, затем подтвердите нового подписанта (--accept-signer)</translation>
        </message>
        <message>
            <source>{file} is not signed, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm (--accept-signer)</source>
            <translation type="vanished">{file} не подписан, но прежние пакеты от {municipality} подписывал {known}; ничего не импортировано. Уточните у отправителя, затем подтвердите (--accept-signer)</translation>
        </message>
        <message>
            <source>The group has no members yet: add the members named in the order.</source>
            <translation>В группе пока нет членов: добавьте названных в распоряжении.</translation>
        </message>
        <message>
            <source>Women are {share} of the members; the guidance asks for at least {target}. {missing} more women would meet it.</source>
            <translation>Женщины составляют {share} членов группы; рекомендовано не менее {target}. Ещё {missing} женщин(ы) обеспечат выполнение.</translation>
        </message>
        <message>
            <source>Young people under {age} are {share} of the members; the guidance asks for about {target}. {missing} more young members would meet it.</source>
            <translation>Молодёжь до {age} лет составляет {share} членов группы; рекомендовано около {target}. Ещё {missing} молодых члена(ов) обеспечат выполнение.</translation>
        </message>
        <message>
            <source>The group has no chair: mark one member as chair.</source>
            <translation>У группы нет председателя: отметьте одного члена как председателя.</translation>
        </message>
        <message>
            <source>The group has {n} chairs: only one member can be the chair.</source>
            <translation>В группе {n} председателя: председателем может быть только один член.</translation>
        </message>
        <message>
            <source>The birth year of {n} members is not known: they are not counted as young.</source>
            <translation>Год рождения {n} членов неизвестен: они не считаются молодёжью.</translation>
        </message>
        <message>
            <source>Full name: write the member's name</source>
            <translation>ФИО: укажите имя члена группы</translation>
        </message>
        <message>
            <source>Proposal: write what was proposed</source>
            <translation>Предложение: укажите, что было предложено</translation>
        </message>
        <message>
            <source>Order number: at most {n} characters</source>
            <translation>Номер распоряжения: не более {n} символов</translation>
        </message>
        <message>
            <source>Approved by: unknown value {value}; use one of {values}</source>
            <translation>Кем утверждено: неизвестное значение {value}; используйте одно из: {values}</translation>
        </message>
        <message>
            <source>Approving body: at most {n} characters</source>
            <translation>Утвердивший орган: не более {n} символов</translation>
        </message>
        <message>
            <source>Approving body: name the body that approved the group</source>
            <translation>Утвердивший орган: укажите орган, утвердивший группу</translation>
        </message>
        <message>
            <source>Full name: at most {n} characters</source>
            <translation>ФИО: не более {n} символов</translation>
        </message>
        <message>
            <source>Position: at most {n} characters</source>
            <translation>Должность: не более {n} символов</translation>
        </message>
        <message>
            <source>Organisation: at most {n} characters</source>
            <translation>Организация: не более {n} символов</translation>
        </message>
        <message>
            <source>Place: at most {n} characters</source>
            <translation>Место: не более {n} символов</translation>
        </message>
        <message>
            <source>Side: unknown value {value}; use one of {values}</source>
            <translation>Сторона: неизвестное значение {value}; используйте одно из: {values}</translation>
        </message>
        <message>
            <source>Gender: unknown value {value}; use one of {values}</source>
            <translation>Пол: неизвестное значение {value}; используйте одно из: {values}</translation>
        </message>
        <message>
            <source>Role in the group: unknown value {value}; use one of {values}</source>
            <translation>Роль в группе: неизвестное значение {value}; используйте одно из: {values}</translation>
        </message>
        <message>
            <source>Kind: unknown value {value}; use one of {values}</source>
            <translation>Вид: неизвестное значение {value}; используйте одно из: {values}</translation>
        </message>
        <message>
            <source>Status: unknown value {value}; use one of {values}</source>
            <translation>Статус: неизвестное значение {value}; используйте одно из: {values}</translation>
        </message>
        <message>
            <source>Stage: unknown value {value}; use one of {values}</source>
            <translation>Этап: неизвестное значение {value}; используйте одно из: {values}</translation>
        </message>
        <message>
            <source>Order date: not a date: {value} (write 2024-03-15)</source>
            <translation>Дата распоряжения: не дата: {value} (пишите 2024-03-15)</translation>
        </message>
        <message>
            <source>Date: not a date: {value} (write 2024-03-15)</source>
            <translation>Дата: не дата: {value} (пишите 2024-03-15)</translation>
        </message>
        <message>
            <source>Date of the check: not a date: {value} (write 2024-03-15)</source>
            <translation>Дата проверки: не дата: {value} (пишите 2024-03-15)</translation>
        </message>
        <message>
            <source>Birth year: not a whole number: {value}</source>
            <translation>Год рождения: не целое число: {value}</translation>
        </message>
        <message>
            <source>Birth year: must lie between {low} and {high}</source>
            <translation>Год рождения: должен быть от {low} до {high}</translation>
        </message>
        <message>
            <source>Attendance: not a whole number: {value}</source>
            <translation>Участников: не целое число: {value}</translation>
        </message>
        <message>
            <source>Attendance: must lie between {low} and {high}</source>
            <translation>Участников: должно быть от {low} до {high}</translation>
        </message>
        <message>
            <source>Women among them: not a whole number: {value}</source>
            <translation>Из них женщин: не целое число: {value}</translation>
        </message>
        <message>
            <source>Women among them: must lie between {low} and {high}</source>
            <translation>Из них женщин: должно быть от {low} до {high}</translation>
        </message>
        <message>
            <source>Women among them: {women} is more than the attendance ({attendance})</source>
            <translation>Из них женщин: {women} больше числа участников ({attendance})</translation>
        </message>
        <message>
            <source>Citizens taking part: not a whole number: {value}</source>
            <translation>Участвовало граждан: не целое число: {value}</translation>
        </message>
        <message>
            <source>Citizens taking part: must lie between {low} and {high}</source>
            <translation>Участвовало граждан: должно быть от {low} до {high}</translation>
        </message>
        <message>
            <source>Timeliness: not a whole number: {value}</source>
            <translation>Своевременность: не целое число: {value}</translation>
        </message>
        <message>
            <source>Timeliness: give a rating from {low} to {high}</source>
            <translation>Своевременность: поставьте оценку от {low} до {high}</translation>
        </message>
        <message>
            <source>Quality: not a whole number: {value}</source>
            <translation>Качество: не целое число: {value}</translation>
        </message>
        <message>
            <source>Quality: give a rating from {low} to {high}</source>
            <translation>Качество: поставьте оценку от {low} до {high}</translation>
        </message>
        <message>
            <source>the likelihood must be a whole number from 1 to 5</source>
            <translation>вероятность должна быть целым числом от 1 до 5</translation>
        </message>
        <message>
            <source>the impact must be a whole number from 1 to 5</source>
            <translation>влияние должно быть целым числом от 1 до 5</translation>
        </message>
        <message>
            <source>{entity} {id}: {column} is {value}, the history says {expected}</source>
            <translation>{entity} {id}: {column} — {value}, в истории — {expected}</translation>
        </message>
        <message>
            <source>{entity} {id}: the content differs from the history (event #{seq})</source>
            <translation>{entity} {id}: содержимое отличается от истории (событие #{seq})</translation>
        </message>
        <message>
            <source>{entity} {id}: in the database but never recorded in the history</source>
            <translation>{entity} {id}: есть в базе данных, но ни разу не записан в истории</translation>
        </message>
        <message>
            <source>{entity} {id}: deleted in the history (event #{seq}) but still in the database</source>
            <translation>{entity} {id}: удалён в истории (событие #{seq}), но всё ещё есть в базе данных</translation>
        </message>
        <message>
            <source>{entity} {id}: deleted from the database without a record in the history</source>
            <translation>{entity} {id}: удалён из базы данных без записи в истории</translation>
        </message>
        <message>
            <source>{entity} {id}: amount is {value}, the history says {expected}</source>
            <translation>{entity} {id}: сумма — {value}, в истории — {expected}</translation>
        </message>
        <message>
            <source>the list of rows of event #{seq} was changed in the database</source>
            <translation>список строк события #{seq} изменён в базе данных</translation>
        </message>
        <message>
            <source>{entity} {id}: the signing certificate is not the one the history records</source>
            <translation>{entity} {id}: сертификат подписи не тот, что записан в истории</translation>
        </message>
        <message>
            <source>{entity} {id}: the stored file does not match its SHA-256</source>
            <translation>{entity} {id}: сохранённый файл не совпадает со своей суммой SHA-256</translation>
        </message>
        <message>
            <source>{kind} {name} is not part of meapp's database (added outside meapp)</source>
            <translation>{kind} {name} не входит в базу данных meapp (его добавили вне meapp)</translation>
        </message>
        <message>
            <source>the history holds {events} events, {source} holds {anchor}: events were deleted</source>
            <translation>в истории событий: {events}, а по {source} — {anchor}: события были удалены</translation>
        </message>
        <message>
            <source>event #{seq} differs from {source}: the history was rewritten</source>
            <translation>событие #{seq} не совпадает с {source}: история была переписана</translation>
        </message>
        <message>
            <source>the database has no schema version (table alembic_version is missing)</source>
            <translation>в базе данных нет версии схемы (нет таблицы alembic_version)</translation>
        </message>
        <message>
            <source>the database has schema {revision}, unknown to this meapp (it knows {expected})</source>
            <translation>схема базы данных {revision} неизвестна этой версии meapp (она знает {expected})</translation>
        </message>
        <message>
            <source>the database has the older schema {revision} (this meapp has {expected}): open it in meapp once to upgrade it, then check again</source>
            <translation>у базы данных старая схема {revision} (у этой версии meapp — {expected}): откройте её один раз в meapp, чтобы обновить, и проверьте снова</translation>
        </message>
        <message>
            <source>trigger</source>
            <translation>триггер</translation>
        </message>
        <message>
            <source>view</source>
            <translation>представление</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>правило</translation>
        </message>
        <message>
            <source>tables missing from the database: {tables}</source>
            <translation>в базе данных нет таблиц: {tables}</translation>
        </message>
        <message>
            <source>the database cannot be read: {detail}</source>
            <translation>не удаётся прочитать базу данных: {detail}</translation>
        </message>
        <message>
            <source>first package from {municipality}, signed by {signer} (certificate SHA-256 {sha256}): compare the fingerprint with the sender before accepting it</source>
            <translation>первый пакет от {municipality}, подписан {signer} (SHA-256 сертификата {sha256}): перед тем как принять, сверьте отпечаток с отправителем</translation>
        </message>
        <message>
            <source>signed by {signer}, as earlier packages (certificate SHA-256 {sha256})</source>
            <translation>подписан {signer}, как и прежние пакеты (SHA-256 сертификата {sha256})</translation>
        </message>
        <message>
            <source>signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256})</source>
            <translation>подписан {signer} (SHA-256 сертификата {sha256}), но прежние пакеты от {municipality} подписывал {known} (SHA-256 сертификата {known_sha256})</translation>
        </message>
        <message>
            <source>the package is not signed: nothing shows who made it or that it is unchanged</source>
            <translation>пакет не подписан: ничто не показывает, кто его создал и что он не изменён</translation>
        </message>
        <message>
            <source>the package is not signed, but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256})</source>
            <translation>пакет не подписан, но прежние пакеты от {municipality} подписывал {known} (SHA-256 сертификата {known_sha256})</translation>
        </message>
        <message>
            <source>held out of the roll-ups until an evaluator confirms it or it is corrected</source>
            <translation>не входит в сведение, пока оценщик не подтвердит его или оно не будет исправлено</translation>
        </message>
        <message>
            <source>an amount of this measure is not a number ({value}) and is left out of the sums</source>
            <translation>сумма этого мероприятия не является числом ({value}) и не учтена в итогах</translation>
        </message>
        <message>
            <source>the calendar was changed by someone else meanwhile: open it again</source>
            <translation>календарь тем временем изменил кто-то другой: откройте его снова</translation>
        </message>
        <message>
            <source>the period {period} is approved: the planned amount of that year ({amount}) cannot change; enter the cost per year and keep that year's amount</source>
            <translation>период {period} утверждён: плановую сумму этого года ({amount}) изменить нельзя; введите стоимость по годам, сохранив сумму этого года</translation>
        </message>
        <message>
            <source>the database is in use by another program; close that program, then open the database again</source>
            <translation>база данных используется другой программой; закройте эту программу и откройте базу данных снова</translation>
        </message>
        <message>
            <source>the upgrade would leave {n} broken references (first in table {table}); the database was not changed</source>
            <translation>обновление оставило бы битых ссылок: {n} (первая в таблице {table}); база данных не изменена</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>Half-year monitoring report</source>
            <translation>Полугодовой отчёт о мониторинге</translation>
        </message>
        <message>
            <source>Monitoring report</source>
            <translation type="vanished">Отчёт о мониторинге</translation>
        </message>
        <message>
            <source>Annual evaluation report</source>
            <translation>Годовой отчёт об оценке</translation>
        </message>
        <message>
            <source>Citizen summary</source>
            <translation>Краткий отчёт для граждан</translation>
        </message>
        <message>
            <source>on the implementation of the programme</source>
            <translation>о реализации программы</translation>
        </message>
        <message>
            <source>Reporting period: {period}</source>
            <translation>Отчётный период: {period}</translation>
        </message>
        <message>
            <source>{year} compared with {previous}</source>
            <translation type="vanished">{year} год в сравнении с {previous}</translation>
        </message>
        <message>
            <source>Programme years: {start}–{end}</source>
            <translation>Сроки программы: {start}–{end}</translation>
        </message>
        <message>
            <source>Approved by {body}, decision No. {number} of {date}</source>
            <translation>Утверждена: {body}, постановление № {number} от {date}</translation>
        </message>
        <message>
            <source>Approved by decision No. {number} of {date}</source>
            <translation>Утверждена постановлением № {number} от {date}</translation>
        </message>
        <message>
            <source>Approved by {body}</source>
            <translation>Утверждена: {body}</translation>
        </message>
        <message>
            <source>Prepared by the monitoring and evaluation working group</source>
            <translation>Подготовлено рабочей группой по мониторингу и оценке</translation>
        </message>
        <message>
            <source>The working group was formed by order No. {number} of {date}</source>
            <translation>Рабочая группа создана распоряжением № {number} от {date}</translation>
        </message>
        <message>
            <source>State of the period: {state}</source>
            <translation>Состояние периода: {state}</translation>
        </message>
        <message>
            <source>approved by {who} on {date}</source>
            <translation>утвердил(а) {who} {date}</translation>
        </message>
        <message>
            <source>Draft: the period is not approved yet, the figures may still change.</source>
            <translation>Черновик: период ещё не утверждён, цифры могут измениться.</translation>
        </message>
        <message>
            <source>Date of the report: {date}</source>
            <translation>Дата отчёта: {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="vanished">открыт</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation type="vanished">отправлен</translation>
        </message>
        <message>
            <source>approved</source>
            <translation type="vanished">утверждён</translation>
        </message>
        <message>
            <source>city</source>
            <translation type="vanished">город</translation>
        </message>
        <message>
            <source>aiyl okmotu</source>
            <translation type="vanished">айыл окмоту</translation>
        </message>
        <message>
            <source>year {year}</source>
            <translation>{year} год</translation>
        </message>
        <message>
            <source>first half-year {year}</source>
            <translation>I полугодие {year} г.</translation>
        </message>
        <message>
            <source>second half-year {year}</source>
            <translation>II полугодие {year} г.</translation>
        </message>
        <message>
            <source>quarter {quarter} of {year}</source>
            <translation>{quarter}-й квартал {year} г.</translation>
        </message>
        <message>
            <source>{year} H{half}</source>
            <translation>{half} пол. {year}</translation>
        </message>
        <message>
            <source>{year} Q{quarter}</source>
            <translation>{quarter} кв. {year}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>Progress in charts</source>
            <translation>Прогресс в диаграммах</translation>
        </message>
        <message>
            <source>Monitoring of the development programme</source>
            <translation>Мониторинг программы развития</translation>
        </message>
        <message>
            <source>Documents and open data</source>
            <translation>Документы и открытые данные</translation>
        </message>
        <message>
            <source>The evaluation report (PDF)</source>
            <translation>Отчёт об оценке (PDF)</translation>
        </message>
        <message>
            <source>SHA-256 of the report: {hash}. A copy with the same SHA-256 is exactly the published report; its signatures are checked in any PDF reader or with meapp verify.</source>
            <translation>SHA-256 отчёта: {hash}. Копия с такой же суммой SHA-256 — в точности опубликованный отчёт; его подписи проверяются в любой программе для чтения PDF или командой meapp verify.</translation>
        </message>
        <message>
            <source>Data fingerprint of these figures: {fingerprint}. The signed report prints the same fingerprint on its signature page when its figures are these.</source>
            <translation>Отпечаток данных этих цифр: {fingerprint}. Если в подписанном отчёте те же цифры, на странице подписей напечатан тот же отпечаток.</translation>
        </message>
        <message>
            <source>The report for this period is not published yet.</source>
            <translation>Отчёт за этот период пока не опубликован.</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Индикаторы</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>What the columns mean</source>
            <translation>Что означают столбцы</translation>
        </message>
        <message>
            <source>The tables hold the figures of this page for every indicator and measure; they open in Excel, LibreOffice or any program that reads CSV or JSON.</source>
            <translation>В таблицах — цифры этой страницы по каждому индикатору и мероприятию; они открываются в Excel, LibreOffice или любой программе, читающей CSV или JSON.</translation>
        </message>
        <message>
            <source>{amount} {unit} spent</source>
            <translation>израсходовано {amount} {unit}</translation>
        </message>
        <message>
            <source>Quarterly monitoring report</source>
            <translation>Квартальный отчёт о мониторинге</translation>
        </message>
        <message>
            <source>year {year} compared with {previous}</source>
            <translation>{year} год в сравнении с {previous} годом</translation>
        </message>
        <message>
            <source>The working group was approved by: {document}</source>
            <translation>Рабочая группа утверждена: {document}</translation>
        </message>
        <message>
            <source>council resolution</source>
            <translation>постановление кенеша</translation>
        </message>
        <message>
            <source>order of the mayor</source>
            <translation>распоряжение мэра</translation>
        </message>
        <message>
            <source>order of the head of the aiyl okmotu</source>
            <translation>распоряжение главы айыл окмоту</translation>
        </message>
        <message>
            <source>{document} No. {number} of {date}</source>
            <translation>{document} № {number} от {date}</translation>
        </message>
        <message>
            <source>{document} No. {number}</source>
            <translation>{document} № {number}</translation>
        </message>
        <message>
            <source>{document} of {date}</source>
            <translation>{document} от {date}</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Monitoring and evaluation working group</source>
            <translation>Рабочая группа по мониторингу и оценке</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Подписи</translation>
        </message>
        <message>
            <source>The year against the year before</source>
            <translation>Год в сравнении с предыдущим</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Общий прогресс</translation>
        </message>
        <message>
            <source>{change} points against {period}</source>
            <translation>{change} п. п. по сравнению с {period}</translation>
        </message>
        <message>
            <source>no earlier period to compare</source>
            <translation>нет более раннего периода для сравнения</translation>
        </message>
        <message>
            <source>Indicators in total: {n}</source>
            <translation>Всего индикаторов: {n}</translation>
        </message>
        <message>
            <source>Measures in total: {n}</source>
            <translation>Всего мероприятий: {n}</translation>
        </message>
        <message>
            <source>Plan executed by {percent}</source>
            <translation>План выполнен на {percent}</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Израсходовано</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Исполнение</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Отклонение</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>som</source>
            <translation>сом</translation>
        </message>
        <message>
            <source>thousand som</source>
            <translation>тыс. сом</translation>
        </message>
        <message>
            <source>million som</source>
            <translation>млн сом</translation>
        </message>
        <message>
            <source>{what}, {unit}</source>
            <translation>{what}, {unit}</translation>
        </message>
        <message>
            <source>Progress by priority direction</source>
            <translation>Прогресс по приоритетным направлениям</translation>
        </message>
        <message>
            <source>Indicators by status</source>
            <translation>Индикаторы по статусу</translation>
        </message>
        <message>
            <source>Measures by status</source>
            <translation>Мероприятия по статусу</translation>
        </message>
        <message>
            <source>Budget by funding source: planned and spent</source>
            <translation>Бюджет по источникам финансирования: запланировано и израсходовано</translation>
        </message>
        <message>
            <source>Indicators furthest behind: baseline, targets, actuals</source>
            <translation>Наиболее отстающие индикаторы: базовое значение, целевые значения, факт</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>факт</translation>
        </message>
        <message>
            <source>target</source>
            <translation>целевое значение</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>базовое значение</translation>
        </message>
        <message>
            <source>No data for this chart yet.</source>
            <translation>Для этой диаграммы пока нет данных.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Базовый год</translation>
        </message>
        <message>
            <source>Target for the period</source>
            <translation>Целевое значение на период</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Прогресс</translation>
        </message>
        <message>
            <source>Actual to target</source>
            <translation>Факт к целевому значению</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>{what} {year}</source>
            <translation>{what} {year}</translation>
        </message>
        <message>
            <source>≈ the target for the period is derived from the yearly targets: half the year's amount, or a value between the surrounding levels.</source>
            <translation>≈ целевое значение на период выведено из годовых: половина годового объёма или значение между соседними уровнями.</translation>
        </message>
        <message>
            <source>Progress = (actual − baseline) / (target − baseline); 100 % means the target is reached.</source>
            <translation>Прогресс = (факт − базовое значение) / (целевое значение − базовое значение); 100 % означает, что целевое значение достигнуто.</translation>
        </message>
        <message>
            <source>Status: on track from {green}, at risk from {amber}, off track below {amber}, no data when no actual was entered.</source>
            <translation>Статус: от {green} — в графике, от {amber} — под угрозой, ниже {amber} — отстаёт, без введённого факта — нет данных.</translation>
        </message>
        <message>
            <source>The programme has no indicators yet.</source>
            <translation>В программе пока нет индикаторов.</translation>
        </message>
        <message>
            <source>Programme-level indicators</source>
            <translation>Индикаторы уровня программы</translation>
        </message>
        <message>
            <source>Public checks of investment measures</source>
            <translation>Общественные проверки инвестиционных мероприятий</translation>
        </message>
        <message>
            <source>Public hearings and proposals</source>
            <translation>Общественные слушания и предложения</translation>
        </message>
        <message>
            <source>Executors' ranking</source>
            <translation>Рейтинг исполнителей</translation>
        </message>
        <message>
            <source>Target revisions</source>
            <translation>Корректировки целевых значений</translation>
        </message>
        <message>
            <source>No public check was held in {period}.</source>
            <translation>За {period} общественные проверки не проводились.</translation>
        </message>
        <message>
            <source>No hearing or meeting was held in {period}.</source>
            <translation>За {period} слушания и заседания не проводились.</translation>
        </message>
        <message>
            <source>No target was revised in {period}.</source>
            <translation>За {period} целевые значения не корректировались.</translation>
        </message>
        <message>
            <source>The plan names no executors yet.</source>
            <translation>В плане пока не указаны исполнители.</translation>
        </message>
        <message>
            <source>Check {stage}, {date}</source>
            <translation>Проверка {stage}, {date}</translation>
        </message>
        <message>
            <source>Checked by: {who}</source>
            <translation>Кто проверял: {who}</translation>
        </message>
        <message>
            <source>Citizens taking part: {n}</source>
            <translation>Участвовало граждан: {n}</translation>
        </message>
        <message>
            <source>Rating: timeliness {timeliness} of 5, quality {quality} of 5</source>
            <translation>Оценка: своевременность {timeliness} из 5, качество {quality} из 5</translation>
        </message>
        <message>
            <source>Findings: {findings}</source>
            <translation>Выводы: {findings}</translation>
        </message>
        <message>
            <source>No photo is attached to this check.</source>
            <translation>К этой проверке не приложено фото.</translation>
        </message>
        <message>
            <source>The photo {name} cannot be shown in the PDF (not a readable image).</source>
            <translation>Фото {name} нельзя показать в PDF (это не читаемое изображение).</translation>
        </message>
        <message>
            <source>… and {n} more photos in the database</source>
            <translation>… и ещё {n} фото в базе данных</translation>
        </message>
        <message>
            <source>Attendance: {attendance}, of them women: {women} ({share})</source>
            <translation>Участников: {attendance}, из них женщин: {women} ({share})</translation>
        </message>
        <message>
            <source>No proposal was recorded.</source>
            <translation>Предложения не записаны.</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Ответственный исполнитель</translation>
        </message>
        <message>
            <source>Done on time</source>
            <translation>Выполнено в срок</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Выполнено с опозданием</translation>
        </message>
        <message>
            <source>Indicator progress</source>
            <translation>Прогресс индикаторов</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>(no executor named in the plan)</source>
            <translation>(в плане исполнитель не указан)</translation>
        </message>
        <message>
            <source>Measures count by their lead executor, indicators by the responsible named in the matrix. The score is the mean of the indicator progress and the share of measures done; rank 1 is the best.</source>
            <translation>Мероприятия считаются по головному исполнителю, индикаторы — по ответственному, указанному в матрице. Оценка — среднее из прогресса индикаторов и доли выполненных мероприятий; 1-е место — лучшее.</translation>
        </message>
        <message>
            <source>Target of</source>
            <translation>Период цели</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Было</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Стало</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>end of the programme</source>
            <translation>конец программы</translation>
        </message>
        <message>
            <source>The quota of at least {target} women is met.</source>
            <translation>Квота не менее {target} женщин выполнена.</translation>
        </message>
        <message>
            <source>The quota of at least {target} women is not met: {missing} more would reach it.</source>
            <translation>Квота не менее {target} женщин не выполнена: для неё не хватает ещё {missing}.</translation>
        </message>
        <message>
            <source>The quota of about {target} young people under {age} is met.</source>
            <translation>Квота около {target} молодёжи до {age} лет выполнена.</translation>
        </message>
        <message>
            <source>The quota of about {target} young people under {age} is not met: {missing} more would reach it.</source>
            <translation>Квота около {target} молодёжи до {age} лет не выполнена: для неё не хватает ещё {missing}.</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Общественные проверки</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Общественные слушания</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Рабочая группа</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>Бюджет по годам</translation>
        </message>
        <message>
            <source>Budget by year: planned in the year against spent in it</source>
            <translation>Бюджет по годам: запланировано на год и израсходовано в нём</translation>
        </message>
        <message>
            <source>A measure whose planned cost is not split by year counts as spread evenly over its years.</source>
            <translation>Мероприятие, плановая стоимость которого не разбита по годам, считается распределённым поровну по его годам.</translation>
        </message>
        <message>
            <source>Direction or measure</source>
            <translation>Направление или мероприятие</translation>
        </message>
        <message>
            <source>Split by year</source>
            <translation>Разбито по годам</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Priority direction</source>
            <translation>Приоритетное направление</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation type="obsolete">Направленность</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>no: spread evenly</source>
            <translation>нет: распределено поровну</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Кто проверял</translation>
        </message>
        <message>
            <source>Citizens</source>
            <translation>Граждан</translation>
        </message>
        <message>
            <source>Timeliness (1–5)</source>
            <translation>Своевременность (1–5)</translation>
        </message>
        <message>
            <source>Quality (1–5)</source>
            <translation>Качество (1–5)</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Участников</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Женщин</translation>
        </message>
        <message>
            <source>Women, %</source>
            <translation>Женщин, %</translation>
        </message>
        <message>
            <source>Done, %</source>
            <translation>Выполнено, %</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Executors</source>
            <translation>Исполнители</translation>
        </message>
        <message>
            <source>Planned, som</source>
            <translation>Запланировано, сом</translation>
        </message>
        <message>
            <source>Spent, som</source>
            <translation>Израсходовано, сом</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>(by agreement)</source>
            <translation>(по согласованию)</translation>
        </message>
        <message>
            <source>The programme has no measures yet.</source>
            <translation>В программе пока нет мероприятий.</translation>
        </message>
        <message>
            <source>No planned costs are entered.</source>
            <translation>Плановые затраты не введены.</translation>
        </message>
        <message>
            <source>Summary of the period</source>
            <translation>Резюме за период</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Анализ прогресса</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Слабые места</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Предлагаемые корректировки целевых значений</translation>
        </message>
        <message>
            <source>The working group has not written the evaluation of this period yet.</source>
            <translation>Рабочая группа ещё не написала оценку этого периода.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Role in the group</source>
            <translation>Роль в группе</translation>
        </message>
        <message>
            <source>Women: {women} of {total} ({women_share}); young people under 28: {youth} ({youth_share}).</source>
            <translation>Женщин: {women} из {total} ({women_share}); молодёжи до 28 лет: {youth} ({youth_share}).</translation>
        </message>
        <message>
            <source>The guidance asks for at least 35 % women and about 20 % young people.</source>
            <translation>Методические рекомендации требуют не менее 35 % женщин и около 20 % молодёжи.</translation>
        </message>
        <message>
            <source>The members of the working group are not entered yet.</source>
            <translation>Члены рабочей группы ещё не введены.</translation>
        </message>
        <message>
            <source>mayor's office</source>
            <translation type="vanished">мэрия</translation>
        </message>
        <message>
            <source>council</source>
            <translation type="vanished">кенеш</translation>
        </message>
        <message>
            <source>business</source>
            <translation type="vanished">бизнес</translation>
        </message>
        <message>
            <source>civil society / NGO</source>
            <translation type="vanished">гражданское общество / НКО</translation>
        </message>
        <message>
            <source>chair</source>
            <translation type="vanished">председатель</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation type="vanished">секретарь</translation>
        </message>
        <message>
            <source>member</source>
            <translation type="vanished">член</translation>
        </message>
        <message>
            <source>Chair of the monitoring working group</source>
            <translation>Председатель рабочей группы по мониторингу и оценке</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>Мэр</translation>
        </message>
        <message>
            <source>Head of the aiyl okmotu</source>
            <translation>Глава айыл окмоту</translation>
        </message>
        <message>
            <source>Electronic signature</source>
            <translation>Электронная подпись</translation>
        </message>
        <message>
            <source>The report is signed electronically (PAdES): first by the chair, then by the {head}. Each signature appears in its box below; the date of signing and the signer's certificate are kept inside the PDF file.</source>
            <translation>Отчёт подписывается электронной подписью (PAdES): сначала председателем, затем — {head}. Каждая подпись видна в своём поле ниже; дата подписания и сертификат подписанта хранятся внутри файла PDF.</translation>
        </message>
        <message>
            <source>Fingerprint of the approved data (SHA-256)</source>
            <translation>Отпечаток утверждённых данных (SHA-256)</translation>
        </message>
        <message>
            <source>The fingerprint is computed from the period's actuals, targets, measure progress and evaluation; the same data always give the same fingerprint, so anyone can check that the figures were not changed after approval.</source>
            <translation>Отпечаток вычисляется по фактическим и целевым значениям, ходу мероприятий и оценке за период; одни и те же данные всегда дают один и тот же отпечаток, поэтому любой может проверить, что цифры не изменялись после утверждения.</translation>
        </message>
        <message>
            <source>(name not entered)</source>
            <translation>(имя не введено)</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">в графике</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">под угрозой</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">отстаёт</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">нет данных</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">выполнено</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">выполняется</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">не начато</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">задерживается</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">отменено</translation>
        </message>
        <message>
            <source>local budget</source>
            <translation type="vanished">местный бюджет</translation>
        </message>
        <message>
            <source>republican budget</source>
            <translation type="vanished">республиканский бюджет</translation>
        </message>
        <message>
            <source>development fund</source>
            <translation type="vanished">фонд развития</translation>
        </message>
        <message>
            <source>donors</source>
            <translation type="vanished">доноры</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation type="vanished">спонсоры</translation>
        </message>
        <message>
            <source>community contribution</source>
            <translation type="vanished">вклад сообщества</translation>
        </message>
        <message>
            <source>investors</source>
            <translation type="vanished">инвесторы</translation>
        </message>
        <message>
            <source>public-private partnership</source>
            <translation type="vanished">государственно-частное партнёрство</translation>
        </message>
        <message>
            <source>other sources</source>
            <translation type="vanished">прочие источники</translation>
        </message>
        <message>
            <source>impact</source>
            <translation type="vanished">влияние</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation type="vanished">результат</translation>
        </message>
        <message>
            <source>output</source>
            <translation type="vanished">продукт</translation>
        </message>
        <message>
            <source>increase</source>
            <translation type="vanished">рост</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation type="vanished">снижение</translation>
        </message>
        <message>
            <source>keep</source>
            <translation type="vanished">сохранение</translation>
        </message>
        <message>
            <source>#</source>
            <translation type="vanished">#</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation type="vanished">отношение</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation type="vanished">да/нет</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Overall progress {year}: {now}; {previous}: {before}.</source>
            <translation>Общий прогресс {year}: {now}; {previous}: {before}.</translation>
        </message>
        <message>
            <source>{municipality}: how is our development programme going?</source>
            <translation>{municipality}: как выполняется наша программа развития?</translation>
        </message>
        <message>
            <source>of the way to this period's targets</source>
            <translation>пути к целевым значениям этого периода</translation>
        </message>
        <message>
            <source>measures done</source>
            <translation>мероприятий выполнено</translation>
        </message>
        <message>
            <source>measures under way</source>
            <translation>мероприятий выполняется</translation>
        </message>
        <message>
            <source>of the planned money spent</source>
            <translation>запланированных средств израсходовано</translation>
        </message>
        <message>
            <source>indicators on track</source>
            <translation>индикаторов в графике</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Что сделано</translation>
        </message>
        <message>
            <source>What is behind</source>
            <translation>Что отстаёт</translation>
        </message>
        <message>
            <source>Where the money came from</source>
            <translation>Откуда пришли средства</translation>
        </message>
        <message>
            <source>No measure is finished yet in this period.</source>
            <translation>В этом периоде ещё ни одно мероприятие не завершено.</translation>
        </message>
        <message>
            <source>No indicator is behind its target.</source>
            <translation>Ни один индикатор не отстаёт от целевого значения.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the mayor's office.</source>
            <translation>Выскажите мнение: общественные слушания и рабочая группа по мониторингу открыты для каждого жителя. Подробнее – в мэрии.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the aiyl okmotu.</source>
            <translation>Выскажите мнение: общественные слушания и рабочая группа по мониторингу открыты для каждого жителя. Подробнее – в айыл окмоту.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the {office}.</source>
            <translation type="vanished">Выскажите своё мнение: общественные слушания и рабочая группа по мониторингу открыты для каждого жителя. Обращайтесь в {office}.</translation>
        </message>
        <message>
            <source>Source: monitoring of the programme “{title}”, {period}.</source>
            <translation>Источник: мониторинг программы «{title}», {period}.</translation>
        </message>
        <message>
            <source>Figures approved on {date}.</source>
            <translation>Цифры утверждены {date}.</translation>
        </message>
        <message>
            <source>Figures not approved yet.</source>
            <translation>Цифры ещё не утверждены.</translation>
        </message>
        <message>
            <source>{name}: {actual} {unit} (target {target})</source>
            <translation>{name}: {actual} {unit} (целевое значение {target})</translation>
        </message>
        <message>
            <source>QR code: {website} and the fingerprint of these figures, {fingerprint}. When the website and the signed report show the same fingerprint, these are the approved figures.</source>
            <translation>QR-код: {website} и отпечаток данных этих цифр, {fingerprint}. Если на сайте и в подписанном отчёте тот же отпечаток, это утверждённые цифры.</translation>
        </message>
        <message>
            <source>QR code: the fingerprint of these figures, {fingerprint}. When the signed report shows the same fingerprint, these are the approved figures.</source>
            <translation>QR-код: отпечаток данных этих цифр, {fingerprint}. Если в подписанном отчёте тот же отпечаток, это утверждённые цифры.</translation>
        </message>
        <message>
            <source>Indicator performance tracking table</source>
            <translation>Таблица отслеживания выполнения индикаторов</translation>
        </message>
        <message>
            <source>IPTT</source>
            <translation>ТОВИ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Direction of change</source>
            <translation>Направление изменения</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Накопительный</translation>
        </message>
        <message>
            <source># or %</source>
            <translation># или %</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Actual to date</source>
            <translation>Факт на дату</translation>
        </message>
        <message>
            <source>Programme total</source>
            <translation>Итого по программе</translation>
        </message>
        <message>
            <source>Programme progress (mean of indicators)</source>
            <translation>Прогресс программы (среднее по индикаторам)</translation>
        </message>
        <message>
            <source>% = progress towards the target: (actual − baseline) / (target − baseline). Targets marked ≈ are derived from the yearly targets.</source>
            <translation>% = прогресс к целевому значению: (факт − базовое значение) / (целевое значение − базовое значение). Значения, отмеченные ≈, выведены из годовых.</translation>
        </message>
        <message>
            <source>Summed within the year ({indicators}): the actual and the target are the year's totals from January to the end of the period.</source>
            <translation>Суммы за год ({indicators}): фактическое и целевое значения — итоги года с января до конца периода.</translation>
        </message>
        <message>
            <source>Data-quality note</source>
            <translation>Примечание о качестве данных</translation>
        </message>
        <message>
            <source>The round of {period} was approved with open data-quality items, acknowledged by {who} on {date}:</source>
            <translation>Период «{period}» утверждён с открытыми вопросами качества данных, принятыми к сведению: {who}, {date}:</translation>
        </message>
        <message>
            <source>… and {n} more (all are in the audit trail)</source>
            <translation>… и ещё {n} (все — в журнале аудита)</translation>
        </message>
        <message>
            <source>Executors' ranking, {period}</source>
            <translation>Рейтинг исполнителей, {period}</translation>
        </message>
        <message>
            <source>The order forming the working group is not entered.</source>
            <translation>Приказ о создании рабочей группы не внесён.</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <source>Revised by</source>
            <translation>Кем скорректировано</translation>
        </message>
        <message>
            <source>{source}: executed at {percent} in {year} (planned {planned} som, spent {spent} som, deviation {deviation} som).</source>
            <translation>{source}: исполнено на {percent} в {year} году (запланировано {planned} сом, израсходовано {spent} сом, отклонение {deviation} сом).</translation>
        </message>
        <message>
            <source>{source}: {spent} som spent in {year}, nothing planned for that year.</source>
            <translation>{source}: в {year} году израсходовано {spent} сом, на этот год ничего не запланировано.</translation>
        </message>
        <message>
            <source>The planned cost of measures whose budget is not split by year is spread evenly over their years.</source>
            <translation>Плановая стоимость мероприятий, бюджет которых не разбит по годам, распределена поровну по их годам.</translation>
        </message>
        <message>
            <source>No planned costs or spending in {year}.</source>
            <translation>В {year} году нет ни плановых расходов, ни израсходованных средств.</translation>
        </message>
        <message>
            <source>Planned in {year}, som</source>
            <translation>Запланировано на {year} год, сом</translation>
        </message>
        <message>
            <source>Spent in {year}, som</source>
            <translation>Израсходовано в {year} году, сом</translation>
        </message>
    </context>
    <context>
        <name>rights</name>
        <message>
            <source>read the programme and reports</source>
            <translation>читать программу и отчёты</translation>
        </message>
        <message>
            <source>countersign reports</source>
            <translation>визировать отчёты</translation>
        </message>
        <message>
            <source>manage their own signing identity</source>
            <translation>управлять своим ключом подписи</translation>
        </message>
        <message>
            <source>enter actuals and measure progress</source>
            <translation>вводить фактические значения и ход мероприятий</translation>
        </message>
        <message>
            <source>submit a reporting round</source>
            <translation>отправлять отчётный период</translation>
        </message>
        <message>
            <source>write the evaluation</source>
            <translation>писать оценку</translation>
        </message>
        <message>
            <source>approve a reporting round</source>
            <translation>утверждать отчётный период</translation>
        </message>
        <message>
            <source>sign reports</source>
            <translation>подписывать отчёты</translation>
        </message>
        <message>
            <source>import exchange packages</source>
            <translation>импортировать пакеты обмена</translation>
        </message>
        <message>
            <source>set up the programme</source>
            <translation>настраивать программу</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>управлять пользователями</translation>
        </message>
        <message>
            <source>reopen an approved round</source>
            <translation>повторно открывать утверждённый период</translation>
        </message>
        <message>
            <source>create the demo data</source>
            <translation>создавать демо-данные</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>восстанавливать из резервной копии</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>viewer</source>
            <translation type="vanished">наблюдатель</translation>
        </message>
        <message>
            <source>editor</source>
            <translation type="vanished">редактор</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation type="vanished">оценщик</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation type="vanished">администратор</translation>
        </message>
    </context>
    <context>
        <name>signing</name>
        <message>
            <source>Signed electronically</source>
            <translation>Подписано электронной подписью</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Дата: {date}</translation>
        </message>
        <message>
            <source>Evaluation report {period} approved</source>
            <translation>Отчёт об оценке за {period} утверждён</translation>
        </message>
        <message>
            <source>the chair's box</source>
            <translation>поле председателя</translation>
        </message>
        <message>
            <source>the mayor's box</source>
            <translation>поле мэра</translation>
        </message>
    </context>
    <context>
        <name>xlsx</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Срок реализации</translation>
        </message>
        <message>
            <source>Expected result (output)</source>
            <translation>Ожидаемый результат (продукт)</translation>
        </message>
        <message>
            <source>Responsible executors</source>
            <translation>Ответственные исполнители</translation>
        </message>
        <message>
            <source>Planned cost, som: {source}</source>
            <translation>Плановая стоимость, сом: {source}</translation>
        </message>
        <message>
            <source>Status ({period})</source>
            <translation>Статус ({period})</translation>
        </message>
        <message>
            <source>% complete</source>
            <translation>Выполнено, %</translation>
        </message>
        <message>
            <source>Spent, som ({period})</source>
            <translation>Израсходовано, сом ({period})</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор (показатель)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <source>Baseline ({year})</source>
            <translation>Базовое значение ({year})</translation>
        </message>
        <message>
            <source>Baseline value</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Базовый год</translation>
        </message>
        <message>
            <source>Interim targets (yearly)</source>
            <translation>Промежуточные значения (по годам)</translation>
        </message>
        <message>
            <source>Year {n}</source>
            <translation>Год {n}</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Responsible body</source>
            <translation>Ответственный орган</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Источник данных</translation>
        </message>
        <message>
            <source>Measurement method</source>
            <translation>Метод измерения</translation>
        </message>
        <message>
            <source>Verifying document</source>
            <translation>Подтверждающий документ</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Периодичность</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Methodology note</source>
            <translation>Методическое примечание</translation>
        </message>
        <message>
            <source>How periods combine</source>
            <translation>Как объединяются периоды</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направленность</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Пункт плана</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>План мероприятий</translation>
        </message>
        <message>
            <source>Action plan for the implementation of the programme</source>
            <translation>План мероприятий по реализации программы</translation>
        </message>
        <message>
            <source>Indicator matrix</source>
            <translation>Матрица индикаторов</translation>
        </message>
        <message>
            <source>Matrix of monitoring and evaluation indicators</source>
            <translation>Матрица индикаторов мониторинга и оценки</translation>
        </message>
        <message>
            <source>Goal: {text}</source>
            <translation>Цель: {text}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Local budget</source>
            <translation type="vanished">Местный бюджет</translation>
        </message>
        <message>
            <source>Republican budget</source>
            <translation type="vanished">Республиканский бюджет</translation>
        </message>
        <message>
            <source>Development fund</source>
            <translation type="vanished">Фонд развития</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation type="vanished">Доноры</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation type="vanished">Спонсоры</translation>
        </message>
        <message>
            <source>Community contribution</source>
            <translation type="vanished">Вклад сообщества</translation>
        </message>
        <message>
            <source>Investors</source>
            <translation type="vanished">Инвесторы</translation>
        </message>
        <message>
            <source>Public-private partnership</source>
            <translation type="vanished">Государственно-частное партнёрство</translation>
        </message>
        <message>
            <source>Other sources</source>
            <translation type="vanished">Прочие источники</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">не начато</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">выполняется</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">выполнено</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">задерживается</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">отменено</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation type="vanished">накопительный</translation>
        </message>
        <message>
            <source>level</source>
            <translation type="vanished">уровневый</translation>
        </message>
        <message>
            <source>average</source>
            <translation type="vanished">среднее</translation>
        </message>
        <message>
            <source>increase</source>
            <translation type="vanished">рост</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation type="vanished">снижение</translation>
        </message>
        <message>
            <source>keep</source>
            <translation type="vanished">сохранение</translation>
        </message>
        <message>
            <source>impact</source>
            <translation type="vanished">влияние</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation type="vanished">результат</translation>
        </message>
        <message>
            <source>output</source>
            <translation type="vanished">продукт</translation>
        </message>
    </context>
</TS>
