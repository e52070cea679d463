<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>New user</source>
            <translation>Жаңы колдонуучу</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Аты-жөнү:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>&amp;Кызматы:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Ролу:</translation>
        </message>
        <message>
            <source>Initial &amp;password:</source>
            <translation>Баштапкы &amp;сырсөз:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Сырсөз ка&amp;йра:</translation>
        </message>
        <message>
            <source>Tell the new user the initial password; they can change it on this page.</source>
            <translation>Баштапкы сырсөздү жаңы колдонуучуга айтыңыз; ал аны ушул баракта өзгөртө алат.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>any</source>
            <translation>баары</translation>
        </message>
        <message>
            <source>Event No. {seq} · {time} · {user} · {action} · {object}</source>
            <translation>№ {seq} окуя · {time} · {user} · {action} · {object}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Себеби: {reason}</translation>
        </message>
        <message>
            <source>No event matches these filters. Clear the filters to see the whole history.</source>
            <translation>Бул чыпкаларга туура келген окуя жок. Бүт тарыхты көрүү үчүн чыпкаларды тазалаңыз.</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} events, newest first; scroll for more.</source>
            <translation>{total} окуянын {shown} көрсөтүлдү, эң жаңысы башында; калганын көрүү үчүн ылдый жылдырыңыз.</translation>
        </message>
        <message numerus="yes">
            <source>%n events, newest first.</source>
            <translation>
                <numerusform>%n окуя, эң жаңысы башында.</numerusform>
                <numerusform>%n окуя, эң жаңысы башында.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Аудит журналын экспорттоо</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel китептери (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n events exported.</source>
            <translation>
                <numerusform>%n окуя экспорттолду.</numerusform>
                <numerusform>%n окуя экспорттолду.</numerusform>
            </translation>
        </message>
        <message>
            <source>File: {file}</source>
            <translation>Файл: {file}</translation>
        </message>
        <message>
            <source>Exporting the audit trail…</source>
            <translation>Аудит журналы экспорттолууда…</translation>
        </message>
        <message>
            <source>Checking the history of changes…</source>
            <translation>Өзгөртүүлөрдүн тарыхы текшерилүүдө…</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Аудит журналы</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>Excel'ге &amp;экспорттоо…</translation>
        </message>
        <message>
            <source>&amp;Verify the history</source>
            <translation>Тар&amp;ыхты текшерүү</translation>
        </message>
        <message>
            <source>Check that no event was edited, deleted or inserted outside meapp.</source>
            <translation>meapp'тан тышкары эч бир окуя өзгөртүлбөгөнүн, өчүрүлбөгөнүн же кошулбаганын текшерүү.</translation>
        </message>
        <message>
            <source>&amp;Object:</source>
            <translation>&amp;Объект:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Колдонуучу:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Мезгил:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>a value, a name, a reason…</source>
            <translation>маани, аталыш, себеп…</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Башы</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Аягы</translation>
        </message>
        <message>
            <source>This programme only</source>
            <translation>Ушул программа гана</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>Чыпкаларды таза&amp;лоо</translation>
        </message>
        <message>
            <source>Select an event to read all of it here: every field before and after.</source>
            <translation>Окуяны толук окуу үчүн тандаңыз: ар бир талаа өзгөргөнгө чейин жана андан кийин.</translation>
        </message>
        <message>
            <source>Here you will see every change made in the database: who changed what and when, with the values before and after, and whether the audit chain is intact.</source>
            <translation type="vanished">Бул жерде маалымат базасындагы ар бир өзгөртүүнү көрөсүз: ким, эмнени жана качан өзгөрткөн, мурунку жана кийинки маанилери менен, ошондой эле аудит чынжыры бүтүн экенин.</translation>
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
            <translation>Убакыт</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Колдонуучу</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Аракет</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Мезгил</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Эмне өзгөрдү</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себеби</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <source>at start</source>
            <translation>ачылганда</translation>
        </message>
        <message>
            <source>at close</source>
            <translation>жабылганда</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>кол менен</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>жаңыртуудан мурун</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>калыбына келтирүүдөн мурун</translation>
        </message>
        <message>
            <source>damaged copy</source>
            <translation>бузулган көчүрмө</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>автоматтык</translation>
        </message>
        <message>
            <source>Saving a backup…</source>
            <translation>Камдык көчүрмө сакталууда…</translation>
        </message>
        <message>
            <source>Restoring the database…</source>
            <translation>Маалымат базасы калыбына келтирилүүдө…</translation>
        </message>
        <message>
            <source>meapp</source>
            <translation>meapp</translation>
        </message>
        <message>
            <source>&amp;Continue without restoring</source>
            <translation>Калыбына келтирбей &amp;улантуу</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} КБ</translation>
        </message>
        <message>
            <source>The automatic backup failed: {error}</source>
            <translation>Автоматтык камдык көчүрмө жасалган жок: {error}</translation>
        </message>
        <message>
            <source>Changes made after that backup are undone. The database as it is now is saved first as a backup, so nothing is lost. meapp then opens the restored database and you log in again.</source>
            <translation>Ошол камдык көчүрмөдөн кийинки өзгөртүүлөр жокко чыгат. Маалымат базасы азыркы абалында адегенде камдык көчүрмө катары сакталат, ошондуктан эч нерсе жоголбойт. Андан кийин meapp калыбына келтирилген базаны ачат жана сиз кайра киресиз.</translation>
        </message>
        <message>
            <source>The database was restored. meapp opens it again now.</source>
            <translation>Маалымат базасы калыбына келтирилди. meapp аны азыр кайра ачат.</translation>
        </message>
        <message>
            <source>The database was restored. Start meapp again to work with it.</source>
            <translation>Маалымат базасы калыбына келтирилди. Аны менен иштөө үчүн meapp'ты кайра ачыңыз.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Камдык көчүрмө файлынан калыбына келтирүү</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>meapp маалымат базалары (*.db *.sqlite);;Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>No backups yet. meapp makes one at every start and close; or press Back up now.</source>
            <translation>Камдык көчүрмөлөр азырынча жок. meapp аларды ар бир ачылганда жана жабылганда жасайт; же «Азыр камдык көчүрмө жасоо» баскычын басыңыз.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Калыбына келтирүү…</translation>
        </message>
        <message>
            <source>Restore from &amp;another file…</source>
            <translation>&amp;Башка файлдан калыбына келтирүү…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>Камдык көчүрмөнү &amp;калыбына келтирүү</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} МБ</translation>
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation>Камдык көчүрмө сакталды: {file}</translation>
        </message>
        <message>
            <source>Your changes are saved in the database; only today's backup copy is missing. Check the backup folder {folder} (free space, permissions), then make a backup with File → Back up now the next time meapp starts.</source>
            <translation>Өзгөртүүлөрүңүз маалымат базасында сакталган; бүгүнкү камдык көчүрмө гана жок. {folder} камдык көчүрмөлөр папкасын текшериңиз (бош орун, уруксаттар), анан meapp кийинки жолу ачылганда Файл → Азыр камдык көчүрмө жасоо аркылуу камдык көчүрмө жасаңыз.</translation>
        </message>
        <message>
            <source>The database before the restore was saved as {file}.</source>
            <translation>Калыбына келтирүүгө чейинки маалымат базасы {file} катары сакталды.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Убакыт</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Качан жасалган</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Көлөмү</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. Only an administrator can restore.</source>
            <translation>Кайтып бара турган камдык көчүрмөнү тандаңыз. Калыбына администратор гана келтире алат.</translation>
        </message>
        <message>
            <source>Choose the backup to go back to; the newest is at the top.</source>
            <translation>Кайтып бара турган камдык көчүрмөнү тандаңыз; эң жаңысы жогоруда.</translation>
        </message>
        <message>
            <source>Ask an administrator to restore the newest backup (File → Restore).</source>
            <translation>Администратордон эң жаңы камдык көчүрмөнү калыбына келтирүүнү сураныңыз (Файл → Калыбына келтирүү).</translation>
        </message>
        <message>
            <source>The newest intact backup is of {time}. Restore it? The damaged file is kept as a copy beside the backups.</source>
            <translation>Эң жаңы бузулбаган камдык көчүрмө — {time}. Аны калыбына келтиресизби? Бузулган файл камдык көчүрмөлөрдүн жанында көчүрмө катары сакталат.</translation>
        </message>
        <message>
            <source>No intact backup was found in {folder}.</source>
            <translation>{folder} папкасынан бузулбаган камдык көчүрмө табылган жок.</translation>
        </message>
        <message>
            <source>The database was restored from the backup of {time}.</source>
            <translation>Маалымат базасы {time} камдык көчүрмөсүнөн калыбына келтирилди.</translation>
        </message>
        <message>
            <source>Restore the database from {file}?</source>
            <translation>Маалымат базасын {file} файлынан калыбына келтиресизби?</translation>
        </message>
        <message>
            <source>Restore the database as it was on {time}?</source>
            <translation>Маалымат базасын {time} абалына калыбына келтиресизби?</translation>
        </message>
    </context>
    <context>
        <name>BudgetModel</name>
        <message>
            <source>Funding source</source>
            <translation>Каржылоо булагы</translation>
        </message>
        <message>
            <source>Planned, som</source>
            <translation>Пландалган, сом</translation>
        </message>
    </context>
    <context>
        <name>BudgetYearsModel</name>
        <message>
            <source>An approved year: its planned amount cannot change.</source>
            <translation>Бекитилген жыл: анын пландалган суммасы өзгөрбөйт.</translation>
        </message>
        <message>
            <source>Not split by year: the total is spread evenly over its years.</source>
            <translation>Жылдарга бөлүнгөн эмес: жалпы сумма анын жылдарына бирдей бөлүштүрүлгөн.</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Каржылоо булагы</translation>
        </message>
        <message>
            <source>Total, som</source>
            <translation>Бардыгы, сом</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <source>met</source>
            <translation>аткарылды</translation>
        </message>
        <message>
            <source>{days} d. late</source>
            <translation>{days} күнгө кечикти</translation>
        </message>
        <message>
            <source>in {days} d.</source>
            <translation>{days} күндөн кийин</translation>
        </message>
        <message>
            <source>Reporting calendar</source>
            <translation>Отчет берүү календары</translation>
        </message>
        <message>
            <source>The deadlines follow the programme's reporting frequency. Change a rule here: only what differs from the default is kept, and the change is recorded in the audit trail.</source>
            <translation>Мөөнөттөр программанын отчет берүү мезгилдүүлүгүнө жараша болот. Эрежени бул жерде өзгөртүңүз: демейкиден айырмаланганы гана сакталат, өзгөртүү аудит журналына жазылат.</translation>
        </message>
        <message>
            <source>Only editors and administrators change the reporting calendar.</source>
            <translation>Отчет берүү календарын маалымат киргизүүчүлөр жана администраторлор гана өзгөртөт.</translation>
        </message>
        <message>
            <source>day and month of the next year</source>
            <translation>кийинки жылдын күнү жана айы</translation>
        </message>
        <message>
            <source>days after the period ends</source>
            <translation>мезгил аяктагандан кийинки күндөр</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгөртүлгөн</translation>
        </message>
        <message>
            <source>Restore the defaults</source>
            <translation>Демейки маанилерди калыбына келтирүү</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Мөөнөттөр</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Эмне</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мөөнөтү</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Абалы</translation>
        </message>
    </context>
    <context>
        <name>ChainCheck</name>
        <message>
            <source>No. {seq} ({time}, {user}: {action} {entity})</source>
            <translation>№ {seq} ({time}, {user}: {entity} — {action})</translation>
        </message>
        <message>
            <source>✓ The history is intact: {n} events checked, none was changed, and the {rows} rows of data are as it says.</source>
            <translation>✓ Тарых бүтүн: {n} окуя текшерилди, бири да өзгөртүлгөн эмес, жана маалыматтардын {rows} сабы тарыхтагыдай.</translation>
        </message>
        <message>
            <source>✓ The history is intact: {n} events checked, none was changed.</source>
            <translation>✓ Тарых бүтүн: {n} окуя текшерилди, бири да өзгөртүлгөн эмес.</translation>
        </message>
        <message>
            <source> (and {n} more)</source>
            <translation> (жана дагы {n})</translation>
        </message>
        <message>
            <source>✗ The data was changed outside meapp: {finding}. Keep this database file as evidence and restore a backup made before the change.</source>
            <translation>✗ Маалыматтар meapp'тан тышкары өзгөртүлгөн: {finding}. Бул маалымат базасынын файлын далил катары сактаңыз жана өзгөртүүгө чейин жасалган камдык көчүрмөнү калыбына келтириңиз.</translation>
        </message>
        <message>
            <source>✗ The history was changed outside meapp. First broken event: {event} — {reason}. Keep this database file as evidence and restore a backup made before that event.</source>
            <translation>✗ Тарых meapp'тан тышкары өзгөртүлгөн. Биринчи бузулган окуя: {event} — {reason}. Бул маалымат базасынын файлын далил катары сактаңыз жана ошол окуяга чейин жасалган камдык көчүрмөнү калыбына келтириңиз.</translation>
        </message>
        <message>
            <source>Checking the history of changes…</source>
            <translation>Өзгөртүүлөрдүн тарыхы текшерилүүдө…</translation>
        </message>
        <message>
            <source>The history of changes in this database is damaged.</source>
            <translation>Бул маалымат базасындагы өзгөртүүлөрдүн тарыхы бузулган.</translation>
        </message>
        <message>
            <source>The data in this database was changed outside meapp.</source>
            <translation>Бул маалымат базасындагы маалыматтар meapp'тан тышкары өзгөртүлгөн.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Сырсөзүмдү өзгөртүү</translation>
        </message>
        <message>
            <source>Login: {login}</source>
            <translation>Логин: {login}</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Азыркы сырсөз:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Жаңы сырсөз:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Жаңы сырсөз &amp;кайра:</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>New public check</source>
            <translation>Жаңы коомдук текшерүү</translation>
        </message>
        <message>
            <source>Public check</source>
            <translation>Коомдук текшерүү</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Иш-чара:</translation>
        </message>
        <message>
            <source>&amp;Stage of completion:</source>
            <translation>Аткарылуу &amp;баскычы:</translation>
        </message>
        <message>
            <source>&amp;Date of the check:</source>
            <translation>Текшерүүнүн &amp;датасы:</translation>
        </message>
        <message>
            <source>Checked &amp;by (members, citizens):</source>
            <translation>Ким &amp;текшерди (мүчөлөр, жарандар):</translation>
        </message>
        <message>
            <source>&amp;Citizens taking part:</source>
            <translation>Катышкан &amp;жарандар:</translation>
        </message>
        <message>
            <source>&amp;Timeliness (1–5):</source>
            <translation>&amp;Өз убагында аткарылышы (1–5):</translation>
        </message>
        <message>
            <source>&amp;Quality (1–5):</source>
            <translation>&amp;Сапаты (1–5):</translation>
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation>&amp;Жыйынтыктар:</translation>
        </message>
    </context>
    <context>
        <name>ChecksTab</name>
        <message>
            <source>{period} is approved: this check and its photos can be read, not changed.</source>
            <translation>{period} бекитилген: бул текшерүүнү жана анын сүрөттөрүн окууга болот, өзгөртүүгө болбойт.</translation>
        </message>
        <message>
            <source>No public check recorded yet.</source>
            <translation>Коомдук текшерүү азырынча жазылган жок.</translation>
        </message>
        <message>
            <source>Select a check to read its findings.</source>
            <translation>Жыйынтыктарын окуу үчүн текшерүүнү тандаңыз.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Жыйынтыктар</translation>
        </message>
        <message>
            <source>No findings written.</source>
            <translation>Жыйынтыктар жазылган жок.</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Ким текшерди</translation>
        </message>
        <message>
            <source>Delete the public check {stage} of {date}?</source>
            <translation>{date} күнкү коомдук текшерүүнү ({stage}) өчүрөсүзбү?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n photo(s) are deleted with it.</source>
            <translation>
                <numerusform>Анын %n сүрөтү кошо өчүрүлөт.</numerusform>
                <numerusform>Анын %n сүрөтү кошо өчүрүлөт.</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure / check</source>
            <translation>Иш-чара / текшерүү</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датасы</translation>
        </message>
        <message>
            <source>Citizens</source>
            <translation>Жарандар</translation>
        </message>
        <message>
            <source>Timeliness</source>
            <translation>Өз убагында</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Сапаты</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Сүрөттөр</translation>
        </message>
        <message>
            <source>Investment measures are checked by the group and citizens at 50 % and at 100 % completion. Select a measure and press “Add check…”.</source>
            <translation>Инвестициялык иш-чараларды топ жана жарандар 50 % жана 100 % аткарылганда текшеришет. Иш-чараны тандап, «Текшерүү кошуу…» баскычын басыңыз.</translation>
        </message>
        <message>
            <source>&amp;Add check…</source>
            <translation>Текшерүү &amp;кошуу…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Өзгөртүү…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ө&amp;чүрүү</translation>
        </message>
        <message>
            <source>&amp;Photos…</source>
            <translation>&amp;Сүрөттөр…</translation>
        </message>
        <message>
            <source>No investment measures. Mark the measures that build or repair something as investment measures on the Plan page; they appear here for public checks.</source>
            <translation>Инвестициялык иш-чаралар жок. Бир нерсе куруучу же оңдоочу иш-чараларды «План» барагында инвестициялык деп белгилеңиз; алар коомдук текшерүү үчүн ушул жерде чыгат.</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <source>This page is being prepared and comes with the next version of meapp. Meanwhile the Plan and Dashboard pages show the programme.</source>
            <translation>Бул барак даярдалууда жана meapp'тын кийинки версиясында чыгат. Азырынча программаны «План» жана «Жалпы абал» барактарынан көрүңүз.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmValueDialog</name>
        <message>
            <source>Confirm value</source>
            <translation>Маанини ырастоо</translation>
        </message>
        <message>
            <source>{indicator}, {period}: the value {value} {unit} is held out of the roll-ups ({reason}). Confirm it only if it is right as it stands; otherwise correct it in the grid. Why is it right?</source>
            <translation>{indicator}, {period}: {value} {unit} мааниси жалпылоого кошулбай турат ({reason}). Аны туура болсо гана ырастаңыз; болбосо таблицада оңдоңуз. Эмне үчүн ал туура?</translation>
        </message>
        <message>
            <source>Confirm value…</source>
            <translation>Маанини ырастоо…</translation>
        </message>
        <message>
            <source>This figure is held because of an earlier value of the running total: confirm or correct that value in its own period.</source>
            <translation>Бул көрсөткүч топтолгон жыйындынын мурунку мааниси үчүн кармалган: ошол маанини өз мезгилинде ырастаңыз же оңдоңуз.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Overall progress</source>
            <translation>Жалпы жетишкендик</translation>
        </message>
        <message>
            <source>{change} percentage points against {period} ({before})</source>
            <translation>{period} мезгилине ({before}) салыштырмалуу {change} пайыздык пункт</translation>
        </message>
        <message>
            <source>{period}; points against {previous}</source>
            <translation>{period}; өзгөрүү {previous} мезгилине салыштырмалуу</translation>
        </message>
        <message>
            <source>Indicators: {count}</source>
            <translation>Индикаторлор: {count}</translation>
        </message>
        <message>
            <source>{total} measures: {done} done, {in_progress} in progress</source>
            <translation>{total} иш-чара: {done} аткарылды, {in_progress} аткарылууда</translation>
        </message>
        <message>
            <source>Budget executed</source>
            <translation>Бюджеттин аткарылышы</translation>
        </message>
        <message>
            <source>No budget planned</source>
            <translation>Бюджет пландалган эмес</translation>
        </message>
        <message>
            <source>Planned: {amount}</source>
            <translation>Пландалган: {amount}</translation>
        </message>
        <message>
            <source>Spent: {amount}</source>
            <translation>Сарпталган: {amount}</translation>
        </message>
        <message>
            <source>mln som</source>
            <translation>млн сом</translation>
        </message>
        <message>
            <source>thousand som</source>
            <translation>миң сом</translation>
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
            <translation>Диаграмманы сүрөт катары сактоо</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG сүрөттөр (*.png)</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>PNG катары сактоо…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Бул диаграмманы PNG сүрөт катары сактоо</translation>
        </message>
        <message>
            <source>{name}
Click to see its trend.</source>
            <translation>{name}
Динамикасын көрүү үчүн басыңыз.</translation>
        </message>
        <message>
            <source>≈ derived from the yearly targets</source>
            <translation>≈ жылдык максаттардан эсептелген</translation>
        </message>
        <message>
            <source>{executor} (by agreement)</source>
            <translation>{executor} (макулдашуу боюнча)</translation>
        </message>
        <message>
            <source>Objective / indicator</source>
            <translation>Милдет / индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Өлчөө бирдиги</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базалык маани</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Максат</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Жетишкендик</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коду</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Иш-чара</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Жооптуу аткаруучу</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Ишке ашыруу мөөнөтү</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>Аткарылышы, %</translation>
        </message>
        <message>
            <source>Objectives and indicators ({count}); click an indicator to see its trend</source>
            <translation>Милдеттер жана индикаторлор ({count}); динамикасын көрүү үчүн индикаторду басыңыз</translation>
        </message>
        <message>
            <source>Measures: {total}, {done} done, {in_progress} in progress, {delayed} delayed</source>
            <translation>Иш-чаралар: {total}; {done} аткарылды, {in_progress} аткарылууда, {delayed} кечиктирилди</translation>
        </message>
        <message>
            <source>(no executor named in the plan)</source>
            <translation>(планда аткаруучу көрсөтүлгөн эмес)</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Орун</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Иш-чаралар</translation>
        </message>
        <message>
            <source>{count} measures, of them {cancelled} cancelled</source>
            <translation>{count} иш-чара, алардын ичинен {cancelled} жокко чыгарылды</translation>
        </message>
        <message>
            <source>Done
on time</source>
            <translation>Мөөнөтүндө
аткарылды</translation>
        </message>
        <message>
            <source>Done
late</source>
            <translation>Кечигип
аткарылды</translation>
        </message>
        <message>
            <source>Indicator
progress</source>
            <translation>Индикаторлордун
жетишкендиги</translation>
        </message>
        <message>
            <source>{with_data} of {count} indicators it answers for have data</source>
            <translation>Жооп берген {count} индикатордун {with_data} боюнча маалымат бар</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Баа</translation>
        </message>
        <message>
            <source>Mean of the indicator progress ({progress}) and the share of measures done ({done})</source>
            <translation>Индикаторлордун жетишкендигинин ({progress}) жана аткарылган иш-чаралардын үлүшүнүн ({done}) орточосу</translation>
        </message>
        <message>
            <source>Find an executor…</source>
            <translation>Аткаруучуну издөө…</translation>
        </message>
        <message>
            <source>{period}. Measures count by their lead executor; indicators by the responsible named in the matrix. The score is the mean of the indicator progress and the share of measures done; click a column header to sort.</source>
            <translation>{period}. Иш-чаралар негизги аткаруучусу боюнча, индикаторлор матрицада көрсөтүлгөн жооптуусу боюнча эсептелет. Баа — индикаторлордун жетишкендигинин жана аткарылган иш-чаралардын үлүшүнүн орточосу; иреттөө үчүн мамычанын аталышын басыңыз.</translation>
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
            <translation>Маалыматтын толуктугу</translation>
        </message>
        <message>
            <source>{with_data} of {indicators} indicators have an actual</source>
            <translation>{indicators} индикатордун {with_data} үчүн факт киргизилген</translation>
        </message>
        <message>
            <source>Measures done</source>
            <translation>Аткарылган иш-чаралар</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Отчеттук мезгил</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Кечигүү</translation>
        </message>
        <message>
            <source>Find a municipality…</source>
            <translation>Муниципалитетти издөө…</translation>
        </message>
        <message>
            <source>Computing the programmes for {period}…</source>
            <translation>{period} боюнча программалар эсептелүүдө…</translation>
        </message>
        <message>
            <source>{period}: every programme of this database. Data completeness is the share of indicators with an actual in the period. Double-click a row to open its dashboard.</source>
            <translation>{period}: ушул маалымат базасындагы бардык программалар. Маалыматтын толуктугу — мезгилде факт маанилери киргизилген индикаторлордун үлүшү. Программанын жалпы абалын ачуу үчүн сапты эки жолу басыңыз.</translation>
        </message>
        <message>
            <source>{source}: planned {planned}, spent {spent} ({execution})</source>
            <translation>{source}: пландалган {planned}, сарпталган {spent} ({execution})</translation>
        </message>
        <message>
            <source>{year}: {execution} of the year's plan ({spent} of {planned})</source>
            <translation>{year}: жылдык пландын {execution} ({planned} ичинен {spent})</translation>
        </message>
        <message>
            <source>partly spread evenly over the years</source>
            <translation>жарым-жартылай жылдарга бирдей бөлүштүрүлгөн</translation>
        </message>
        <message>
            <source>A measure whose planned cost is not split by year counts as spread evenly over its years.</source>
            <translation>Пландалган наркы жылдарга бөлүнбөгөн иш-чара анын жылдарына бирдей бөлүштүрүлгөн деп эсептелет.</translation>
        </message>
        <message>
            <source>{direction}
Progress: {progress} ({status}), from {count} indicators</source>
            <translation>{direction}
Жетишкендик: {progress} ({status}), {count} индикатор боюнча</translation>
        </message>
        <message>
            <source>{period}: {progress}</source>
            <translation>{period}: {progress}</translation>
        </message>
        <message>
            <source>Click to see its indicators and measures.</source>
            <translation>Индикаторлорун жана иш-чараларын көрүү үчүн басыңыз.</translation>
        </message>
        <message>
            <source>Progress by priority direction</source>
            <translation>Артыкчылыктуу багыттар боюнча жетишкендик</translation>
        </message>
        <message>
            <source>click a direction to open it</source>
            <translation>ачуу үчүн багытты басыңыз</translation>
        </message>
        <message>
            <source>Budget by funding source</source>
            <translation>Каржылоо булактары боюнча бюджет</translation>
        </message>
        <message>
            <source>spent / planned, {unit}</source>
            <translation>сарпталган / пландалган, {unit}</translation>
        </message>
        <message>
            <source>The programme has no priority directions yet: add them on the Plan page.</source>
            <translation>Программада азырынча артыкчылыктуу багыттар жок: аларды «План» барагында кошуңуз.</translation>
        </message>
        <message>
            <source>No budget is planned for the measures yet.</source>
            <translation>Иш-чаралар үчүн бюджет азырынча пландалган эмес.</translation>
        </message>
        <message>
            <source>Baseline {year}: {value}</source>
            <translation>Базалык маани ({year}): {value}</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>факт</translation>
        </message>
        <message>
            <source>target</source>
            <translation>максат</translation>
        </message>
        <message>
            <source>≈ derived target</source>
            <translation>≈ эсептелген максат</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>базалык маани</translation>
        </message>
        <message>
            <source>Target: {value}</source>
            <translation>Максат: {value}</translation>
        </message>
        <message>
            <source>Actual: {value}</source>
            <translation>Факт: {value}</translation>
        </message>
        <message>
            <source>Progress: {value} ({status})</source>
            <translation>Жетишкендик: {value} ({status})</translation>
        </message>
        <message>
            <source>Open in Monitoring</source>
            <translation>Мониторингде ачуу</translation>
        </message>
        <message>
            <source>Save chart as PNG…</source>
            <translation>Диаграмманы PNG катары сактоо…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Мезгил</translation>
        </message>
        <message>
            <source>cumulative: amounts add up since the baseline year</source>
            <translation>топтолуучу: маанилер базалык жылдан бери кошулат</translation>
        </message>
        <message>
            <source>sum within the year: amounts add up from January, each year anew</source>
            <translation>жыл ичиндеги сумма: суммалар январдан баштап кошулат, ар бир жыл жаңыдан</translation>
        </message>
        <message>
            <source>level: the value at the end of each period</source>
            <translation>деңгээл индикатору: ар бир мезгилдин аягындагы маани</translation>
        </message>
        <message>
            <source>Baseline {year}: {baseline}; final target {final}; {kind}.</source>
            <translation>Базалык маани ({year}): {baseline}; акыркы максат: {final}; {kind}.</translation>
        </message>
        <message>
            <source>The figures cannot be shown</source>
            <translation>Көрсөткүчтөрдү көрсөтүүгө болбойт</translation>
        </message>
        <message>
            <source>{place} · figures for {period} · round: {state}</source>
            <translation>{place} · {period} боюнча көрсөткүчтөр · мезгилдин абалы: {state}</translation>
        </message>
        <message>
            <source>No actuals have been entered for {chosen} yet, so the dashboard shows {period}, the latest period with actuals. Enter the new figures on the Monitoring page.</source>
            <translation>{chosen} боюнча факт маанилери азырынча киргизиле элек, ошондуктан акыркы маалыматы бар мезгил — {period} көрсөтүлүүдө. Жаңы маанилерди «Мониторинг» барагында киргизиңиз.</translation>
        </message>
        <message>
            <source>No actuals have been entered for {period} yet, so progress cannot be computed. Enter them on the Monitoring page.</source>
            <translation>{period} боюнча факт маанилери азырынча киргизиле элек, ошондуктан жетишкендикти эсептөөгө болбойт. Аларды «Мониторинг» барагында киргизиңиз.</translation>
        </message>
        <message>
            <source>The programme has no reporting periods</source>
            <translation>Программада отчеттук мезгилдер жок</translation>
        </message>
        <message>
            <source>Set the programme's years on the Plan page; the periods follow from them.</source>
            <translation>Программанын жылдарын «План» барагында көрсөтүңүз; мезгилдер ошолордон аныкталат.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Жалпы көрүнүш</translation>
        </message>
        <message>
            <source>Executors</source>
            <translation>Аткаруучулар</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Муниципалитеттер</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Артка</translation>
        </message>
        <message>
            <source>Back one level (Alt+Left)</source>
            <translation>Бир деңгээл артка (Alt+Солго)</translation>
        </message>
        <message>
            <source>Open Monitoring</source>
            <translation>Мониторингди ачуу</translation>
        </message>
        <message>
            <source>values to review</source>
            <translation>текшерүүчү маанилер</translation>
        </message>
        <message>
            <source>targets against the direction</source>
            <translation>багытка карама-каршы максаттар</translation>
        </message>
        <message>
            <source>values missing</source>
            <translation>жок маанилер</translation>
        </message>
        <message>
            <source>measures past their deadline</source>
            <translation>мөөнөтү өткөн иш-чаралар</translation>
        </message>
        <message>
            <source>evaluation not written</source>
            <translation>баалоо жазыла элек</translation>
        </message>
        <message>
            <source>Needs attention in {period}: {items}</source>
            <translation>{period}: көңүл бурууну талап кылат: {items}</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… жана дагы {n}</translation>
        </message>
        <message>
            <source>Open Evaluation</source>
            <translation>Баалоону ачуу</translation>
        </message>
        <message>
            <source>{n} · {days} d.</source>
            <translation>{n} · {days} күн</translation>
        </message>
        <message>
            <source>No deadline of the reporting calendar is overdue</source>
            <translation>Отчет берүү календарынын бир да мөөнөтү өткөн жок</translation>
        </message>
        <message>
            <source>Overdue deadlines: {n}; the latest is {days} d. late</source>
            <translation>Мөөнөтү өткөндөр: {n}; эң көп кечигүү {days} күн</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>{place} · {start}–{end} · status: {status}</source>
            <translation type="vanished">{place} · {start}–{end} · абалы: {status}</translation>
        </message>
        <message>
            <source>Approved by {body}, decision No. {number} of {date}</source>
            <translation type="vanished">{body} тарабынан {date} № {number} токтому менен бекитилген</translation>
        </message>
        <message>
            <source>The approval of the programme is not recorded yet.</source>
            <translation type="vanished">Программанын бекитилиши азырынча жазылган эмес.</translation>
        </message>
        <message>
            <source>Open (no entries yet)</source>
            <translation type="vanished">Ачык (азырынча маалымат жок)</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программа азырынча жок</translation>
        </message>
        <message>
            <source>Create the demo programme or an empty programme with File → New programme, or open another database with File → Open database.</source>
            <translation>«Файл → Жаңы программа» аркылуу демо программаны же бош программаны түзүңүз, же «Файл → Маалымат базасын ачуу» аркылуу башка маалымат базасын ачыңыз.</translation>
        </message>
        <message>
            <source>Priority directions</source>
            <translation type="vanished">Артыкчылыктуу багыттар</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation type="vanished">Тармактар</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation type="vanished">Милдеттер</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation type="vanished">Иш-чаралар</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation type="vanished">Индикаторлор</translation>
        </message>
        <message>
            <source>Reporting rounds</source>
            <translation type="vanished">Отчеттук мезгилдердин абалы</translation>
        </message>
        <message>
            <source>Period</source>
            <translation type="vanished">Мезгил</translation>
        </message>
        <message>
            <source>State</source>
            <translation type="vanished">Абалы</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation type="vanished">Ким</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="vanished">Качан</translation>
        </message>
        <message>
            <source>Progress, traffic lights and budget execution will appear on this page in a later version of meapp.</source>
            <translation type="vanished">Жетишкендик, светофор абалдары жана бюджеттин аткарылышы meapp'тын кийинки версиясында ушул баракта көрсөтүлөт.</translation>
        </message>
    </context>
    <context>
        <name>EmptyProgramDialog</name>
        <message>
            <source>New programme</source>
            <translation>Жаңы программа</translation>
        </message>
        <message>
            <source>e.g. Socio-economic development programme 2025–2028</source>
            <translation>мисалы, Социалдык-экономикалык өнүктүрүү программасы 2025–2028</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Аталышы:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Муниципалитет:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Түрү:</translation>
        </message>
        <message>
            <source>&amp;First year:</source>
            <translation>&amp;Биринчи жыл:</translation>
        </message>
        <message>
            <source>&amp;Last year:</source>
            <translation>&amp;Акыркы жыл:</translation>
        </message>
    </context>
    <context>
        <name>EvaluationFirstBox</name>
        <message>
            <source>The evaluation is not written</source>
            <translation>Баалоо жазыла элек</translation>
        </message>
        <message>
            <source>The evaluation of {period} is not written yet.</source>
            <translation>{period} боюнча баалоо али жазыла элек.</translation>
        </message>
        <message>
            <source>Approving locks the period, its evaluation included: afterwards nobody can write it, and only an administrator can reopen the round. The usual order is: enter the data, write the evaluation, then approve.</source>
            <translation>Бекитүү мезгилди баалоосу менен кошо кулпулайт: андан кийин баалоону эч ким жаза албайт, отчеттук мезгилди администратор гана кайра ача алат. Адаттагы тартип: маалыматтарды киргизүү, баалоону жазуу, андан кийин бекитүү.</translation>
        </message>
        <message>
            <source>Write the evaluation first</source>
            <translation>Адегенде баалоону жазуу</translation>
        </message>
        <message>
            <source>Approve without it…</source>
            <translation>Баалоосуз бекитүү…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPage</name>
        <message>
            <source>Evaluation</source>
            <translation type="vanished">Баалоо</translation>
        </message>
        <message>
            <source>Here the working group will write the evaluation of the period: summary, progress, weak points, recommendations and proposed target corrections, and approve the round.</source>
            <translation type="vanished">Бул жерде жумушчу топ мезгилдин баалоосун жазат: кыскача корутунду, жетишкендик, чабал жактары, сунуштар жана максаттарга сунушталган түзөтүүлөр, анан отчеттук мезгилди бекитет.</translation>
        </message>
        <message>
            <source>Save the evaluation of {period} before showing another period?</source>
            <translation>Башка мезгилди ачуудан мурун {period} баалоосун сактайсызбы?</translation>
        </message>
        <message>
            <source>Choose No to discard the changes.</source>
            <translation>Өзгөртүүлөрдү сактабоо үчүн «Жок» дегенди тандаңыз.</translation>
        </message>
        <message>
            <source>Save the evaluation of {period} before closing meapp?</source>
            <translation>{period} баалоосун meapp жабылганга чейин сактайсызбы?</translation>
        </message>
        <message>
            <source>Choose Don't save to close without the changes.</source>
            <translation>Өзгөртүүлөрсүз жабуу үчүн «Сактабоо» баскычын басыңыз.</translation>
        </message>
        <message>
            <source>{code} {name}: progress {progress}</source>
            <translation>{code} {name}: жетишкендик {progress}</translation>
        </message>
        <message>
            <source>Double-click to open the monitoring grid</source>
            <translation>Мониторинг таблицасын ачуу үчүн эки жолу басыңыз</translation>
        </message>
        <message>
            <source>{code} {title} (responsible: {executor})</source>
            <translation>{code} {title} (жооптуу: {executor})</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>Кечиктирилди</translation>
        </message>
        <message>
            <source>No indicator is off track and no measure is delayed.</source>
            <translation type="vanished">Артта калган индикатор да, кечиктирилген иш-чара да жок.</translation>
        </message>
        <message>
            <source>final target</source>
            <translation>акыркы максат</translation>
        </message>
        <message>
            <source>Target revisions of the programme</source>
            <translation>Программанын максаттарына киргизилген түзөтүүлөр</translation>
        </message>
        <message>
            <source>No target has been revised in this programme yet.</source>
            <translation>Бул программанын максаттарына азырынча түзөтүү киргизиле элек.</translation>
        </message>
        <message>
            <source>The period is approved and locked: the evaluation can be read but not changed. An administrator can reopen the round.</source>
            <translation>Мезгил бекитилген жана кулпуланган: баалоону окууга болот, бирок өзгөртүүгө болбойт. Администратор мезгилди кайра ача алат.</translation>
        </message>
        <message>
            <source>Your role can read the evaluation; the chair of the working group (evaluator) writes it.</source>
            <translation>Сиздин ролуңуз баалоону окууга гана мүмкүндүк берет; аны жумушчу топтун төрагасы (баалоочу) жазат.</translation>
        </message>
        <message>
            <source>Evaluation of {period}</source>
            <translation>Баалоо: {period}</translation>
        </message>
        <message>
            <source>{programme} · round: {state}</source>
            <translation>{programme} · мезгилдин абалы: {state}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Сакталбаган өзгөртүүлөр бар</translation>
        </message>
        <message>
            <source>Saved {when}</source>
            <translation>Сакталды: {when}</translation>
        </message>
        <message>
            <source>Not written yet</source>
            <translation>Азырынча жазыла элек</translation>
        </message>
        <message>
            <source>Replace the parts you already wrote with the draft?</source>
            <translation>Жазылып калган бөлүктөрдү долбоор менен алмаштырасызбы?</translation>
        </message>
        <message>
            <source>Parts written: {parts}. Choose No to fill only the empty parts.</source>
            <translation>Жазылган бөлүктөр: {parts}. Бош бөлүктөрдү гана толтуруу үчүн «Жок» дегенди тандаңыз.</translation>
        </message>
        <message>
            <source>Submit the round {period} to the chair?</source>
            <translation>{period} боюнча маалыматтарды төрагага жөнөтөсүзбү?</translation>
        </message>
        <message>
            <source>Approve the round {period}?</source>
            <translation>{period} боюнча маалыматтарды бекитесизби?</translation>
        </message>
        <message>
            <source>After approval nothing in this period can be changed; only an administrator can reopen it.</source>
            <translation>Бекитилгенден кийин бул мезгилде эч нерсе өзгөртүлбөйт; аны администратор гана кайра ача алат.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кыскача корутунду</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Жетишкендикти талдоо</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Чабал жактары</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Сунуштар</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Максаттарга сунушталган түзөтүүлөр</translation>
        </message>
        <message>
            <source>No programme to evaluate</source>
            <translation>Баалай турган программа жок</translation>
        </message>
        <message>
            <source>Create a programme or import one from Excel on the Plan page, then choose a period in the top bar.</source>
            <translation>«План» барагында программа түзүңүз же аны Excel'ден импорттоңуз, андан кийин жогорку тилкеден мезгилди тандаңыз.</translation>
        </message>
        <message>
            <source>The main results of the period in a few sentences.</source>
            <translation>Мезгилдин негизги жыйынтыктары бир нече сүйлөм менен.</translation>
        </message>
        <message>
            <source>How the indicators and measures moved, by direction.</source>
            <translation>Индикаторлор жана иш-чаралар багыттар боюнча кандай өзгөрдү.</translation>
        </message>
        <message>
            <source>What is behind, and why.</source>
            <translation>Эмне артта калууда жана эмне үчүн.</translation>
        </message>
        <message>
            <source>What the municipality should do next.</source>
            <translation>Муниципалитет мындан ары эмне кылышы керек.</translation>
        </message>
        <message>
            <source>Targets to revise, with the reason (the council decides).</source>
            <translation>Кайра карала турган максаттар жана анын себеби (кеңеш чечет).</translation>
        </message>
        <message>
            <source>Needs attention in this period</source>
            <translation>Бул мезгилде көңүл бурууну талап кылат</translation>
        </message>
        <message>
            <source>Open before the round is approved; double-click to open its row</source>
            <translation>Отчеттук мезгил бекитилгенге чейин чечилиши керек; сабын ачуу үчүн эки жолу басыңыз</translation>
        </message>
        <message>
            <source>Open before the round is approved</source>
            <translation>Отчеттук мезгил бекитилгенге чейин чечилиши керек</translation>
        </message>
        <message>
            <source>No indicator is off track, no measure is delayed and no data-quality item is open.</source>
            <translation>Артта калган индикатор да, кечиктирилген иш-чара да, маалыматтын сапаты боюнча ачык маселе да жок.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Мезгил</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Максат</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себеби</translation>
        </message>
        <message>
            <source>Draft from the data</source>
            <translation>Маалыматтардан долбоор</translation>
        </message>
        <message>
            <source>Fill the empty parts from the figures of the period</source>
            <translation>Бош бөлүктөрдү мезгилдин көрсөткүчтөрүнөн толтуруу</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сактоо</translation>
        </message>
        <message>
            <source>Save the evaluation (Ctrl+S)</source>
            <translation>Баалоону сактоо (Ctrl+S)</translation>
        </message>
        <message>
            <source>Submit the round</source>
            <translation>Мезгилди жөнөтүү</translation>
        </message>
        <message>
            <source>Approve the round</source>
            <translation>Мезгилди бекитүү</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Attach a file</source>
            <translation>Файл тиркөө</translation>
        </message>
        <message>
            <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</source>
            <translation>Документтер жана сүрөттөр (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.txt);;Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>Storing the file…</source>
            <translation>Файл сакталууда…</translation>
        </message>
        <message>
            <source>Remove the file {name}?</source>
            <translation>{name} файлын өчүрөсүзбү?</translation>
        </message>
        <message>
            <source>The file is deleted from the database; the audit trail keeps its name.</source>
            <translation>Файл маалымат базасынан өчүрүлөт; аудит журналында анын аты сакталат.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файл</numerusform>
            </translation>
        </message>
        <message>
            <source>No files are attached.</source>
            <translation>Тиркелген файлдар жок.</translation>
        </message>
        <message>
            <source>No files are attached yet. Choose the kind of document below, write its number and date, and press “Attach a file…”.</source>
            <translation>Азырынча файл тиркелген жок. Төмөндө документтин түрүн тандап, номерин жана датасын жазып, «Файл тиркөө…» баскычын басыңыз.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Далилдер</translation>
        </message>
        <message>
            <source>🔒 The period is approved: the files can be opened, not changed.</source>
            <translation>🔒 Мезгил бекитилген: файлдарды ачууга болот, өзгөртүүгө болбойт.</translation>
        </message>
        <message>
            <source>Your role can open the files but not change them.</source>
            <translation>Сиздин ролуңуз файлдарды ачууга уруксат берет, өзгөртүүгө уруксат бербейт.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номери</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датасы</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Көлөмү</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ачуу</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ө&amp;чүрүү</translation>
        </message>
        <message>
            <source>Attach a new file</source>
            <translation>Жаңы файл тиркөө</translation>
        </message>
        <message>
            <source>&amp;Kind of document:</source>
            <translation>Документтин &amp;түрү:</translation>
        </message>
        <message>
            <source>Document &amp;number:</source>
            <translation>Документтин &amp;номери:</translation>
        </message>
        <message>
            <source>Document &amp;date:</source>
            <translation>Документтин &amp;датасы:</translation>
        </message>
        <message>
            <source>&amp;Attach a file…</source>
            <translation>Файл &amp;тиркөө…</translation>
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
            <translation>План элементтери</translation>
        </message>
        <message>
            <source>Measure budgets</source>
            <translation>Иш-чаралардын бюджеттери</translation>
        </message>
        <message>
            <source>Measure budgets per year</source>
            <translation>Иш-чаралардын жылдар боюнча бюджеттери</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Индикаторлор</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Максаттар</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Жумушчу топ</translation>
        </message>
        <message>
            <source>Group members</source>
            <translation>Топтун мүчөлөрү</translation>
        </message>
        <message>
            <source>SWOT items</source>
            <translation>SWOT пункттары</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Тобокелдиктер</translation>
        </message>
        <message>
            <source>Reporting calendar</source>
            <translation>Отчет берүү календары</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Коомдук текшерүүлөр</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Коомдук угуулар</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Сунуштар</translation>
        </message>
        <message>
            <source>Actual values</source>
            <translation>Иш жүзүндөгү маанилер</translation>
        </message>
        <message>
            <source>Measure progress</source>
            <translation>Иш-чаралардын аткарылышы</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Сарптоолор</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Далил файлдары</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Баалоолор</translation>
        </message>
        <message>
            <source>Target revisions</source>
            <translation>Максаттарга түзөтүүлөр</translation>
        </message>
        <message>
            <source>Reporting rounds</source>
            <translation>Отчеттук мезгилдер</translation>
        </message>
        <message>
            <source>value</source>
            <translation>маани</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>түшүндүрмө</translation>
        </message>
        <message>
            <source>status</source>
            <translation>абалы</translation>
        </message>
        <message>
            <source>% complete</source>
            <translation>аткарылышы, %</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>сумма</translation>
        </message>
        <message>
            <source>target</source>
            <translation>максат</translation>
        </message>
        <message>
            <source>title</source>
            <translation>аталышы</translation>
        </message>
        <message>
            <source>name</source>
            <translation>аты</translation>
        </message>
        <message>
            <source>state</source>
            <translation>абалы</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>кыскача корутунду</translation>
        </message>
        <message>
            <source>new</source>
            <translation>жаңы</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгөргөн</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>өзгөрбөгөн</translation>
        </message>
        <message>
            <source>conflicting</source>
            <translation>карама-каршы</translation>
        </message>
        <message>
            <source>outdated</source>
            <translation>эскирген</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>кулпуланган</translation>
        </message>
        <message>
            <source>meapp packages (*.mepkg);;All files (*)</source>
            <translation>meapp пакеттери (*.mepkg);;Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ооба</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жок</translation>
        </message>
        <message>
            <source>Export package</source>
            <translation>Пакетти экспорттоо</translation>
        </message>
        <message>
            <source>Writing the package…</source>
            <translation>Пакет жазылууда…</translation>
        </message>
        <message>
            <source>Not signed.</source>
            <translation>Кол коюлган эмес.</translation>
        </message>
        <message>
            <source>What to send</source>
            <translation>Эмне жөнөтүлөт</translation>
        </message>
        <message>
            <source>The &amp;whole programme (the first package, or everything again)</source>
            <translation>&amp;Бүт программа (биринчи пакет же баарын кайра)</translation>
        </message>
        <message>
            <source>The data of &amp;chosen periods:</source>
            <translation>&amp;Тандалган мезгилдердин маалыматтары:</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Пакет файлы</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Карап чыгуу…</translation>
        </message>
        <message>
            <source>&amp;Sign the package with my signing identity</source>
            <translation>Пакетке кол коюу ачкычым менен &amp;кол коюу</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорттоо</translation>
        </message>
        <message>
            <source>Import package</source>
            <translation>Пакетти импорттоо</translation>
        </message>
        <message>
            <source>Checking the package…</source>
            <translation>Пакет текшерилүүдө…</translation>
        </message>
        <message>
            <source>Holds the whole programme, with the data of {periods}.</source>
            <translation>Бүт программаны камтыйт, {periods} маалыматтары менен.</translation>
        </message>
        <message>
            <source>Holds the data of {periods}.</source>
            <translation>{periods} маалыматтарын камтыйт.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Бардыгы</translation>
        </message>
        <message>
            <source>Importing the package…</source>
            <translation>Пакет импорттолууда…</translation>
        </message>
        <message>
            <source>Nothing changed: this database already holds everything in the package.</source>
            <translation>Эч нерсе өзгөргөн жок: бул маалымат базасында пакеттеги бардык нерсе бар.</translation>
        </message>
        <message>
            <source>&amp;Package:</source>
            <translation>&amp;Пакет:</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Тандоо…</translation>
        </message>
        <message>
            <source>Sender's signature</source>
            <translation>Жөнөтүүчүнүн кол тамгасы</translation>
        </message>
        <message>
            <source>I checked with the sender: import it anyway and record this signer</source>
            <translation type="vanished">Жөнөтүүчү менен тактадым: баары бир импорттоо жана бул кол коюучуну жазып коюу</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Баарында &amp;меникин калтыруу</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Баарында &amp;алардыкын алуу</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импорттоо</translation>
        </message>
        <message>
            <source>Sign the package</source>
            <translation>Пакетке кол коюу</translation>
        </message>
        <message>
            <source>Choose a programme in the top bar first.</source>
            <translation>Адегенде жогорку тилкеден программаны тандаңыз.</translation>
        </message>
        <message>
            <source>The receiver sees who sent the package and that nothing changed on the way.</source>
            <translation>Алуучу пакетти ким жөнөткөнүн жана жолдо эч нерсе өзгөрбөгөнүн көрөт.</translation>
        </message>
        <message>
            <source>You have no signing identity, so the package goes unsigned. Create one with File → My signing identity…</source>
            <translation>Сизде кол коюу ачкычы жок, ошондуктан пакет кол тамгасыз кетет. Аны Файл → Менин кол коюу ачкычым… аркылуу түзүңүз.</translation>
        </message>
        <message>
            <source>Choose a package file (.mepkg) to see what it would change.</source>
            <translation>Эмне өзгөрөрүн көрүү үчүн пакет файлын (.mepkg) тандаңыз.</translation>
        </message>
        <message>
            <source>The programme is new here: it will be created.</source>
            <translation>Бул программа бул жерде жаңы: ал түзүлөт.</translation>
        </message>
        <message>
            <source>Nothing would change: this database already holds all of it.</source>
            <translation>Эч нерсе өзгөрбөйт: бул маалымат базасында мунун баары бар.</translation>
        </message>
        <message>
            <source>Rows that would change approved (locked) periods here: %n. The package cannot be imported; an administrator can reopen the round first.</source>
            <translation>Бул жерде бекитилген (кулпуланган) мезгилдерди өзгөртө турган саптар: %n. Пакетти импорттоого болбойт; адегенде администратор отчеттук мезгилди кайра ача алат.</translation>
        </message>
        <message>
            <source>I checked with the sender: import this unsigned package anyway</source>
            <translation>Жөнөтүүчү менен тактадым: кол коюлбаган бул пакетти баары бир импорттоо</translation>
        </message>
        <message>
            <source>Nothing changed: this database already has newer data than the package.</source>
            <translation>Эч нерсе өзгөргөн жок: бул маалымат базасында пакетке караганда жаңыраак маалыматтар бар.</translation>
        </message>
        <message>
            <source>Nothing would change: this database already has newer data than the package (rows move forward only).</source>
            <translation>Эч нерсе өзгөрбөйт: бул маалымат базасында пакетке караганда жаңыраак маалыматтар бар (саптар алдыга гана жылат).</translation>
        </message>
        <message>
            <source>Nobody vouches for where this package comes from.</source>
            <translation>Бул пакет кайдан келгенине эч ким кепилдик бербейт.</translation>
        </message>
        <message>
            <source>I compared the SHA-256 fingerprint with the sender: import it and record this signer for {municipality}</source>
            <translation>SHA-256 бармак изин жөнөтүүчү менен салыштырдым: импорттоо жана бул кол коюучуну {municipality} үчүн жазып коюу</translation>
        </message>
        <message>
            <source>Rows changed both here and in the package: %n. For each, keep mine (this database) or take theirs (the package).</source>
            <translation>Бул жерде да, пакетте да өзгөргөн саптар: %n. Ар бири үчүн меникин (бул маалымат базасы) калтырыңыз же алардыкын (пакет) алыңыз.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Сап</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Мезгил</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Эмне</translation>
        </message>
        <message>
            <source>Mine (this database)</source>
            <translation>Меники (бул маалымат базасы)</translation>
        </message>
        <message>
            <source>Theirs (the package)</source>
            <translation>Алардыкы (пакет)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Калтыруу</translation>
        </message>
        <message>
            <source>Signed by {signer}.</source>
            <translation>{signer} кол койгон.</translation>
        </message>
        <message>
            <source>Package written: {file}</source>
            <translation>Пакет жазылды: {file}</translation>
        </message>
        <message>
            <source>{rows} rows and {files} evidence files. {signed}</source>
            <translation>{rows} сап жана {files} далил файлы. {signed}</translation>
        </message>
        <message>
            <source>{municipality} · {title} ({code})</source>
            <translation>{municipality} · {title} ({code})</translation>
        </message>
        <message>
            <source>Sent by {sender} on {date}.</source>
            <translation>Жөнөткөн: {sender}, {date}.</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Меникин калтыруу</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Алардыкын алуу</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Тандаңыз…</translation>
        </message>
        <message>
            <source>taken</source>
            <translation>алынат</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>четке кагылат</translation>
        </message>
        <message>
            <source>Rows the import would change:</source>
            <translation>Импорт өзгөртө турган саптар:</translation>
        </message>
        <message>
            <source>No row would change.</source>
            <translation>Эч бир сап өзгөрбөйт.</translation>
        </message>
        <message>
            <source>Password of your signing identity ({login}):</source>
            <translation>Кол коюу ачкычыңыздын сырсөзү ({login}):</translation>
        </message>
        <message>
            <source>Signer's certificate: {who}; valid {start} – {end}; SHA-256 {sha256}</source>
            <translation>Кол коюучунун сертификаты: {who}; {start} – {end} жарактуу; SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>New rows: {n}</source>
            <translation>Жаңы саптар: {n}</translation>
        </message>
        <message>
            <source>Updated rows: {n}</source>
            <translation>Жаңыланган саптар: {n}</translation>
        </message>
        <message>
            <source>Kept as they are here: {n}</source>
            <translation>Бул жердегидей калтырылды: {n}</translation>
        </message>
        <message>
            <source>Older than here, left alone: {n}</source>
            <translation>Бул жердегиден эски, тийилген жок: {n}</translation>
        </message>
        <message>
            <source>The signer {signer} is now recorded for {municipality}.</source>
            <translation>{signer} эми {municipality} үчүн кол коюучу катары жазылды.</translation>
        </message>
        <message>
            <source>The programme {code} was imported.</source>
            <translation>{code} программасы импорттолду.</translation>
        </message>
        <message>
            <source>The package was imported into {code}.</source>
            <translation>Пакет {code} программасына импорттолду.</translation>
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
            <translation>{name} маалымат базасында азырынча колдонуучу жок. Администратордун каттоо эсебин түзүңүз: администратор башка колдонуучуларды кошот жана аларга ролдорду берет. Сырсөздү коопсуз сактаңыз; кийинки ишке киргизүүдөн баштап ар ким өз логини менен кирет.</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Тил:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Аты-жөнү:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>&amp;Кызматы:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Сырсөз:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Сырсөз ка&amp;йра:</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>К&amp;ийинчерээк</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice.</source>
            <translation>Эки сырсөз дал келбейт; бир эле сырсөздү эки жолу териңиз.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>New programme</source>
            <translation>Жаңы программа</translation>
        </message>
        <message>
            <source>Welcome to meapp</source>
            <translation>meapp'ка кош келиңиз</translation>
        </message>
        <message>
            <source>The database {name} holds no programme yet. How would you like to begin?</source>
            <translation>{name} маалымат базасында азырынча программа жок. Эмнеден баштайсыз?</translation>
        </message>
        <message>
            <source>Add a programme to the database {name}:</source>
            <translation>{name} маалымат базасына программа кошуу:</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Тил:</translation>
        </message>
        <message>
            <source>Create the demo programme</source>
            <translation>Демо программаны түзүү</translation>
        </message>
        <message>
            <source>A town programme with four directions and two years of half-year data, to look around and practise. Users {users}, password: {password}.</source>
            <translation>Төрт багыты жана эки жылдык жарым жылдык маалыматтары бар шаардык программа: карап чыгуу жана машыгуу үчүн. Колдонуучулар: {users}, сырсөз: {password}.</translation>
        </message>
        <message>
            <source>Start an empty programme</source>
            <translation>Бош программа баштоо</translation>
        </message>
        <message>
            <source>Give the title, the municipality and the years; import the plan later.</source>
            <translation>Аталышын, муниципалитетти жана жылдарын жазыңыз; планды кийин импорттойсуз.</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Башка маалымат базасынын файлын ачуу</translation>
        </message>
        <message>
            <source>A meapp database from this computer or a USB stick.</source>
            <translation>Ушул компьютердеги же флешкадагы meapp маалымат базасы.</translation>
        </message>
        <message>
            <source>Creating the demo programme…</source>
            <translation>Демо программа түзүлүүдө…</translation>
        </message>
        <message>
            <source>Open a meapp database</source>
            <translation>meapp маалымат базасын ачуу</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>meapp маалымат базалары (*.db *.sqlite);;Бардык файлдар (*)</translation>
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
            <translation>Жаңы угуу же жыйын</translation>
        </message>
        <message>
            <source>Hearing or meeting</source>
            <translation>Угуу же жыйын</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Түрү:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Датасы:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Орду:</translation>
        </message>
        <message>
            <source>&amp;Attendance:</source>
            <translation>&amp;Катышкандар:</translation>
        </message>
        <message>
            <source>&amp;Women among them:</source>
            <translation>Алардын ичинен &amp;аялдар:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Эскертүүлөр:</translation>
        </message>
    </context>
    <context>
        <name>HearingsTab</name>
        <message>
            <source>{period} is approved: this hearing and its proposals can be read, not changed.</source>
            <translation>{period} бекитилген: бул угууну (жыйынды) жана анын сунуштарын окууга болот, өзгөртүүгө болбойт.</translation>
        </message>
        <message>
            <source>Delete this {kind} of {date}?</source>
            <translation>{date} күнкү бул жазууну өчүрөсүзбү ({kind})?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n proposal(s) and attached files are deleted with it.</source>
            <translation>
                <numerusform>Анын %n сунушу жана тиркелген файлдары кошо өчүрүлөт.</numerusform>
                <numerusform>Анын %n сунушу жана тиркелген файлдары кошо өчүрүлөт.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the proposal “{text}”?</source>
            <translation>«{text}» сунушун өчүрөсүзбү?</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датасы</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Орду</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Катышкандар</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Аялдар</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Сунуштар</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлдар</translation>
        </message>
        <message>
            <source>Proposal received</source>
            <translation>Келип түшкөн сунуш</translation>
        </message>
        <message>
            <source>Answer / what was done</source>
            <translation>Жооп / эмне жасалды</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>&amp;Add hearing or meeting…</source>
            <translation>Угуу же жыйын &amp;кошуу…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Өзгөртүү…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ө&amp;чүрүү</translation>
        </message>
        <message>
            <source>Minutes and &amp;photos…</source>
            <translation>Протокол жана &amp;сүрөттөр…</translation>
        </message>
        <message>
            <source>Add &amp;proposal…</source>
            <translation>&amp;Сунуш кошуу…</translation>
        </message>
        <message>
            <source>Edit proposal / &amp;answer…</source>
            <translation>Сунушту / &amp;жоопту өзгөртүү…</translation>
        </message>
        <message>
            <source>Delete proposal</source>
            <translation>Сунушту өчүрүү</translation>
        </message>
        <message>
            <source>No hearings or meetings yet. After a public hearing or an expanded meeting of the group, press “Add hearing or meeting…” and record the date, place and attendance, then the proposals received.</source>
            <translation>Угуулар же жыйындар азырынча жок. Коомдук угуудан же топтун кеңейтилген жыйынынан кийин «Угуу же жыйын кошуу…» баскычын басып, датасын, ордун жана катышкандарды, андан кийин келип түшкөн сунуштарды жазыңыз.</translation>
        </message>
        <message>
            <source>No proposals recorded. Press “Add proposal…” for each one received.</source>
            <translation>Сунуштар жазылган жок. Ар бир келип түшкөн сунуш үчүн «Сунуш кошуу…» баскычын басыңыз.</translation>
        </message>
    </context>
    <context>
        <name>HeatMatrix</name>
        <message>
            <source>Likelihood {likelihood} × impact {impact} = {score} ({level}); open risks: {n}</source>
            <translation>Ыктымалдуулук {likelihood} × таасири {impact} = {score} ({level}); ачык тобокелдиктер: {n}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>The dashboard shows the state of the programme at a glance: its approval, how many directions, measures and indicators it has, and which reporting rounds are open, submitted or approved. Choose the programme and the period at the top.</source>
            <translation>«Жалпы абал» барагы программанын абалын бир караганда көрсөтөт: анын бекитилиши, канча багыт, иш-чара жана индикатор бар экени, кайсы отчеттук мезгилдер ачык, жөнөтүлгөн же бекитилген. Программаны жана мезгилди жогору жактан тандаңыз.</translation>
        </message>
        <message>
            <source>The plan is the programme tree: priority directions, sectors, objectives and measures, with the indicators under them. Click a line to see its details on the right. Press Ctrl+F and type a word or a code to filter the tree.</source>
            <translation>План — программанын дарагы: артыкчылыктуу багыттар, тармактар, милдеттер жана иш-чаралар, алардын астында индикаторлор. Сапты чыкылдатсаңыз, анын маалыматы оң жакта көрүнөт. Дарактан издөө үчүн Ctrl+F басып, сөз же код жазыңыз.</translation>
        </message>
        <message>
            <source>Monitoring is where the half-year actuals of indicators and the status and spending of measures are entered, with their evidence. An approved period is locked and cannot be changed.</source>
            <translation>«Мониторинг» барагында индикаторлордун жарым жылдык иш жүзүндөгү маанилери (факт), иш-чаралардын абалы жана чыгымдары далилдери менен киргизилет. Бекитилген мезгил кулпуланат жана өзгөртүлбөйт.</translation>
        </message>
        <message>
            <source>Evaluation holds the working group's text for a period: summary, progress, weak points, recommendations and proposed target corrections.</source>
            <translation>«Баалоо» барагында жумушчу топтун мезгил боюнча тексти сакталат: кыскача корутунду, жетишкендик, чабал жактары, сунуштар жана максаттарга сунушталган түзөтүүлөр.</translation>
        </message>
        <message>
            <source>Reports builds the half-year report, the annual report and the citizen summary as PDF, and the Excel tables; signed reports can be verified here.</source>
            <translation>«Отчеттор» барагында жарым жылдык отчет, жылдык отчет жана жарандар үчүн кыскача отчет PDF түрүндө, ошондой эле Excel таблицалары түзүлөт; кол коюлган отчетторду ушул жерден текшерсе болот.</translation>
        </message>
        <message>
            <source>The working group page lists the members of the monitoring working group, the order that formed it, and checks the shares of women and young people.</source>
            <translation>«Жумушчу топ» барагында мониторинг жана баалоо боюнча жумушчу топтун мүчөлөрү, топту түзүү жөнүндө буйрук көрсөтүлөт жана аялдар менен жаштардын үлүшү текшерилет.</translation>
        </message>
        <message>
            <source>Risks lists what may stop the programme, with likelihood, impact and mitigation, next to the SWOT analysis.</source>
            <translation>«Тобокелдиктер» барагында программага тоскоол болушу мүмкүн болгон нерселер ыктымалдуулугу, таасири жана төмөндөтүү чаралары менен, SWOT-талдоонун жанында көрсөтүлөт.</translation>
        </message>
        <message>
            <source>The audit trail shows every change: who, when, what was before and after. The trail is chained, so any later edit of history is detected.</source>
            <translation>Аудит журналы ар бир өзгөртүүнү көрсөтөт: ким, качан, мурун эмне болгон жана кийин эмне болгон. Журнал чынжыр түрүндө түзүлгөн, ошондуктан тарыхты кийин өзгөртүү байкалат.</translation>
        </message>
        <message>
            <source>Users and their roles: a viewer reads, an editor enters data, an evaluator approves rounds and signs reports, an administrator sets up the programme and users.</source>
            <translation>Колдонуучулар жана алардын ролдору: көрүүчү окуйт, маалымат киргизүүчү маалымат киргизет, баалоочу отчеттук мезгилдерди бекитет жана отчетторго кол коет, администратор программаны жана колдонуучуларды жөндөйт.</translation>
        </message>
        <message>
            <source>Settings: the language of the program (it changes at once), the traffic-light thresholds of the programme, and the folder for backups.</source>
            <translation>Жөндөөлөр: программанын тили (дароо өзгөрөт), программанын светофор чектери жана камдык көчүрмөлөр үчүн папка.</translation>
        </message>
        <message>
            <source>Press F1 on any page to read its guide. Keyboard: Ctrl+1 … Ctrl+9 open the pages, Ctrl+F searches, Ctrl+O opens another database, Ctrl+Q quits.</source>
            <translation>Каалаган барактын колдонмосун окуу үчүн F1 басыңыз. Баскычтоп: Ctrl+1 … Ctrl+9 барактарды ачат, Ctrl+F издейт, Ctrl+O башка маалымат базасын ачат, Ctrl+Q программадан чыгат.</translation>
        </message>
    </context>
    <context>
        <name>HelpPage</name>
        <message>
            <source>Save the guide as PDF</source>
            <translation>Колдонмону PDF катары сактоо</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлдар (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the guide…</source>
            <translation>Колдонмо жазылууда…</translation>
        </message>
        <message>
            <source>The guide was saved.</source>
            <translation>Колдонмо сакталды.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Жардам</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Артка</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Мазмуну</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>&amp;PDF катары сактоо…</translation>
        </message>
        <message>
            <source>The whole guide as one PDF file, to print</source>
            <translation>Бүт колдонмо бир PDF файлда, басып чыгаруу үчүн</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation type="vanished">Баскычтоп</translation>
        </message>
        <message>
            <source>help for the current page</source>
            <translation type="vanished">учурдагы барак боюнча жардам</translation>
        </message>
        <message>
            <source>open the first nine pages of the navigation</source>
            <translation type="vanished">навигациянын алгачкы тогуз барагын ачуу</translation>
        </message>
        <message>
            <source>previous or next page</source>
            <translation type="vanished">мурунку же кийинки барак</translation>
        </message>
        <message>
            <source>move between the navigation and the page</source>
            <translation type="vanished">навигация менен барактын ортосунда өтүү</translation>
        </message>
        <message>
            <source>search on the current page</source>
            <translation type="vanished">учурдагы барактан издөө</translation>
        </message>
        <message>
            <source>open another database</source>
            <translation type="vanished">башка маалымат базасын ачуу</translation>
        </message>
        <message>
            <source>quit</source>
            <translation type="vanished">программадан чыгуу</translation>
        </message>
        <message>
            <source>monitoring and evaluation of municipal development programmes</source>
            <translation type="vanished">муниципалдык өнүктүрүү программаларынын мониторинги жана баалоосу</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Value</source>
            <translation>Маани</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Түшүндүрмө</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>Аткарылышы, %</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Сарпталган каражат</translation>
        </message>
        <message>
            <source>History of this value</source>
            <translation>Бул маанинин тарыхы</translation>
        </message>
        <message>
            <source>{subject} · {period}</source>
            <translation>{subject} · {period}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Качан</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ким</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Эмне өзгөрдү</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себеби</translation>
        </message>
        <message>
            <source>No change of this value has been recorded yet.</source>
            <translation>Бул маанинин өзгөрүүсү азырынча катталган эмес.</translation>
        </message>
        <message>
            <source>imported from {file}</source>
            <translation>{file} файлынан импорттолгон</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>тазаланды</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>final</source>
            <translation>акыркы максат</translation>
        </message>
        <message>
            <source>Targets below the baseline ({baseline}) of an indicator to increase: {periods}</source>
            <translation>Өсүүгө тийиш индикатордун максаттары базалык мааниден ({baseline}) төмөн: {periods}</translation>
        </message>
        <message>
            <source>Targets above the baseline ({baseline}) of an indicator to decrease: {periods}</source>
            <translation>Азаюуга тийиш индикатордун максаттары базалык мааниден ({baseline}) жогору: {periods}</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>&amp;Коду:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Аталышы:</translation>
        </message>
        <message>
            <source>&amp;Unit of measure:</source>
            <translation>Өлчөө &amp;бирдиги:</translation>
        </message>
        <message>
            <source>&amp;Value type:</source>
            <translation>&amp;Маанинин түрү:</translation>
        </message>
        <message>
            <source>Di&amp;rection:</source>
            <translation>&amp;Багыты:</translation>
        </message>
        <message>
            <source>How periods &amp;combine:</source>
            <translation>Мезгилдерди &amp;бириктирүү:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Деңгээли:</translation>
        </message>
        <message>
            <source>&amp;Baseline value:</source>
            <translation>Базалык &amp;маани:</translation>
        </message>
        <message>
            <source>&amp;Targets:</source>
            <translation>&amp;Максаттар:</translation>
        </message>
        <message>
            <source>&amp;Final target:</source>
            <translation>Акыркы &amp;максат:</translation>
        </message>
        <message>
            <source>Data &amp;source:</source>
            <translation>Маалымат &amp;булагы:</translation>
        </message>
        <message>
            <source>Measurement &amp;method:</source>
            <translation>Өлчөө &amp;ыкмасы:</translation>
        </message>
        <message>
            <source>Verifying &amp;document:</source>
            <translation>Тастыктоочу &amp;документ:</translation>
        </message>
        <message>
            <source>Res&amp;ponsible:</source>
            <translation>&amp;Жооптуу:</translation>
        </message>
        <message>
            <source>Methodology note:</source>
            <translation>Методикалык эскертүү:</translation>
        </message>
        <message>
            <source>Measurement frequency:</source>
            <translation>Өлчөө мезгилдүүлүгү:</translation>
        </message>
        <message>
            <source>Measurement date:</source>
            <translation>Өлчөө датасы:</translation>
        </message>
        <message>
            <source>Weight in roll-ups:</source>
            <translation>Жалпылоодогу салмагы:</translation>
        </message>
        <message>
            <source>Issue:</source>
            <translation>Маселе:</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Топ:</translation>
        </message>
        <message>
            <source>in the year</source>
            <translation>жылы</translation>
        </message>
        <message>
            <source>Type a year's target, or the half-years' own. ≈ marks a derived value; a lock marks an approved year, whose targets change only by a revision.</source>
            <translation>Жылдын максатын же жарым жылдыктардын өз максатын жазыңыз. ≈ эсептелип чыккан маанини белгилейт; кулпу бекитилген жылды белгилейт, анын максаттары түзөтүү аркылуу гана өзгөрөт.</translation>
        </message>
        <message>
            <source>As written in the council's indicator matrix</source>
            <translation>Кеңештин индикаторлор матрицасында жазылгандай</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Demo users: {users}; password: {password}</source>
            <translation>Демо колдонуучулар: {users}; сырсөз: {password}</translation>
        </message>
        <message>
            <source>meapp — log in</source>
            <translation>meapp — кирүү</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Маалымат базасы: {name}</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Тил:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Сырсөз:</translation>
        </message>
        <message>
            <source>Type your login.</source>
            <translation>Логиниңизди жазыңыз.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open a meapp database</source>
            <translation>meapp маалымат базасын ачуу</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>meapp маалымат базалары (*.db *.sqlite);;Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>This page has no search.</source>
            <translation>Бул баракта издөө жок.</translation>
        </message>
        <message>
            <source>Help: {page}</source>
            <translation>Жардам: {page}</translation>
        </message>
        <message>
            <source>The guides of all pages are on the Help page.</source>
            <translation type="vanished">Бардык барактардын колдонмолору «Жардам» барагында.</translation>
        </message>
        <message>
            <source>Logged in as {login} ({role})</source>
            <translation>{login} ({role}) катары кирдиңиз</translation>
        </message>
        <message>
            <source>About meapp</source>
            <translation>meapp жөнүндө</translation>
        </message>
        <message>
            <source>meapp {version}: monitoring and evaluation of municipal development programmes. Works without internet; your data stay in {folder}.</source>
            <translation>meapp {version}: муниципалдык өнүктүрүү программаларынын мониторинги жана баалоосу. Интернетсиз иштейт; маалыматтарыңыз {folder} ичинде сакталат.</translation>
        </message>
        <message>
            <source>Open for data entry</source>
            <translation>Маалымат киргизүү үчүн ачык</translation>
        </message>
        <message>
            <source>Submitted · {who} · {date}</source>
            <translation>Жөнөтүлгөн · {who} · {date}</translation>
        </message>
        <message>
            <source>Approved · {who} · {date}</source>
            <translation>Бекитилген · {who} · {date}</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Маалымат базасы: {name}</translation>
        </message>
        <message>
            <source>Viewing only</source>
            <translation>Көрүү гана</translation>
        </message>
        <message>
            <source>Set-up mode (no users yet)</source>
            <translation>Жөндөө режими (азырынча колдонуучулар жок)</translation>
        </message>
        <message>
            <source>User: {login} ({role})</source>
            <translation>Колдонуучу: {login} ({role})</translation>
        </message>
        <message>
            <source>No period</source>
            <translation>Мезгил жок</translation>
        </message>
        <message>
            <source>Period open</source>
            <translation>Мезгил ачык</translation>
        </message>
        <message>
            <source>Period submitted, awaiting approval</source>
            <translation>Мезгил жөнөтүлгөн, бекитүүнү күтүүдө</translation>
        </message>
        <message>
            <source>Period locked (approved)</source>
            <translation>Мезгил кулпуланган (бекитилген)</translation>
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation>Камдык көчүрмө сакталды: {file}</translation>
        </message>
        <message>
            <source>Backups: by the database server</source>
            <translation>Камдык көчүрмөлөр: маалымат базасынын сервери аркылуу</translation>
        </message>
        <message>
            <source>The last backup failed</source>
            <translation>Акыркы камдык көчүрмө жасалган жок</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>Камдык көчүрмө азырынча жок</translation>
        </message>
        <message>
            <source>Last backup: {time}</source>
            <translation>Акыркы камдык көчүрмө: {time}</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Программа:</translation>
        </message>
        <message>
            <source>P&amp;eriod:</source>
            <translation>&amp;Мезгил:</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;New programme…</source>
            <translation>&amp;Жаңы программа…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>Маалымат базасын &amp;ачуу…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Чыгуу</translation>
        </message>
        <message>
            <source>&amp;Export package…</source>
            <translation>Пакетти &amp;экспорттоо…</translation>
        </message>
        <message>
            <source>&amp;Import package…</source>
            <translation>Пакетти &amp;импорттоо…</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Азыр камдык көчүрмө жасоо…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>Камдык көчүрмөдөн &amp;калыбына келтирүү…</translation>
        </message>
        <message>
            <source>My &amp;signing identity…</source>
            <translation>Менин &amp;кол коюу ачкычым…</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF…</source>
            <translation>Кол коюлган PDF'ти &amp;текшерүү…</translation>
        </message>
        <message>
            <source>&amp;Log out / switch user…</source>
            <translation>Колдонуучуну а&amp;лмаштыруу / чыгуу…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Көрүнүш</translation>
        </message>
        <message>
            <source>Page &amp;names in the navigation</source>
            <translation>Навигациядагы барактардын &amp;аттары</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Жардам</translation>
        </message>
        <message>
            <source>&amp;Help for this page</source>
            <translation>Бул барак боюнча &amp;жардам</translation>
        </message>
        <message>
            <source>&amp;About meapp</source>
            <translation>meapp &amp;жөнүндө</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>New member</source>
            <translation>Жаңы мүчө</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Мүчө</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Аты-жөнү:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Кызматы:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Уюму:</translation>
        </message>
        <message>
            <source>&amp;Side:</source>
            <translation>&amp;Тарабы:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Жынысы:</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>&amp;Туулган жылы:</translation>
        </message>
        <message>
            <source>&amp;Role in the group:</source>
            <translation>Топтогу &amp;ролу:</translation>
        </message>
        <message>
            <source>surname, name, patronymic</source>
            <translation>фамилиясы, аты, атасынын аты</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Remove {name} from the working group?</source>
            <translation>{name} жумушчу топтон чыгарылсынбы?</translation>
        </message>
        <message>
            <source>Order forming the group: &amp;No.</source>
            <translation>Топту түзүү жөнүндө буйрук: &amp;№</translation>
        </message>
        <message>
            <source>&amp;dated</source>
            <translation>&amp;датасы</translation>
        </message>
        <message>
            <source>Save the order</source>
            <translation>Буйрукту сактоо</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Ким бекиткен:</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>көрсөтүлгөн эмес</translation>
        </message>
        <message>
            <source>for another body: its name</source>
            <translation>башка орган болсо: анын аталышы</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Кызматы</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Уюму</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Тарабы</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Туулган жылы</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ролу</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation>Мүчө &amp;кошуу…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Өзгөртүү…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ө&amp;чүрүү</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Жогору</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Төмөн</translation>
        </message>
        <message>
            <source>No members yet. Press “Add member…” and enter the members named in the order: the chair, the secretary and the members from the mayor's office, the council, business and civic organisations.</source>
            <translation>Мүчөлөр азырынча жок. «Мүчө кошуу…» баскычын басып, буйрукта аталган мүчөлөрдү киргизиңиз: төраганы, катчыны жана мэриядан, кеңештен, бизнестен жана жарандык уюмдардан мүчөлөрдү.</translation>
        </message>
        <message>
            <source>No members yet. The chair of the group or an administrator enters them.</source>
            <translation>Мүчөлөр азырынча жок. Аларды топтун төрагасы же администратор киргизет.</translation>
        </message>
        <message>
            <source>Only the chair of the group (evaluator) or an administrator can change the members and the order.</source>
            <translation>Мүчөлөрдү жана буйрукту топтун төрагасы (баалоочу) же администратор гана өзгөртө алат.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Nothing was changed. Correct the input and try again.</source>
            <translation>Эч нерсе өзгөргөн жок. Киргизилгенди оңдоп, кайра аракет кылыңыз.</translation>
        </message>
        <message>
            <source>The period is approved and locked. An administrator can reopen it.</source>
            <translation>Мезгил бекитилген жана кулпуланган. Администратор аны кайра ача алат.</translation>
        </message>
        <message>
            <source>Someone else changed this meanwhile. Your change was not saved; reload and try again.</source>
            <translation>Ушул убакта муну башка бирөө өзгөрттү. Сиздин өзгөртүүңүз сакталган жок; кайра жүктөп, дагы аракет кылыңыз.</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask an administrator.</source>
            <translation>Ролуңуз буга уруксат бербейт. Администраторго кайрылыңыз.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сактоо</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Сактабоо</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <source>meapp</source>
            <translation>meapp</translation>
        </message>
        <message>
            <source>Something went wrong inside meapp. This is a bug.</source>
            <translation>meapp ичинде ката кетти. Бул программанын катасы.</translation>
        </message>
        <message>
            <source>Your data are safe: an unfinished change is not saved. Details are in the log file.</source>
            <translation>Маалыматтарыңыз коопсуз: аягына чыкпаган өзгөртүү сакталбайт. Толук маалымат журнал файлында.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringGrid</name>
        <message>
            <source>Code</source>
            <translation>Коду</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бирдиги</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базалык</translation>
        </message>
        <message>
            <source>The baseline value and its year</source>
            <translation>Базалык маани жана базалык жыл</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Максат</translation>
        </message>
        <message>
            <source>The target for the period; for a cumulative indicator the total since the baseline year, for one summed within the year the year's target to date. ≈ marks a target derived from the yearly ones.</source>
            <translation>Мезгилдин максаты; топтолуучу индикатор үчүн базалык жылдан берки жалпы суммасы, жыл ичинде суммаланган индикатор үчүн жылдын ушул күнгө чейинки максаты. ≈ белгиси жылдык максаттардан эсептелген максатты билдирет.</translation>
        </message>
        <message>
            <source>Cumulative indicators: the total since the baseline year; indicators summed within the year: the total of the year so far. Compared with the target</source>
            <translation>Топтолуучу индикаторлор: базалык жылдан берки жалпы суммасы; жыл ичинде суммаланган индикаторлор: жылдын башынан берки жалпы суммасы. Максат менен салыштырылат</translation>
        </message>
        <message>
            <source>The total of {year} so far, compared with the year's target</source>
            <translation>{year}-жылдын башынан берки жалпы суммасы, жылдын максаты менен салыштырылат</translation>
        </message>
        <message>
            <source>The target for the period; for a cumulative indicator the total since the baseline year. ≈ marks a target derived from the yearly ones.</source>
            <translation type="vanished">Мезгилдин максаты; топтолуучу индикатор үчүн базалык жылдан берки жалпы суммасы. ≈ белгиси жылдык максаттардан эсептелген максатты билдирет.</translation>
        </message>
        <message>
            <source>Actual ✎</source>
            <translation>Факт ✎</translation>
        </message>
        <message>
            <source>Type the actual value of this period (comma or dot; spaces between thousands are fine). Enter or Tab moves to the next cell.</source>
            <translation>Бул мезгилдин иш жүзүндөгү маанисин жазыңыз (үтүр же чекит; миңдердин ортосундагы боштук болсо болот). Enter же Tab кийинки уячага өткөрөт.</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Топтолгону</translation>
        </message>
        <message>
            <source>Cumulative indicators: the total since the baseline year, compared with the target</source>
            <translation type="vanished">Топтолуучу индикаторлор: базалык жылдан берки жалпы суммасы, максат менен салыштырылат</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Жетишкендик</translation>
        </message>
        <message>
            <source>Plan, %</source>
            <translation>План, %</translation>
        </message>
        <message>
            <source>Actual ÷ target (target ÷ actual for a decreasing indicator)</source>
            <translation>Факт ÷ максат (азаюучу индикатор үчүн максат ÷ факт)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>Comment ✎</source>
            <translation>Түшүндүрмө ✎</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Далилдер</translation>
        </message>
        <message>
            <source>Attached documents; double-click to see or attach them</source>
            <translation>Тиркелген документтер; көрүү же тиркөө үчүн эки жолу басыңыз</translation>
        </message>
        <message>
            <source>Derived from the yearly targets (≈)</source>
            <translation>Жылдык максаттардан эсептелген (≈)</translation>
        </message>
        <message>
            <source>Baseline year: {year}</source>
            <translation>Базалык жыл: {year}</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Иш-чара</translation>
        </message>
        <message>
            <source>Status ✎</source>
            <translation>Абалы ✎</translation>
        </message>
        <message>
            <source>Choose the status; a period without its own entry shows the last one</source>
            <translation>Абалын тандаңыз; өз жазуусу жок мезгил акыркы абалды көрсөтөт</translation>
        </message>
        <message>
            <source>% done ✎</source>
            <translation>Аткарылышы, % ✎</translation>
        </message>
        <message>
            <source>spent ✎</source>
            <translation type="vanished">сарпталган ✎</translation>
        </message>
        <message>
            <source>spent, som ✎</source>
            <translation>сарпталган, сом ✎</translation>
        </message>
        <message>
            <source>Responsible executor: {who}</source>
            <translation>Жооптуу аткаруучу: {who}</translation>
        </message>
        <message>
            <source>Deadline: {deadline}</source>
            <translation>Ишке ашыруу мөөнөтү: {deadline}</translation>
        </message>
        <message>
            <source>Carried over from an earlier period</source>
            <translation>Мурунку мезгилден өткөрүлгөн</translation>
        </message>
        <message>
            <source>Nothing planned from this source for this measure</source>
            <translation>Бул иш-чара үчүн бул булактан эч нерсе пландалган эмес</translation>
        </message>
        <message>
            <source>Planned: {planned} · spent to date: {spent} ({share})</source>
            <translation>Пландалган: {planned} · бүгүнкү күнгө чейин сарпталган: {spent} ({share})</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPage</name>
        <message>
            <source>Programme progress: {progress}</source>
            <translation>Программанын жетишкендиги: {progress}</translation>
        </message>
        <message>
            <source>Measures: {done} done, {in_progress} in progress, {not_started} not started, {delayed} delayed, {cancelled} cancelled</source>
            <translation>Иш-чаралар: {done} аткарылды, {in_progress} аткарылууда, {not_started} башталган жок, {delayed} кечиктирилди, {cancelled} жокко чыгарылды</translation>
        </message>
        <message>
            <source>Pasted {n} cells.</source>
            <translation>{n} уяча чапталды.</translation>
        </message>
        <message>
            <source>Submit the figures of {period} to the chair?</source>
            <translation>{period} мезгилинин көрсөткүчтөрүн төрагага жөнөтөсүзбү?</translation>
        </message>
        <message>
            <source>The data can still be corrected until the round is approved.</source>
            <translation>Отчеттук мезгил бекитилгенге чейин маалыматты дагы эле оңдоого болот.</translation>
        </message>
        <message>
            <source>Approve the round {period}?</source>
            <translation>{period} отчеттук мезгилин бекитесизби?</translation>
        </message>
        <message>
            <source>After approval nobody can change the figures of this period; only an administrator can reopen it, giving a reason.</source>
            <translation>Бекитилгенден кийин бул мезгилдин көрсөткүчтөрүн эч ким өзгөртө албайт; аны себебин көрсөтүп администратор гана кайра ача алат.</translation>
        </message>
        <message>
            <source>Reopen the round</source>
            <translation>Отчеттук мезгилди кайра ачуу</translation>
        </message>
        <message>
            <source>Why is the round {period} reopened? The reason is kept in the audit trail.</source>
            <translation>{period} отчеттук мезгили эмне үчүн кайра ачылып жатат? Себеби аудит журналында сакталат.</translation>
        </message>
        <message>
            <source>History of this value…</source>
            <translation>Бул маанинин тарыхы…</translation>
        </message>
        <message>
            <source>Revise target…</source>
            <translation>Максатты түзөтүү…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Далилдер…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Көчүрүү</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Чаптоо</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Календарь…</translation>
        </message>
        <message>
            <source>The programme's reporting deadlines</source>
            <translation>Программанын отчет берүү мөөнөттөрү</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Артка кайтаруу</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Кайталоо</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>&amp;Жөнөтүү</translation>
        </message>
        <message>
            <source>Hand the figures of the period to the chair</source>
            <translation>Мезгилдин көрсөткүчтөрүн төрагага жөнөтүү</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Бекитүү</translation>
        </message>
        <message>
            <source>Approve the round: the period is locked afterwards</source>
            <translation>Отчеттук мезгилди бекитүү: андан кийин мезгил кулпуланат</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>&amp;Кайра ачуу…</translation>
        </message>
        <message>
            <source>Only an administrator reopens a round, giving a reason</source>
            <translation>Отчеттук мезгилди себебин көрсөтүп администратор гана кайра ачат</translation>
        </message>
        <message>
            <source>Indicators ({n})</source>
            <translation>Индикаторлор ({n})</translation>
        </message>
        <message>
            <source>Measures ({n})</source>
            <translation>Иш-чаралар ({n})</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программа азырынча жок</translation>
        </message>
        <message>
            <source>Create the programme with File → New programme: import the council's Excel tables or start with the demo data.</source>
            <translation>Программаны Файл → Жаңы программа аркылуу түзүңүз: кеңештин Excel таблицаларын импорттоңуз же демо маалыматтан баштаңыз.</translation>
        </message>
        <message>
            <source>No reporting period</source>
            <translation>Отчеттук мезгил жок</translation>
        </message>
        <message>
            <source>The programme has no reporting periods. Check its start and end years on the Plan page, then choose a period in the top bar.</source>
            <translation>Программанын отчеттук мезгилдери жок. Анын башталыш жана аяктоо жылдарын «План» барагынан текшерип, жогорку тилкеден мезгилди тандаңыз.</translation>
        </message>
        <message>
            <source>No indicators</source>
            <translation>Индикаторлор жок</translation>
        </message>
        <message>
            <source>Import the indicator matrix on the Plan page; the indicators then appear here for every period.</source>
            <translation>Индикаторлордун матрицасын «План» барагында импорттоңуз; андан кийин индикаторлор бул жерде ар бир мезгил үчүн көрүнөт.</translation>
        </message>
        <message>
            <source>No measures</source>
            <translation>Иш-чаралар жок</translation>
        </message>
        <message>
            <source>Import the action plan on the Plan page; its measures then appear here.</source>
            <translation>Иш-чаралар планын «План» барагында импорттоңуз; андан кийин анын иш-чаралары бул жерде көрүнөт.</translation>
        </message>
        <message>
            <source>Approved · {who} · {date}. The figures of {period} are locked: only an administrator can reopen the round.</source>
            <translation>Бекитилген · {who} · {date}. {period} мезгилинин көрсөткүчтөрү кулпуланган: отчеттук мезгилди администратор гана кайра ача алат.</translation>
        </message>
        <message>
            <source>You can look at the figures; entering them needs the role of an editor.</source>
            <translation>Көрсөткүчтөрдү көрө аласыз; аларды киргизүү үчүн маалымат киргизүүчүнүн ролу керек.</translation>
        </message>
        <message>
            <source>The round is submitted and waits for the chair's approval; corrections are still possible.</source>
            <translation>Отчеттук мезгил жөнөтүлгөн жана төраганын бекитүүсүн күтүүдө; оңдоолор дагы эле мүмкүн.</translation>
        </message>
        <message>
            <source>Here you will enter the half-year actuals of the indicators and the status, per cent complete and spending of the measures, attach evidence and submit the round.</source>
            <translation type="vanished">Бул жерде индикаторлордун жарым жылдык иш жүзүндөгү маанилерин (факт), иш-чаралардын абалын, аткарылуу пайызын жана чыгымдарын киргизип, далилдерди тиркеп, отчеттук мезгилди жөнөтөсүз.</translation>
        </message>
        <message>
            <source>row {row}, column «{column}»</source>
            <translation>{row}-сап, «{column}» мамычасы</translation>
        </message>
        <message>
            <source>not a measure status: {text}</source>
            <translation>иш-чаранын абалы эмес: {text}</translation>
        </message>
        <message>
            <source>the values are computed here; paste into a ✎ column</source>
            <translation>бул жердеги маанилер эсептелет; ✎ белгиси бар мамычага чаптаңыз</translation>
        </message>
        <message>
            <source>the block reaches beyond the table</source>
            <translation>блок таблицанын чегинен чыгып кетет</translation>
        </message>
        <message>
            <source>nothing planned from this source here</source>
            <translation>бул жерде бул булактан эч нерсе пландалган эмес</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>{row}-сап</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Show the page names</source>
            <translation>Барактардын аттарын көрсөтүү</translation>
        </message>
        <message>
            <source>Hide names</source>
            <translation>Аттарын жашыруу</translation>
        </message>
        <message>
            <source>Show icons only</source>
            <translation>Сүрөтчөлөрдү гана көрсөтүү</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Жалпы абал</translation>
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
            <translation>Баалоо</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчеттор</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Жумушчу топ</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Тобокелдик</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Аудит</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Колдонуучулар</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Жөндөөлөр</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Жардам</translation>
        </message>
    </context>
    <context>
        <name>OverdueBanner</name>
        <message>
            <source>Reporting calendar…</source>
            <translation>Отчет берүү календары…</translation>
        </message>
        <message>
            <source>…and {n} more overdue</source>
            <translation>…дагы {n} мөөнөт өтүп кетти</translation>
        </message>
        <message>
            <source>Overdue on the reporting calendar:</source>
            <translation>Отчет берүү календарында мөөнөтү өткөндөр:</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>{pages} беттин {page}-бети</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Мурунку бет (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Кийинки бет (Page Down)</translation>
        </message>
    </context>
    <context>
        <name>PlanExportDialog</name>
        <message>
            <source>Kyrgyz</source>
            <translation>Кыргызча</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орусча</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Англисче</translation>
        </message>
        <message>
            <source>Export the plan to Excel</source>
            <translation>Планды Excel'ге экспорттоо</translation>
        </message>
        <message>
            <source>The programme {title} in the council's table layout.</source>
            <translation>{title} программасы кеңештин таблицаларынын түзүлүшүндө.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Эмнени:</translation>
        </message>
        <message>
            <source>Headers in:</source>
            <translation>Баш саптардын тили:</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Сактоо:</translation>
        </message>
        <message>
            <source>The action plan</source>
            <translation>Иш-чаралар планы</translation>
        </message>
        <message>
            <source>The indicator matrix</source>
            <translation>Индикаторлордун матрицасы</translation>
        </message>
        <message>
            <source>Both, as two sheets of one workbook</source>
            <translation>Экөө тең, бир китептин эки барагы катары</translation>
        </message>
        <message>
            <source>Add each measure's status and spending in {period}</source>
            <translation>{period} мезгилиндеги ар бир иш-чаранын абалын жана сарпталган каражатын кошуу</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Тандоо…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорттоо</translation>
        </message>
        <message>
            <source>Save the Excel file</source>
            <translation>Excel файлын сактоо</translation>
        </message>
        <message>
            <source>The folder does not exist: {folder}</source>
            <translation>Мындай папка жок: {folder}</translation>
        </message>
        <message>
            <source>The Excel file was written.</source>
            <translation>Excel файлы жазылды.</translation>
        </message>
        <message>
            <source>Saved to {file}</source>
            <translation>Сакталган жери: {file}</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Excel файлы жазылууда…</translation>
        </message>
    </context>
    <context>
        <name>PlanImportWizard</name>
        <message>
            <source>Priority directions</source>
            <translation>Артыкчылыктуу багыттар</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Тармактар</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Милдеттер</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Иш-чаралар</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Индикаторлор</translation>
        </message>
        <message>
            <source>Import the plan from Excel</source>
            <translation>Планды Excel'ден импорттоо</translation>
        </message>
        <message>
            <source>Step 1: the council's tables and the programme they go into.</source>
            <translation>1-кадам: кеңештин таблицалары жана алар кире турган программа.</translation>
        </message>
        <message>
            <source>Choose the action plan and/or the indicator matrix as the council approved them (.xlsx). One workbook may hold both; then choose it once. Nothing is changed until you press Import after the preview.</source>
            <translation>Кеңеш бекиткен иш-чаралар планын жана/же индикаторлордун матрицасын тандаңыз (.xlsx). Экөө тең бир китепте болушу мүмкүн; анда аны бир жолу тандаңыз. Алдын ала көрүүдөн кийин «Импорттоо» баскычын басмайынча эч нерсе өзгөрбөйт.</translation>
        </message>
        <message>
            <source>Action plan:</source>
            <translation>Иш-чаралар планы:</translation>
        </message>
        <message>
            <source>Indicator matrix:</source>
            <translation>Индикаторлордун матрицасы:</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Кайда импорттоо:</translation>
        </message>
        <message>
            <source>Choose the action plan</source>
            <translation>Иш-чаралар планын тандаңыз</translation>
        </message>
        <message>
            <source>Choose the indicator matrix</source>
            <translation>Индикаторлордун матрицасын тандаңыз</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Тандоо…</translation>
        </message>
        <message>
            <source>path of the .xlsx file</source>
            <translation>.xlsx файлынын жолу</translation>
        </message>
        <message>
            <source>optional: a second .xlsx file</source>
            <translation>милдеттүү эмес: экинчи .xlsx файлы</translation>
        </message>
        <message>
            <source>{title} ({municipality}, {start}–{end})</source>
            <translation>{title} ({municipality}, {start}–{end})</translation>
        </message>
        <message>
            <source>A new programme</source>
            <translation>Жаңы программа</translation>
        </message>
        <message>
            <source>Your role cannot import a plan: ask an administrator.</source>
            <translation>Сиздин ролуңуз планды импорттой албайт: администраторго кайрылыңыз.</translation>
        </message>
        <message>
            <source>File not found: {file}</source>
            <translation>Файл табылган жок: {file}</translation>
        </message>
        <message>
            <source>Step 2: the database holds no programme for these tables yet. Name it.</source>
            <translation>2-кадам: маалымат базасында бул таблицалар үчүн программа азырынча жок. Аны атаңыз.</translation>
        </message>
        <message>
            <source>Programme title:</source>
            <translation>Программанын аталышы:</translation>
        </message>
        <message>
            <source>Municipality:</source>
            <translation>Муниципалитет:</translation>
        </message>
        <message>
            <source>Years:</source>
            <translation>Жылдары:</translation>
        </message>
        <message>
            <source>as in the council's decision</source>
            <translation>кеңештин токтомундагыдай</translation>
        </message>
        <message>
            <source>for example Kara-Balta town</source>
            <translation>мисалы, Кара-Балта шаары</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Файлдар окулууда…</translation>
        </message>
        <message>
            <source>The files suggest {start}–{end}.</source>
            <translation>Файлдар боюнча: {start}–{end}.</translation>
        </message>
        <message>
            <source>Year 1 of the matrix is the programme's first year.</source>
            <translation>Матрицанын 1-жылы — программанын биринчи жылы.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Алдын ала көрүү</translation>
        </message>
        <message>
            <source>Step 3: what the import will create. Check where each indicator goes; nothing is written until you press Import.</source>
            <translation>3-кадам: импорт эмнени түзөт. Ар бир индикатор кайда кошуларын текшериңиз; «Импорттоо» баскычын басмайынча эч нерсе жазылбайт.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорттоо</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Жаңы</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Өзгөргөн</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Өзгөрбөгөн</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>План пункту</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Эмне болот</translation>
        </message>
        <message>
            <source>Where in the file</source>
            <translation>Файлдагы орду</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Өлчөө бирдиги</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базалык маани</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Акыркы максат</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Goes under</source>
            <translation>Кайда кошулат</translation>
        </message>
        <message>
            <source>Why there</source>
            <translation>Эмне үчүн ошол жерге</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Кайда</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Билдирүү</translation>
        </message>
        <message>
            <source>Plan ({n})</source>
            <translation>План ({n})</translation>
        </message>
        <message>
            <source>Indicators ({n})</source>
            <translation>Индикаторлор ({n})</translation>
        </message>
        <message>
            <source>Warnings ({n})</source>
            <translation>Эскертүүлөр ({n})</translation>
        </message>
        <message>
            <source>The files cannot be imported: {reason}</source>
            <translation>Файлдарды импорттоого болбойт: {reason}</translation>
        </message>
        <message>
            <source>The import cannot go ahead because of errors in the files (errors: {n}, see Warnings). Correct the files, then choose them again.</source>
            <translation>Файлдардагы каталардан улам импорт мүмкүн эмес (каталар: {n}, «Эскертүүлөрдү» караңыз). Файлдарды оңдоп, кайра тандаңыз.</translation>
        </message>
        <message>
            <source>Ready to import. Warnings to read: {n}.</source>
            <translation>Импорттоого даяр. Окуй турган эскертүүлөр: {n}.</translation>
        </message>
        <message>
            <source>Ready to import. No warnings.</source>
            <translation>Импорттоого даяр. Эскертүүлөр жок.</translation>
        </message>
        <message>
            <source>Indicators not linked to a plan item: {n} (choose their place in the Indicators tab).</source>
            <translation>Пландын пунктуна байланбаган индикаторлор: {n} (ордун «Индикаторлор» өтмөгүндө тандаңыз).</translation>
        </message>
        <message>
            <source>A new programme: {title} ({municipality}, {years})</source>
            <translation>Жаңы программа: {title} ({municipality}, {years})</translation>
        </message>
        <message>
            <source>Into the programme: {title} ({municipality}, {years})</source>
            <translation>Программага: {title} ({municipality}, {years})</translation>
        </message>
        <message>
            <source>new</source>
            <translation>жаңы</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгөрөт</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>өзгөрбөйт</translation>
        </message>
        <message>
            <source>The programme itself</source>
            <translation>Программанын өзү</translation>
        </message>
        <message>
            <source>you chose it</source>
            <translation>сиз тандадыңыз</translation>
        </message>
        <message>
            <source>where it already is</source>
            <translation>азыр турган жеринде</translation>
        </message>
        <message>
            <source>the measure on its row</source>
            <translation>ошол саптагы иш-чара</translation>
        </message>
        <message>
            <source>the plan item the matrix names</source>
            <translation>матрицада аталган пландын пункту</translation>
        </message>
        <message>
            <source>its number is this item's number</source>
            <translation>анын номери ушул пункттун номери</translation>
        </message>
        <message>
            <source>its issue matches this item</source>
            <translation>маселеси ушул пунктка дал келет</translation>
        </message>
        <message>
            <source>its group row names this item</source>
            <translation>тобунун сабы ушул пунктту атайт</translation>
        </message>
        <message>
            <source>no match: the programme</source>
            <translation>дал келген жок: программага</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>топтолуучу</translation>
        </message>
        <message>
            <source>level</source>
            <translation>деңгээл</translation>
        </message>
        <message>
            <source>average</source>
            <translation>орточо</translation>
        </message>
        <message>
            <source>annual sum</source>
            <translation>жыл ичиндеги сумма</translation>
        </message>
        <message>
            <source>Issue: {text}</source>
            <translation>Маселе: {text}</translation>
        </message>
        <message>
            <source>Group: {text}</source>
            <translation>Тобу: {text}</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Ката:</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорттолууда…</translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>Импорт аяктады</translation>
        </message>
        <message>
            <source>Step 4: the programme now holds the council's tables.</source>
            <translation>4-кадам: эми программада кеңештин таблицалары бар.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Түзүлдү</translation>
        </message>
        <message>
            <source>The programme holds</source>
            <translation>Программада бар</translation>
        </message>
        <message>
            <source>Warnings to check in the plan:</source>
            <translation>Планда текшере турган эскертүүлөр:</translation>
        </message>
        <message>
            <source>The programme was created and the files were imported.</source>
            <translation>Программа түзүлдү жана файлдар импорттолду.</translation>
        </message>
        <message>
            <source>The files were imported into the programme.</source>
            <translation>Файлдар программага импорттолду.</translation>
        </message>
        <message>
            <source>Check the warnings below, then edit the plan on the Plan page.</source>
            <translation>Төмөнкү эскертүүлөрдү текшерип, андан кийин планды «План» барагында оңдоңуз.</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>Эскертүүлөр жок.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Артка</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Кийинки &gt;</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Бүтүрүү</translation>
        </message>
    </context>
    <context>
        <name>PlanItemForm</name>
        <message>
            <source>Total planned: {amount} som</source>
            <translation>Бардыгы пландалган: {amount} сом</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Түрү:</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>&amp;Коду:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Аталышы:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Сүрөттөмө:</translation>
        </message>
        <message>
            <source>&amp;Deadline (as written):</source>
            <translation>&amp;Мөөнөтү (жазылгандай):</translation>
        </message>
        <message>
            <source>Years of implementation:</source>
            <translation>Ишке ашыруу жылдары:</translation>
        </message>
        <message>
            <source>E&amp;xpected result (output):</source>
            <translation>Күтүлгөн &amp;натыйжа (продукт):</translation>
        </message>
        <message>
            <source>&amp;Responsible executor:</source>
            <translation>&amp;Жооптуу аткаруучу:</translation>
        </message>
        <message>
            <source>Co-e&amp;xecutors:</source>
            <translation>&amp;Кошумча аткаруучулар:</translation>
        </message>
        <message>
            <source>By agreement:</source>
            <translation>Макулдашуу боюнча:</translation>
        </message>
        <message>
            <source>Investment measure:</source>
            <translation>Инвестициялык иш-чара:</translation>
        </message>
        <message>
            <source>Annual plan years:</source>
            <translation>Жылдык пландын жылдары:</translation>
        </message>
        <message>
            <source>Planned cost:</source>
            <translation>Пландалган наркы:</translation>
        </message>
        <message>
            <source>outside the mayor's authority (by agreement)</source>
            <translation>мэриянын ыйгарым укугунан тышкары (макулдашуу боюнча)</translation>
        </message>
        <message>
            <source>public monitoring at 50 % and 100 %</source>
            <translation>50 % жана 100 % аткарылганда коомдук мониторинг</translation>
        </message>
        <message>
            <source>e.g. 2023-2026-жж., Жыл сайын</source>
            <translation>мисалы: 2023-2026-жж., Жыл сайын</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Иш-чара</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>New priority direction</source>
            <translation>Жаңы артыкчылыктуу багыт</translation>
        </message>
        <message>
            <source>New sector</source>
            <translation>Жаңы тармак</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Жаңы милдет</translation>
        </message>
        <message>
            <source>New measure</source>
            <translation>Жаңы иш-чара</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Жаңы индикатор</translation>
        </message>
        <message>
            <source>Save your changes to “{name}”?</source>
            <translation>«{name}» боюнча өзгөртүүлөрүңүз сакталсынбы?</translation>
        </message>
        <message numerus="yes">
            <source>%n priority direction(s)</source>
            <translation>
                <numerusform>%n артыкчылыктуу багыт</numerusform>
                <numerusform>%n артыкчылыктуу багыт</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sector(s)</source>
            <translation>
                <numerusform>%n тармак</numerusform>
                <numerusform>%n тармак</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n милдет</numerusform>
                <numerusform>%n милдет</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n иш-чара</numerusform>
                <numerusform>%n иш-чара</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n индикатор</numerusform>
                <numerusform>%n индикатор</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target value(s)</source>
            <translation>
                <numerusform>%n максат</numerusform>
                <numerusform>%n максат</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actual value(s)</source>
            <translation>
                <numerusform>%n иш жүзүндөгү маани</numerusform>
                <numerusform>%n иш жүзүндөгү маани</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n progress record(s)</source>
            <translation>
                <numerusform>%n аткарылыш жазуусу</numerusform>
                <numerusform>%n аткарылыш жазуусу</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned cost(s)</source>
            <translation>
                <numerusform>%n пландалган сумма</numerusform>
                <numerusform>%n пландалган сумма</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n public check(s)</source>
            <translation>
                <numerusform>%n коомдук текшерүү</numerusform>
                <numerusform>%n коомдук текшерүү</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s)</source>
            <translation>
                <numerusform>%n далил файлы</numerusform>
                <numerusform>%n далил файлы</numerusform>
            </translation>
        </message>
        <message>
            <source>edit {kind} “{name}”</source>
            <translation>{kind} «{name}» өзгөртүү</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Артка кайтаруу</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Кайталоо</translation>
        </message>
        <message>
            <source>Undo: {what} (Ctrl+Z)</source>
            <translation>Артка кайтаруу: {what} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Артка кайтаруу (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo: {what} (Ctrl+Y)</source>
            <translation>Кайталоо: {what} (Ctrl+Y)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Y)</source>
            <translation>Кайталоо (Ctrl+Y)</translation>
        </message>
        <message>
            <source>add {kind}</source>
            <translation>{kind} кошуу</translation>
        </message>
        <message>
            <source>add indicator</source>
            <translation>индикатор кошуу</translation>
        </message>
        <message>
            <source>copy {kind}</source>
            <translation>{kind} көчүрүү</translation>
        </message>
        <message>
            <source>Delete the {kind} “{name}”?</source>
            <translation>{kind} «{name}» өчүрүлсүнбү?</translation>
        </message>
        <message>
            <source>With it go: {what}.</source>
            <translation>Аны менен кошо өчөт: {what}.</translation>
        </message>
        <message>
            <source>Nothing else goes with it.</source>
            <translation>Аны менен башка эч нерсе өчпөйт.</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Муну Ctrl+Z менен артка кайтарсаңыз болот.</translation>
        </message>
        <message>
            <source>delete {kind}</source>
            <translation>{kind} өчүрүү</translation>
        </message>
        <message>
            <source>move {kind}</source>
            <translation>{kind} жылдыруу</translation>
        </message>
        <message>
            <source>rename {kind}</source>
            <translation>{kind} атын өзгөртүү</translation>
        </message>
        <message>
            <source>edit the programme</source>
            <translation>программаны өзгөртүү</translation>
        </message>
        <message>
            <source>Matches: {n}</source>
            <translation>Табылды: {n}</translation>
        </message>
        <message>
            <source>{directions} priority directions · {measures} measures · {indicators} indicators</source>
            <translation>{directions} артыкчылыктуу багыт · {measures} иш-чара · {indicators} индикатор</translation>
        </message>
        <message>
            <source>Select a line of the plan to see its details.</source>
            <translation type="vanished">Маалыматын көрүү үчүн пландан сапты тандаңыз.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation type="vanished">Коду</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="vanished">Өлчөө бирдиги</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation type="vanished">Ишке ашыруу мөөнөтү</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation type="vanished">Жооптуу аткаруучу</translation>
        </message>
        <message>
            <source>Lines under it</source>
            <translation type="vanished">Астындагы саптар</translation>
        </message>
        <message>
            <source>Programme plan</source>
            <translation>Программанын планы</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Издөө:</translation>
        </message>
        <message>
            <source>word or code (Ctrl+F)</source>
            <translation>сөз же код (Ctrl+F)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Кошуу</translation>
        </message>
        <message>
            <source>Add a line to the plan</source>
            <translation>Планга сап кошуу</translation>
        </message>
        <message>
            <source>Add under it</source>
            <translation>Анын ичине кошуу</translation>
        </message>
        <message>
            <source>Add beside it</source>
            <translation>Катарына кошуу</translation>
        </message>
        <message>
            <source>Add an indicator</source>
            <translation>Индикатор кошуу</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>Иш-чара кошуу</translation>
        </message>
        <message>
            <source>Add a priority direction</source>
            <translation>Артыкчылыктуу багыт кошуу</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Көчүрүү</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Өчүрүү…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Өйдө</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Ылдый</translation>
        </message>
        <message>
            <source>Programme…</source>
            <translation>Программа…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Excel'ден импорттоо…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Excel'ге экспорттоо…</translation>
        </message>
        <message>
            <source>Expand all</source>
            <translation>Баарын ачуу</translation>
        </message>
        <message>
            <source>Collapse all</source>
            <translation>Баарын жыйноо</translation>
        </message>
        <message>
            <source>The programme: title, approval, vision, goal, thresholds</source>
            <translation>Программа: аталышы, бекитилиши, көрүнүш, максат, чектер</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Responsible / unit</source>
            <translation>Жооптуу / бирдик</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Сактоо</translation>
        </message>
        <message>
            <source>Save the changes of this form (Ctrl+S)</source>
            <translation>Бул форманын өзгөртүүлөрүн сактоо (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Кайтаруу</translation>
        </message>
        <message>
            <source>Read only: setting up the programme needs an administrator.</source>
            <translation>Окуу үчүн гана: программаны администратор гана түзөт.</translation>
        </message>
        <message>
            <source>Select a line of the plan to see its details. Add lines with Add, move them by dragging or with Alt+Up / Alt+Down, rename with F2.</source>
            <translation>Маалыматын көрүү үчүн пландын сабын тандаңыз. Сап «Кошуу» менен кошулат, сүйрөп же Alt+Өйдө / Alt+Ылдый менен жылдырылат, аты F2 менен өзгөртүлөт.</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программа азырынча жок</translation>
        </message>
        <message>
            <source>No programme. Import the council's action plan and indicator matrix from Excel, or create an empty programme and type the plan in.</source>
            <translation>Программа жок. Кеңештин иш-чаралар планын жана индикаторлордун матрицасын Excel'ден импорттоңуз же бош программа түзүп, планды өзүңүз киргизиңиз.</translation>
        </message>
        <message>
            <source>Create a programme…</source>
            <translation>Программа түзүү…</translation>
        </message>
        <message>
            <source>The plan is empty</source>
            <translation>План бош</translation>
        </message>
        <message>
            <source>Import the action plan and the indicator matrix from the council's Excel tables, or add the first priority direction.</source>
            <translation>Иш-чаралар планын жана индикаторлордун матрицасын кеңештин Excel таблицаларынан импорттоңуз же биринчи артыкчылыктуу багытты кошуңуз.</translation>
        </message>
        <message>
            <source>Import the action plan and the indicator matrix from the council's Excel tables, or create the demo programme with File → New programme.</source>
            <translation type="vanished">Иш-чаралар планын жана индикаторлордун матрицасын кеңештин Excel таблицаларынан импорттоңуз же «Файл → Жаңы программа» аркылуу демо программаны түзүңүз.</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Name and position</source>
            <translation>Аты-жөнү жана кызматы</translation>
        </message>
        <message>
            <source>Login: {login}</source>
            <translation>Логин: {login}</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Аты-жөнү:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>&amp;Кызматы:</translation>
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
            <translation>&amp;Аталышы:</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>&amp;Коду:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Муниципалитет:</translation>
        </message>
        <message>
            <source>&amp;Kind of municipality:</source>
            <translation>Муниципалитеттин &amp;түрү:</translation>
        </message>
        <message>
            <source>&amp;Rayon:</source>
            <translation>&amp;Району:</translation>
        </message>
        <message>
            <source>O&amp;blast:</source>
            <translation>&amp;Облусу:</translation>
        </message>
        <message>
            <source>&amp;Years:</source>
            <translation>&amp;Жылдары:</translation>
        </message>
        <message>
            <source>Approved &amp;by:</source>
            <translation>&amp;Бекиткен:</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>Токтомдун &amp;номери:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <translation>Токтомдун &amp;датасы:</translation>
        </message>
        <message>
            <source>&amp;Vision:</source>
            <translation>&amp;Көрүнүш:</translation>
        </message>
        <message>
            <source>&amp;Strategic goal:</source>
            <translation>&amp;Стратегиялык максат:</translation>
        </message>
        <message>
            <source>Reporting &amp;frequency:</source>
            <translation>Отчеттуулуктун &amp;мезгилдүүлүгү:</translation>
        </message>
        <message>
            <source>On track from (progress ≥):</source>
            <translation>График боюнча (жетишкендик ≥):</translation>
        </message>
        <message>
            <source>At risk from (progress ≥):</source>
            <translation>Тобокелде (жетишкендик ≥):</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>&amp;Абалы:</translation>
        </message>
        <message>
            <source>e.g. the town council</source>
            <translation>мисалы: шаардык кеңеш</translation>
        </message>
        <message>
            <source>known:</source>
            <translation>белгилүү:</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>New proposal</source>
            <translation>Жаңы сунуш</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Сунуш</translation>
        </message>
        <message>
            <source>&amp;Proposal:</source>
            <translation>&amp;Сунуш:</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Жооп:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Абалы:</translation>
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
            <translation>%1 файлы</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Лакап ат</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Жарлык</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Белгисиз</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation type="vanished">Папка:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Файлдын &amp;аты:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation type="vanished">Файлдын түрү:</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Файлдын &amp;түрү:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ачуу</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сактоо</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ачуу</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Башкача сактоо</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Тандоо</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Папканы тандоо</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Артка</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Алдыга</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Артка</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Алдыга</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Жогорку папка</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Жогорку папкага өтүү</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Жаңы папка түзүү</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Жаңы папка түзүү</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Жаңы папка</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Жаңы папка</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Тизме</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Толук маалымат</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Тизме түрүнө өтүү</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Толук маалымат түрүнө өтүү</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Каптал тилке</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Жерлер жана кыстармалар</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Акыркы жерлер</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Менин компьютерим</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Папка:</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Папкалар</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлдар</translation>
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
            <translation>Файл папкасы</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Белгисиз</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Лакап ат</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Жарлык</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 файлы</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Атын өзгөртүү</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ө&amp;чүрүү</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Алып салуу</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;Жашырын файлдарды көрсөтүү</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>«%1» өчүрүлсүнбү?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Папканы өчүрүү мүмкүн болгон жок.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 мурунтан эле бар.
Аны алмаштырасызбы?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл табылган жок.
Файлдын аты туура жазылганын текшериңиз.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Папка табылган жок.
Папканын аты туура жазылганын текшериңиз.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» жазуудан корголгон.
Баары бир өчүрөсүзбү?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Көлөмү</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Өзгөртүлгөн күнү</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Менин компьютерим</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Файлдын аты жараксыз</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;«%1» деген атты колдонууга болбойт.&lt;/b&gt;&lt;p&gt;Башка, кыскараак же тыныш белгилери жок ат берип көрүңүз.</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Толугураак...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Кыскараак...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Макул</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сактоо</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Баарын сактоо</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ачуу</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ооба</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;Баарына ооба</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Жок</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Баарына ж&amp;ок</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Токтотуу</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Кайра аракет</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Көңүл бурбоо</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабуу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Сактабоо</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Жардам</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Колдонуу</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Баштапкы абалга келтирүү</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Демейки маанилерди калыбына келтирүү</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
    </context>
    <context>
        <name>QualityGateDialog</name>
        <message>
            <source>Open data-quality items</source>
            <translation>Маалыматтын сапаты боюнча ачык маселелер</translation>
        </message>
        <message>
            <source>Open items in this period: {n}. Resolve them first, or go on anyway: your acknowledgement of these items is kept in the audit trail and printed in the report's data-quality note.</source>
            <translation>Бул мезгилдеги ачык маселелер: {n}. Адегенде аларды чечиңиз же баары бир улантыңыз: бул маселелерди кабыл алганыңыз аудит журналында сакталат жана отчеттун маалыматтын сапаты боюнча эскертмесинде басылат.</translation>
        </message>
        <message>
            <source>I have read these items and approve the round anyway</source>
            <translation>Бул маселелерди окудум жана отчеттук мезгилди баары бир бекитем</translation>
        </message>
        <message>
            <source>I have read these items and submit the round anyway</source>
            <translation>Бул маселелерди окудум жана отчеттук мезгилди баары бир жөнөтөм</translation>
        </message>
        <message>
            <source>Approve anyway</source>
            <translation>Баары бир бекитүү</translation>
        </message>
        <message>
            <source>Submit anyway</source>
            <translation>Баары бир жөнөтүү</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
    </context>
    <context>
        <name>QuotaPanel</name>
        <message>
            <source>met</source>
            <translation>аткарылды</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>аткарылган жок</translation>
        </message>
        <message>
            <source>Composition of the group</source>
            <translation>Топтун курамы</translation>
        </message>
        <message>
            <source>Women: {n} of {total} (at least {target})</source>
            <translation>Аялдар: {total} мүчөнүн {n} (кеминде {target})</translation>
        </message>
        <message>
            <source>Youth under {age}: {n} of {total} (about {target})</source>
            <translation>{age} жашка чейинки жаштар: {total} мүчөнүн {n} (болжол менен {target})</translation>
        </message>
        <message>
            <source>Chair: {name}</source>
            <translation>Төрага: {name}</translation>
        </message>
    </context>
    <context>
        <name>ReportKinds</name>
        <message>
            <source>Half-year monitoring report (PDF)</source>
            <translation>Жарым жылдык мониторинг отчету (PDF)</translation>
        </message>
        <message>
            <source>Annual report to the council (PDF)</source>
            <translation>Кеңешке жылдык отчет (PDF)</translation>
        </message>
        <message>
            <source>Citizen summary (PDF)</source>
            <translation>Жарандар үчүн кыскача отчет (PDF)</translation>
        </message>
        <message>
            <source>Citizen summary as a picture (PNG)</source>
            <translation>Жарандар үчүн кыскача отчет, сүрөт (PNG)</translation>
        </message>
        <message>
            <source>Excel: indicator performance table (IPTT)</source>
            <translation>Excel: индикаторлордун аткарылыш таблицасы (IPTT)</translation>
        </message>
        <message>
            <source>Excel: action plan with status and spending</source>
            <translation>Excel: иш-чаралар планы, абалы жана чыгымдары менен</translation>
        </message>
        <message>
            <source>Excel: indicator matrix</source>
            <translation>Excel: индикаторлордун матрицасы</translation>
        </message>
        <message>
            <source>Quarterly monitoring report (PDF)</source>
            <translation>Чейректик мониторинг отчету (PDF)</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>The workbook covers every period of the programme.</source>
            <translation>Excel файлы программанын бардык мезгилдерин камтыйт.</translation>
        </message>
        <message>
            <source>The period is not approved yet: the report is marked as a draft and cannot be signed.</source>
            <translation>Мезгил азырынча бекитиле элек: отчет долбоор катары белгиленет жана ага кол коюуга болбойт.</translation>
        </message>
        <message>
            <source>The period is approved: the report can be signed after it is built.</source>
            <translation>Мезгил бекитилген: отчет түзүлгөндөн кийин ага кол коюуга болот.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF документтери (*.pdf)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG сүрөттөрү (*.png)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel файлдары (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the report as</source>
            <translation>Отчетту сактоо</translation>
        </message>
        <message>
            <source>Building {what}…</source>
            <translation>Түзүлүүдө: {what}…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Токтотулду</translation>
        </message>
        <message>
            <source>The build was cancelled; no file was written.</source>
            <translation>Түзүү токтотулду; файл жазылган жок.</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>Файлды жазуу мүмкүн болгон жок: {error}</translation>
        </message>
        <message>
            <source>Close the file if another program has it open, or choose another folder. Nothing in the database was changed.</source>
            <translation>Файл башка программада ачык болсо, аны жабыңыз же башка папканы тандаңыз. Маалымат базасында эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <source>The file cannot be shown</source>
            <translation>Файлды көрсөтүү мүмкүн эмес</translation>
        </message>
        <message>
            <source>The Excel workbook is ready</source>
            <translation>Excel файлы даяр</translation>
        </message>
        <message>
            <source>Open it with Excel or LibreOffice Calc: “Open the file” on the left.</source>
            <translation>Аны Excel же LibreOffice Calc менен ачыңыз: сол жактагы «Файлды ачуу» баскычы.</translation>
        </message>
        <message>
            <source>The system could not open the file.</source>
            <translation>Система файлды ача алган жок.</translation>
        </message>
        <message>
            <source>The system could not open the folder.</source>
            <translation>Система папканы ача алган жок.</translation>
        </message>
        <message>
            <source>Choose the report to sign</source>
            <translation>Кол коюла турган отчетту тандаңыз</translation>
        </message>
        <message>
            <source>PDF reports (*.pdf)</source>
            <translation>PDF отчеттор (*.pdf)</translation>
        </message>
        <message>
            <source>This PDF is not a report built by meapp, so it cannot be signed here.</source>
            <translation>Бул PDF meapp түзгөн отчет эмес, ошондуктан ага бул жерде кол коюуга болбойт.</translation>
        </message>
        <message>
            <source>Folder for the website pack</source>
            <translation>Сайттын топтому үчүн папка</translation>
        </message>
        <message>
            <source>The report {file} is published with its SHA-256.</source>
            <translation>{file} отчету SHA-256 суммасы менен жарыяланды.</translation>
        </message>
        <message>
            <source>No report of this period was built here, so the pages say it is not published yet: build and sign it, then make the pack again.</source>
            <translation>Бул мезгилдин отчету бул жерде түзүлгөн эмес, ошондуктан барактарда ал азырынча жарыялана элек деп жазылган: отчетту түзүп, кол коюп, топтомду кайра жасаңыз.</translation>
        </message>
        <message>
            <source>The website pack is in {folder}: upload the whole folder, or open index.html.</source>
            <translation>Сайттын топтому {folder} папкасында: папканы толугу менен сайтка жүктөңүз же index.html ачыңыз.</translation>
        </message>
        <message>
            <source>Writing the website pack…</source>
            <translation>Сайттын топтому жазылууда…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчеттор</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программа азырынча жок</translation>
        </message>
        <message>
            <source>Create a programme or import one from Excel on the Plan page; then its reports can be built here.</source>
            <translation>«План» барагында программа түзүңүз же аны Excel'ден импорттоңуз; андан кийин анын отчетторун ушул жерде түзүүгө болот.</translation>
        </message>
        <message>
            <source>Build a report to see its pages here</source>
            <translation>Беттерин ушул жерден көрүү үчүн отчет түзүңүз</translation>
        </message>
        <message>
            <source>Choose what to build on the left and press Build…</source>
            <translation>Сол жактан эмнени түзүүнү тандап, «Түзүү…» баскычын басыңыз</translation>
        </message>
        <message>
            <source>&amp;What to build</source>
            <translation>&amp;Эмне түзүлөт</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Мезгил</translation>
        </message>
        <message>
            <source>&amp;Language of the report</source>
            <translation>Отчеттун &amp;тили</translation>
        </message>
        <message>
            <source>&amp;Build…</source>
            <translation>&amp;Түзүү…</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>Файлды &amp;ачуу</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>&amp;Папкада көрсөтүү</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Кол коюу…</translation>
        </message>
        <message>
            <source>Sign a half-year or annual report of an approved period: the one just built, or a report file you choose (to countersign)</source>
            <translation>Бекитилген мезгилдин жарым жылдык же жылдык отчетуна кол коюу: жаңы эле түзүлгөнүнө же сиз тандаган отчет файлына (экинчи кол тамга үчүн)</translation>
        </message>
        <message>
            <source>Sign a half-year or annual report of an approved period</source>
            <translation type="vanished">Бекитилген мезгилдин жарым жылдык же жылдык отчетуна кол коюу</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF…</source>
            <translation>Кол коюлган PDF'ти &amp;текшерүү…</translation>
        </message>
        <message>
            <source>&amp;Website pack…</source>
            <translation>&amp;Сайт үчүн топтом…</translation>
        </message>
        <message>
            <source>Pages in Kyrgyz and Russian, the report with its SHA-256 and open data (CSV, JSON) for the municipality's website</source>
            <translation>Муниципалитеттин сайты үчүн кыргызча жана орусча барактар, SHA-256 суммасы менен отчет жана ачык маалыматтар (CSV, JSON)</translation>
        </message>
        <message>
            <source>Built lately</source>
            <translation>Акыркы түзүлгөн файлдар</translation>
        </message>
        <message>
            <source>No file built yet</source>
            <translation>Азырынча файл түзүлө элек</translation>
        </message>
        <message>
            <source>Here you will build the half-year report, the annual report and the citizen summary as PDF in Kyrgyz, Russian or English, export Excel tables, sign reports and verify signed files.</source>
            <translation type="vanished">Бул жерде жарым жылдык отчетту, жылдык отчетту жана жарандар үчүн кыскача отчетту кыргыз, орус же англис тилинде PDF түрүндө түзүп, Excel таблицаларын экспорттоп, отчетторго кол коюп жана кол коюлган файлдарды текшересиз.</translation>
        </message>
    </context>
    <context>
        <name>RiskDialog</name>
        <message>
            <source>Edit the risk</source>
            <translation>Тобокелдикти өзгөртүү</translation>
        </message>
        <message>
            <source>New risk</source>
            <translation>Жаңы тобокелдик</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>&amp;Тобокелдик:</translation>
        </message>
        <message>
            <source>&amp;Likelihood (1–5):</source>
            <translation>&amp;Ыктымалдуулук (1–5):</translation>
        </message>
        <message>
            <source>&amp;Impact (1–5):</source>
            <translation>Таа&amp;сири (1–5):</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Балл:</translation>
        </message>
        <message>
            <source>&amp;Mitigation:</source>
            <translation>Төмөндөтүү &amp;чарасы:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Жооптуу:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Абалы:</translation>
        </message>
    </context>
    <context>
        <name>RiskTableModel</name>
        <message>
            <source>Risk</source>
            <translation>Тобокелдик</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Ыктымалдуулук</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Таасири</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Жооптуу</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Төмөндөтүү чарасы</translation>
        </message>
    </context>
    <context>
        <name>RisksPage</name>
        <message>
            <source>Risks</source>
            <translation type="vanished">Тобокелдиктер</translation>
        </message>
        <message>
            <source>Here you will keep the risks of the programme with their likelihood, impact and mitigation, and the SWOT analysis: strengths, weaknesses, opportunities and threats.</source>
            <translation type="vanished">Бул жерде программанын тобокелдиктерин ыктымалдуулугу, таасири жана төмөндөтүү чаралары менен, ошондой эле SWOT талдоосун жүргүзөсүз: күчтүү жактары, алсыз жактары, мүмкүнчүлүктөр жана коркунучтар.</translation>
        </message>
        <message>
            <source>Add to: {list}</source>
            <translation>Кошуу: {list}</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>Edit: {list}</source>
            <translation>Өзгөртүү: {list}</translation>
        </message>
        <message>
            <source>Delete this item from {list}?</source>
            <translation>Бул пунктту «{list}» тизмесинен өчүрөсүзбү?</translation>
        </message>
        <message>
            <source>Delete this risk from the register?</source>
            <translation>Бул тобокелдикти реестрден өчүрөсүзбү?</translation>
        </message>
        <message numerus="yes">
            <source>Risk register: %n risks</source>
            <translation>
                <numerusform>Тобокелдиктердин реестри: %n тобокелдик</numerusform>
                <numerusform>Тобокелдиктердин реестри: %n тобокелдик</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n high and not closed</source>
            <translation>
                <numerusform>%n жогорку, жабыла элек</numerusform>
                <numerusform>%n жогорку, жабыла элек</numerusform>
            </translation>
        </message>
        <message>
            <source>SWOT analysis and risks</source>
            <translation>SWOT-талдоо жана тобокелдиктер</translation>
        </message>
        <message>
            <source>You can read this page; the chair or an administrator changes it.</source>
            <translation>Бул баракты окуй аласыз; аны төрага же администратор өзгөртөт.</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программа азырынча жок</translation>
        </message>
        <message>
            <source>The SWOT analysis and the risk register belong to a programme. Create one with File → New programme, or import the action plan on the Plan page.</source>
            <translation>SWOT-талдоо жана тобокелдиктердин реестри программага таандык. Программаны Файл → Жаңы программа аркылуу түзүңүз же «План» барагында иш-чаралар планын импорттоңуз.</translation>
        </message>
        <message>
            <source>&amp;Add risk…</source>
            <translation>Тобокелдик &amp;кошуу…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Өзгөртүү…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ө&amp;чүрүү</translation>
        </message>
        <message>
            <source>Open risks</source>
            <translation>Ачык тобокелдиктер</translation>
        </message>
        <message>
            <source>↑ likelihood · impact →</source>
            <translation>↑ ыктымалдуулук · таасири →</translation>
        </message>
        <message>
            <source>How many open risks sit in each cell: likelihood in the rows (5 at the top), impact in the columns. Closed risks are not counted.</source>
            <translation>Ар бир уячадагы ачык тобокелдиктердин саны: саптарда ыктымалдуулук (5 — жогоруда), мамычаларда таасири. Жабылган тобокелдиктер эсепке алынбайт.</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change the role</source>
            <translation>Ролду өзгөртүү</translation>
        </message>
        <message>
            <source>User: {name} ({login})</source>
            <translation>Колдонуучу: {name} ({login})</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Ролу:</translation>
        </message>
    </context>
    <context>
        <name>SetPasswordDialog</name>
        <message>
            <source>Set a new password</source>
            <translation>Жаңы сырсөз коюу</translation>
        </message>
        <message>
            <source>User: {name} ({login}). Their signing key keeps its old password.</source>
            <translation>Колдонуучу: {name} ({login}). Анын кол коюу ачкычы эски сырсөзү менен калат.</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>Жаңы &amp;сырсөз:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Сырсөз ка&amp;йра:</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Folder for backups</source>
            <translation>Камдык көчүрмөлөр үчүн папка</translation>
        </message>
        <message>
            <source>The backup is saved.</source>
            <translation type="vanished">Камдык көчүрмө сакталды.</translation>
        </message>
        <message>
            <source>Saving a backup…</source>
            <translation>Камдык көчүрмө сакталууда…</translation>
        </message>
        <message>
            <source>made by the database server</source>
            <translation>маалымат базасынын сервери жасайт</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>азырынча жок</translation>
        </message>
        <message>
            <source>progress {green} or more</source>
            <translation>жетишкендик {green} же андан көп</translation>
        </message>
        <message>
            <source>progress from {amber} to {green}</source>
            <translation>жетишкендик {amber} – {green}</translation>
        </message>
        <message>
            <source>progress below {amber}</source>
            <translation>жетишкендик {amber}дан төмөн</translation>
        </message>
        <message>
            <source>no actual value for the period</source>
            <translation>мезгил үчүн иш жүзүндөгү маани жок</translation>
        </message>
        <message>
            <source>a value far off its series or outside its unit: left out of the roll-ups until an evaluator confirms or corrects it</source>
            <translation>маани өз катарынан алыс же бирдигине туура келбейт: баалоочу ырастамайынча же оңдомойунча жалпы эсептөөлөргө кирбейт</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Жөндөөлөр</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тил</translation>
        </message>
        <message>
            <source>&amp;Language of the program:</source>
            <translation>Программанын &amp;тили:</translation>
        </message>
        <message>
            <source>The new language applies at once, and again at the next start.</source>
            <translation>Жаңы тил дароо колдонулат жана кийинки ачылганда да сакталат.</translation>
        </message>
        <message>
            <source>Traffic lights of the programme</source>
            <translation>Программанын светофор чектери</translation>
        </message>
        <message>
            <source>Progress is (actual − baseline) / (target − baseline). The thresholds belong to the programme; an administrator changes them with the plan.</source>
            <translation>Жетишкендик = (факт − базалык маани) / (максат − базалык маани). Чектер программага таандык; аларды администратор план менен бирге өзгөртөт.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Камдык көчүрмөлөр</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>Камдык көчүрмөлөрдүн &amp;папкасы:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Тандоо…</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>&amp;Азыр камдык көчүрмө жасоо</translation>
        </message>
        <message>
            <source>Last backup:</source>
            <translation>Акыркы камдык көчүрмө:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Маалыматтар папкасы:</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Камдык көчүрмөлөр:</translation>
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
            <translation>Эки терезе тең аны менен бир убакта иштей алат, бирок ар бири экинчисинин өзгөртүүлөрүн кайра жүктөлгөндөн кийин гана көрсөтөт, ал эми экөө тең ачык турганда камдык көчүрмөдөн калыбына келтирүүгө болбойт. Мурунтан ачык турган терезеде улантыңыз (бул терезе жабылат) же маалымат базасын бул жерде да ачыңыз.</translation>
        </message>
        <message>
            <source>&amp;Use the open window</source>
            <translation>&amp;Ачык терезени колдонуу</translation>
        </message>
        <message>
            <source>&amp;Open here as well</source>
            <translation>&amp;Бул жерде да ачуу</translation>
        </message>
        <message>
            <source>{file} is already open in another meapp window (process {pid}).</source>
            <translation>{file} башка meapp терезесинде ачык турат (процесс {pid}).</translation>
        </message>
    </context>
    <context>
        <name>SigningDialogs</name>
        <message>
            <source>unknown</source>
            <translation>белгисиз</translation>
        </message>
        <message>
            <source>self-signed (made in meapp)</source>
            <translation>өзү кол койгон (meapp'та түзүлгөн)</translation>
        </message>
        <message>
            <source>Checking the signatures…</source>
            <translation>Кол тамгалар текшерилүүдө…</translation>
        </message>
        <message>
            <source>Sign the report</source>
            <translation>Отчетко кол коюу</translation>
        </message>
        <message>
            <source>Signing the report…</source>
            <translation>Отчетко кол коюлууда…</translation>
        </message>
        <message>
            <source>An unknown signer's signature can still be intact; add their certificate to the trusted signatories (My signing identity…) to confirm who they are.</source>
            <translation type="vanished">Белгисиз кол коюучунун кол тамгасы да бузулбаган болушу мүмкүн; анын ким экенин ырастоо үчүн сертификатын ишенимдүү кол коюучуларга кошуңуз (Менин кол коюу ачкычым…).</translation>
        </message>
        <message>
            <source>Verify a signed PDF</source>
            <translation>Кол коюлган PDF'ти текшерүү</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>PDF файлдар (*.pdf);;Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>Replace your signing identity?</source>
            <translation>Кол коюу ачкычыңызды алмаштырасызбы?</translation>
        </message>
        <message>
            <source>Reports you signed stay valid, but new signatures will carry the new certificate: send it again to those who trust yours.</source>
            <translation>Мурда кол койгон отчетторуңуз жарактуу бойдон калат, бирок жаңы кол тамгалар жаңы сертификатты алып жүрөт: аны сизге ишенгендерге кайра жөнөтүңүз.</translation>
        </message>
        <message>
            <source>Making a key and a certificate…</source>
            <translation>Ачкыч жана сертификат түзүлүүдө…</translation>
        </message>
        <message>
            <source>Your signing identity is ready.</source>
            <translation>Кол коюу ачкычыңыз даяр.</translation>
        </message>
        <message>
            <source>Export the certificate and give it to those who check your signatures, so they see you as a trusted signer.</source>
            <translation>Сертификатты экспорттоп, кол тамгаларыңызды текшергендерге бериңиз: ошондо алар сизди ишенимдүү кол коюучу катары көрүшөт.</translation>
        </message>
        <message>
            <source>Import a signing identity</source>
            <translation>Кол коюу ачкычын импорттоо</translation>
        </message>
        <message>
            <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
            <translation>PKCS#12 файлдар (*.p12 *.pfx);;Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>Your password to protect the key in meapp (your login password is best):</source>
            <translation>meapp'тагы ачкычты коргоочу сырсөзүңүз (кирүү сырсөзүңүз эң ылайыктуу):</translation>
        </message>
        <message>
            <source>The same password again:</source>
            <translation>Ошол эле сырсөз дагы бир жолу:</translation>
        </message>
        <message>
            <source>Importing the signing identity…</source>
            <translation>Кол коюу ачкычы импорттолууда…</translation>
        </message>
        <message>
            <source>Export my certificate</source>
            <translation>Сертификатымды экспорттоо</translation>
        </message>
        <message>
            <source>Certificate (*.pem *.cer *.crt *.der)</source>
            <translation>Сертификат (*.pem *.cer *.crt *.der)</translation>
        </message>
        <message>
            <source>It holds no secret: send it to those who check your signatures.</source>
            <translation>Анда эч кандай сыр жок: аны кол тамгаларыңызды текшергендерге жөнөтүңүз.</translation>
        </message>
        <message>
            <source>Trust a signatory's certificate</source>
            <translation>Кол коюучунун сертификатына ишенүү</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
            <translation>Сертификаттар (*.pem *.cer *.crt *.der);;Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>My signing identity</source>
            <translation>Менин кол коюу ачкычым</translation>
        </message>
        <message>
            <source>Trusted signatories</source>
            <translation>Ишенимдүү кол коюучулар</translation>
        </message>
        <message>
            <source>Current identity</source>
            <translation>Учурдагы ачкыч</translation>
        </message>
        <message>
            <source>&amp;Import a PKCS#12 file…</source>
            <translation>PKCS#12 файлын &amp;импорттоо…</translation>
        </message>
        <message>
            <source>&amp;Export my certificate…</source>
            <translation>Сертификатымды &amp;экспорттоо…</translation>
        </message>
        <message>
            <source>Create a new identity (key and certificate)</source>
            <translation>Жаңы ачкыч түзүү (ачкыч жана сертификат)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Аты-жөнү:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Кызматы:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Уюм:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Сырсөз:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>Сырсөздү &amp;кайталаңыз:</translation>
        </message>
        <message>
            <source>&amp;Valid for (years):</source>
            <translation>&amp;Жарактуулук мөөнөтү (жыл):</translation>
        </message>
        <message>
            <source>The name, position and organisation come from your user profile. Use your login password: meapp then re-protects the key when you change it.</source>
            <translation>Аты-жөнү, кызматы жана уюму колдонуучу профилиңизден алынат. Кирүү сырсөзүңүздү колдонуңуз: аны өзгөрткөндө meapp ачкычты кайра коргойт.</translation>
        </message>
        <message>
            <source>Signatures by these people show as trusted. The users of this database count as trusted too.</source>
            <translation>Бул адамдардын кол тамгалары ишенимдүү деп көрсөтүлөт. Бул маалымат базасынын колдонуучулары да ишенимдүү деп эсептелет.</translation>
        </message>
        <message>
            <source>No trusted certificates yet. Add the certificate file a colleague exported.</source>
            <translation>Ишенимдүү сертификаттар азырынча жок. Кесиптешиңиз экспорттогон сертификат файлын кошуңуз.</translation>
        </message>
        <message>
            <source>&amp;Add a certificate…</source>
            <translation>Сертификат &amp;кошуу…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ө&amp;чүрүү</translation>
        </message>
        <message>
            <source>Name: {name}</source>
            <translation>Аты-жөнү: {name}</translation>
        </message>
        <message>
            <source>Issued by: {issuer}</source>
            <translation>Берген: {issuer}</translation>
        </message>
        <message>
            <source>Valid from {start} to {end}</source>
            <translation>{start} баштап {end} чейин жарактуу</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256): {sha256}</source>
            <translation>Санариптик изи (SHA-256): {sha256}</translation>
        </message>
        <message>
            <source>Not a meapp report: no data fingerprint.</source>
            <translation>meapp отчету эмес: маалыматтын санариптик изи жок.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Кол коюучу</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>Кол коюлган убакыт</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Кол тамга</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Signer known</source>
            <translation>Кол коюучу белгилүүбү</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Талаа</translation>
        </message>
        <message>
            <source>Log in to keep a signing identity.</source>
            <translation>Кол коюу ачкычын сактоо үчүн системага кириңиз.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Түзүү</translation>
        </message>
        <message>
            <source>Replace with a new one</source>
            <translation>Жаңысы менен алмаштыруу</translation>
        </message>
        <message>
            <source>Their signatures will show as by an unknown signer.</source>
            <translation>Алардын кол тамгалары белгисиз кол коюучунуку катары көрсөтүлөт.</translation>
        </message>
        <message>
            <source>Name and position</source>
            <translation>Аты-жөнү жана кызматы</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Жарактуу мөөнөтү</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Кызматы: {position}</translation>
        </message>
        <message>
            <source>Organisation: {organisation}</source>
            <translation>Уюм: {organisation}</translation>
        </message>
        <message>
            <source>Password of your signing identity ({login}):</source>
            <translation>Кол коюу ачкычыңыздын сырсөзү ({login}):</translation>
        </message>
        <message>
            <source>The report is signed by {who}.</source>
            <translation>Отчетко {who} кол койду.</translation>
        </message>
        <message>
            <source>The signature is in the field {field} of {file}. Anyone can check it in meapp, in Adobe Reader or with pdfsig.</source>
            <translation>Кол тамга {file} файлынын {field} талаасында. Аны ар ким meapp'та, Adobe Reader'де же pdfsig менен текшере алат.</translation>
        </message>
        <message>
            <source>Signatures of {file}</source>
            <translation>{file} файлынын кол тамгалары</translation>
        </message>
        <message>
            <source>{login} does not hold this box: it is another role's.</source>
            <translation>Бул талаа {login} үчүн эмес: ал башка ролго таандык.</translation>
        </message>
        <message>
            <source>The certificate (SHA-256 {sha256}) is not in your list of trusted signatories.</source>
            <translation>Сертификат (SHA-256 {sha256}) сиздин ишенимдүү кол коюучулар тизмеңизде жок.</translation>
        </message>
        <message>
            <source>The certificate is not in your list of trusted signatories.</source>
            <translation type="vanished">Сертификат ишенимдүү кол коюучуларыңыздын тизмесинде жок.</translation>
        </message>
        <message>
            <source>You have no signing identity yet. Create one below, or import the PKCS#12 file (.p12, .pfx) a certificate authority gave you.</source>
            <translation>Сизде азырынча кол коюу ачкычы жок. Төмөндө түзүңүз же күбөлүк борбору берген PKCS#12 файлын (.p12, .pfx) импорттоңуз.</translation>
        </message>
        <message>
            <source>Password of {file}:</source>
            <translation>{file} файлынын сырсөзү:</translation>
        </message>
        <message>
            <source>Anyone can make a certificate in any name, so a signature by an unknown signer makes the report not valid even when it is intact. If the certificate is theirs (compare its SHA-256 with them), add it to the trusted signatories (My signing identity…).</source>
            <translation>Ар ким каалаган адамдын атына сертификат жасай алат, ошондуктан белгисиз кол коюучунун кол тамгасы бүтүн болсо да отчетту жараксыз кылат. Эгер сертификат ошол адамдыкы болсо (анын SHA-256 изин өзү менен салыштырыңыз), аны ишенимдүү кол коюучуларга кошуңуз (Менин кол коюу ачкычым…).</translation>
        </message>
        <message>
            <source>This database does not hold the report's programme: its figures were not compared with approved data.</source>
            <translation>Бул маалымат базасында отчеттун программасы жок: анын сандары бекитилген маалыматтар менен салыштырылган жок.</translation>
        </message>
        <message>
            <source>Only the chair of the working group and the mayor sign reports, so you need no signing identity. You can still trust colleagues' certificates.</source>
            <translation>Отчетторго жумушчу топтун төрагасы жана мэр гана кол коёт, ошондуктан сизге кол коюу ачкычы керек эмес. Кесиптештердин сертификаттарын ишенимдүү катары кошо аласыз.</translation>
        </message>
        <message>
            <source>Your signing identity was imported from {file}.</source>
            <translation>Кол коюу ачкычыңыз {file} файлынан импорттолду.</translation>
        </message>
        <message>
            <source>Certificate written: {file}</source>
            <translation>Сертификат жазылды: {file}</translation>
        </message>
        <message>
            <source>Trusted: {name}</source>
            <translation>Ишенимдүү: {name}</translation>
        </message>
        <message>
            <source>{mark} {file} carries no signature.</source>
            <translation>{mark} {file} файлында кол тамга жок.</translation>
        </message>
        <message>
            <source>{mark} Valid: {n} signature(s), all intact; nothing was changed after signing.</source>
            <translation type="vanished">{mark} Жарактуу: {n} кол тамга, баары бузулбаган; кол коюлгандан кийин эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <source>{mark} NOT VALID: a signature is broken or the file was changed after signing.</source>
            <translation type="vanished">{mark} ЖАРАКСЫЗ: кол тамга бузулган же файл кол коюлгандан кийин өзгөртүлгөн.</translation>
        </message>
        <message>
            <source>Report of the period {period}; data fingerprint {fingerprint}</source>
            <translation>{period} мезгилинин отчету; маалыматтын санариптик изи {fingerprint}</translation>
        </message>
        <message>
            <source>The figures are the approved data of this database.</source>
            <translation>Сандар бул маалымат базасынын бекитилген маалыматтары менен дал келет.</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>бузулган эмес</translation>
        </message>
        <message>
            <source>broken: the signed content was altered</source>
            <translation>бузулган: кол коюлган мазмун өзгөртүлгөн</translation>
        </message>
        <message>
            <source>changed after signing</source>
            <translation>кол коюлгандан кийин өзгөртүлгөн</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>ишенимдүү</translation>
        </message>
        <message>
            <source>unknown signer</source>
            <translation>белгисиз кол коюучу</translation>
        </message>
        <message>
            <source>Stop trusting {name}?</source>
            <translation>{name} ишенимдүүлөрдөн чыгарылсынбы?</translation>
        </message>
        <message>
            <source>{mark} Valid: {n} signature(s), all intact and by trusted signers; nothing was changed after signing.</source>
            <translation>{mark} Жарактуу: {n} кол тамга, баары бүтүн жана ишенимдүү кол коюучулардыкы; кол коюлгандан кийин эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <source>{mark} NOT VALID: {reason}</source>
            <translation>{mark} ЖАРАКСЫЗ: {reason}</translation>
        </message>
        <message>
            <source>Create your signing identity now? It takes a minute.</source>
            <translation>Кол коюу ачкычыңызды азыр түзөсүзбү? Бир мүнөт гана кетет.</translation>
        </message>
        <message>
            <source>covers the whole document</source>
            <translation>бүт документти камтыйт</translation>
        </message>
        <message>
            <source>later only further signatures were added</source>
            <translation>кийин башка кол тамгалар гана кошулган</translation>
        </message>
    </context>
    <context>
        <name>SummaryProgress</name>
        <message>
            <source>Computing summaries: {done} of {total}</source>
            <translation>Жыйынтыктар эсептелүүдө: {total} ичинен {done}</translation>
        </message>
    </context>
    <context>
        <name>SwotBox</name>
        <message>
            <source>Add…</source>
            <translation>Кошуу…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Өзгөртүү…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Жогору жылдыруу</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Төмөн жылдыруу</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <source>Revise target</source>
            <translation>Максатты түзөтүү</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Акыркы максат</translation>
        </message>
        <message>
            <source>e.g. 1 250,5</source>
            <translation>мисалы, 1 250,5</translation>
        </message>
        <message>
            <source>e.g. council resolution No. 12 of 05.03.2025</source>
            <translation>мисалы, кеңештин 05.03.2025-жылдагы №12 токтому</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Мезгил:</translation>
        </message>
        <message>
            <source>&amp;New target ({unit}):</source>
            <translation>&amp;Жаңы максат ({unit}):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Себеби:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Чечим:</translation>
        </message>
        <message>
            <source>Earlier revisions of this indicator</source>
            <translation>Бул индикатордун мурунку түзөтүүлөрү</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Качан</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Мезгил</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Мурун → кийин</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ким</translation>
        </message>
        <message>
            <source>Reason and decision</source>
            <translation>Себеби жана чечим</translation>
        </message>
    </context>
    <context>
        <name>TargetsModel</name>
        <message>
            <source>An approved period: its targets change only through a target revision.</source>
            <translation>Бекитилген мезгил: анын максаттары максаттарга түзөтүү киргизүү аркылуу гана өзгөрөт.</translation>
        </message>
        <message>
            <source>Derived from the year's target; type a value to set it.</source>
            <translation>Жылдын максатынан эсептелди; белгилөө үчүн маани жазыңыз.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <source>Year target</source>
            <translation>Жылдык максат</translation>
        </message>
        <message>
            <source>I half-year</source>
            <translation>I жарым жылдык</translation>
        </message>
        <message>
            <source>II half-year</source>
            <translation>II жарым жылдык</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>{year} H1</source>
            <translation>{year} I ж.</translation>
        </message>
        <message>
            <source>{year} H2</source>
            <translation>{year} II ж.</translation>
        </message>
        <message>
            <source>{year} Q1</source>
            <translation>{year} 1-ч.</translation>
        </message>
        <message>
            <source>{year} Q2</source>
            <translation>{year} 2-ч.</translation>
        </message>
        <message>
            <source>{year} Q3</source>
            <translation>{year} 3-ч.</translation>
        </message>
        <message>
            <source>{year} Q4</source>
            <translation>{year} 4-ч.</translation>
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
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Кызматы</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ролу</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Каттоо эсеби</translation>
        </message>
        <message>
            <source>Last recorded action</source>
            <translation>Акыркы катталган аракет</translation>
        </message>
        <message>
            <source>When the user last changed something, from the audit trail</source>
            <translation>Колдонуучу акыркы жолу качан бир нерсени өзгөрткөнү, аудит журналы боюнча</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активдүү</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>бөгөттөлгөн</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>A&amp;ctivate</source>
            <translation>Бөгөттөн &amp;чыгаруу</translation>
        </message>
        <message>
            <source>De&amp;activate</source>
            <translation>&amp;Бөгөттөө</translation>
        </message>
        <message>
            <source>Select a user to see what their role allows.</source>
            <translation>Ролу эмнеге уруксат берерин көрүү үчүн колдонуучуну тандаңыз.</translation>
        </message>
        <message>
            <source>A user with the role {role} may: {rights}.</source>
            <translation>«{role}» ролундагы колдонуучу: {rights}.</translation>
        </message>
        <message>
            <source>Deactivate {name} ({login})?</source>
            <translation>{name} ({login}) бөгөттөлсүнбү?</translation>
        </message>
        <message>
            <source>They can no longer log in; their name stays in the history.</source>
            <translation>Ал мындан ары кире албайт; анын аты тарыхта калат.</translation>
        </message>
        <message>
            <source>The new password of {login} is set.</source>
            <translation>{login} үчүн жаңы сырсөз коюлду.</translation>
        </message>
        <message>
            <source>Tell it to them in person; they can change it on this page.</source>
            <translation>Аны колдонуучуга өзүңүз айтыңыз; ал аны ушул баракта өзгөртө алат.</translation>
        </message>
        <message>
            <source>Your password is changed.</source>
            <translation>Сырсөзүңүз өзгөртүлдү.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Колдонуучулар</translation>
        </message>
        <message>
            <source>Change &amp;my password…</source>
            <translation>Сырсөзүмдү &amp;өзгөртүү…</translation>
        </message>
        <message>
            <source>Viewing only: nothing can be changed here.</source>
            <translation>Көрүү гана: бул жерде эч нерсе өзгөртүлбөйт.</translation>
        </message>
        <message>
            <source>Set-up mode: nobody has logged in. Add the first user, an administrator with a password; from the next start everybody logs in.</source>
            <translation>Жөндөө режими: эч ким кирген жок. Биринчи колдонуучуну — сырсөзү бар администраторду кошуңуз; кийинки ишке киргизүүдөн баштап ар ким өз логини менен кирет.</translation>
        </message>
        <message>
            <source>Add a user for each member of the working group. A deactivated user can no longer log in; their name stays in the history.</source>
            <translation>Жумушчу топтун ар бир мүчөсү үчүн колдонуучу кошуңуз. Бөгөттөлгөн колдонуучу мындан ары кире албайт; анын аты тарыхта калат.</translation>
        </message>
        <message>
            <source>Only an administrator adds users and changes roles.</source>
            <translation>Колдонуучуларды администратор гана кошот жана ролдорду өзгөртөт.</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>Колдонуучу &amp;кошуу…</translation>
        </message>
        <message>
            <source>&amp;Name and position…</source>
            <translation>&amp;Аты-жөнү жана кызматы…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>&amp;Ролду өзгөртүү…</translation>
        </message>
        <message>
            <source>Set a new &amp;password…</source>
            <translation>Жаңы &amp;сырсөз коюу…</translation>
        </message>
        <message>
            <source>Here the administrator will add users, give them roles (viewer, editor, evaluator, administrator) and reset passwords.</source>
            <translation type="vanished">Бул жерде администратор колдонуучуларды кошот, аларга ролдорду берет (көрүүчү, маалымат киргизүүчү, баалоочу, администратор) жана сырсөздөрдү жаңыртат.</translation>
        </message>
    </context>
    <context>
        <name>WebsiteBox</name>
        <message>
            <source>Reports</source>
            <translation>Отчеттор</translation>
        </message>
        <message>
            <source>Municipality's &amp;website:</source>
            <translation>Муниципалитеттин &amp;сайты:</translation>
        </message>
        <message>
            <source>The citizen summary prints a QR code that opens this address with the fingerprint of its figures, so citizens can check a printed sheet against the approved figures. Left empty, the code holds the fingerprint only.</source>
            <translation>Жарандар үчүн кыскача отчетко бул даректи сандардын санариптик изи менен ачкан QR-код басылат: жарандар басылган баракты бекитилген сандар менен салыштыра алышат. Бош калса, коддо санариптик из гана болот.</translation>
        </message>
    </context>
    <context>
        <name>WorkingGroupPage</name>
        <message>
            <source>Working group</source>
            <translation type="vanished">Жумушчу топ</translation>
        </message>
        <message>
            <source>Here you will keep the monitoring working group: the order that formed it, its members with their positions and sides, and the check of the shares of women and youth.</source>
            <translation type="vanished">Бул жерде мониторинг жана баалоо боюнча жумушчу топту жүргүзөсүз: топту түзүү жөнүндө буйрук, мүчөлөрдүн кызматтары жана тараптары, аялдар менен жаштардын үлүшүн текшерүү.</translation>
        </message>
        <message>
            <source>Monitoring working group</source>
            <translation>Мониторинг жана баалоо боюнча жумушчу топ</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Мүчөлөр</translation>
        </message>
        <message>
            <source>Hearings and meetings</source>
            <translation>Угуулар жана жыйындар</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Коомдук текшерүүлөр</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Программа азырынча жок</translation>
        </message>
        <message>
            <source>The working group belongs to a programme. Import the programme's plan from Excel or create the demo programme first.</source>
            <translation>Жумушчу топ программага таандык. Адегенде программанын планын Excel'ден импорттоңуз же демо программаны түзүңүз.</translation>
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
            <translation>план пункту</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>индикатор</translation>
        </message>
        <message>
            <source>target</source>
            <translation>максат</translation>
        </message>
        <message>
            <source>target revision</source>
            <translation>максатты түзөтүү</translation>
        </message>
        <message>
            <source>actual value</source>
            <translation>иш жүзүндөгү маани</translation>
        </message>
        <message>
            <source>measure progress</source>
            <translation>иш-чаранын аткарылышы</translation>
        </message>
        <message>
            <source>measure budget</source>
            <translation>иш-чаранын бюджети</translation>
        </message>
        <message>
            <source>measure budget of a year</source>
            <translation>иш-чаранын бир жылдык бюджети</translation>
        </message>
        <message>
            <source>measure spending</source>
            <translation>иш-чаранын чыгашасы</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>далил</translation>
        </message>
        <message>
            <source>reporting deadline</source>
            <translation>отчет берүү мөөнөтү</translation>
        </message>
        <message>
            <source>reporting round</source>
            <translation>отчеттук мезгил</translation>
        </message>
        <message>
            <source>evaluation</source>
            <translation>баалоо</translation>
        </message>
        <message>
            <source>report</source>
            <translation>отчет</translation>
        </message>
        <message>
            <source>user</source>
            <translation>колдонуучу</translation>
        </message>
        <message>
            <source>SWOT item</source>
            <translation>SWOT пункту</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>тобокелдик</translation>
        </message>
        <message>
            <source>working group</source>
            <translation>жумушчу топ</translation>
        </message>
        <message>
            <source>working group member</source>
            <translation>жумушчу топтун мүчөсү</translation>
        </message>
        <message>
            <source>exchange package</source>
            <translation>алмашуу пакети</translation>
        </message>
        <message>
            <source>database</source>
            <translation>маалымат базасы</translation>
        </message>
        <message>
            <source>public check</source>
            <translation>коомдук текшерүү</translation>
        </message>
        <message>
            <source>hearing or meeting</source>
            <translation>угуу же жыйын</translation>
        </message>
        <message>
            <source>proposal</source>
            <translation>сунуш</translation>
        </message>
        <message>
            <source>created</source>
            <translation>түзүлдү</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгөртүлдү</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>өчүрүлдү</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>импорттолду</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>жөнөтүлдү</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>бекитилди</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>кайра ачылды</translation>
        </message>
        <message>
            <source>role changed</source>
            <translation>ролу өзгөртүлдү</translation>
        </message>
        <message>
            <source>activated</source>
            <translation>бөгөттөн чыгарылды</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>бөгөттөлдү</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>сырсөз өзгөртүлдү</translation>
        </message>
        <message>
            <source>password reset</source>
            <translation>сырсөз жаңыртылды</translation>
        </message>
        <message>
            <source>signing identity created</source>
            <translation>кол коюу ачкычы түзүлдү</translation>
        </message>
        <message>
            <source>signing identity imported</source>
            <translation>кол коюу ачкычы импорттолду</translation>
        </message>
        <message>
            <source>signing identity deleted</source>
            <translation>кол коюу ачкычы өчүрүлдү</translation>
        </message>
        <message>
            <source>report signed</source>
            <translation>отчетко кол коюлду</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>жылдырылды</translation>
        </message>
        <message>
            <source>created (several)</source>
            <translation>түзүлдү (бир нечеси)</translation>
        </message>
        <message>
            <source>package exported</source>
            <translation>пакет экспорттолду</translation>
        </message>
        <message>
            <source>package imported</source>
            <translation>пакет импорттолду</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>калыбына келтирилди</translation>
        </message>
        <message>
            <source>value confirmed</source>
            <translation>маани ырасталды</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коду</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Аталышы</translation>
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
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>SWOT category</source>
            <translation>SWOT категориясы</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Маани</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>Аткарылышы, %</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Сарпталган каражат</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Каржылоо булагы</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Пландалган</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Сарпталган</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Түшүндүрмө</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Эскертүү</translation>
        </message>
        <message>
            <source>Acknowledged items</source>
            <translation>Кабыл алынган маселелер</translation>
        </message>
        <message>
            <source>Fingerprint of the acknowledged list</source>
            <translation>Кабыл алынган тизменин санариптик изи</translation>
        </message>
        <message>
            <source>How acknowledged</source>
            <translation>Кантип кабыл алынган</translation>
        </message>
        <message>
            <source>Rayon</source>
            <translation>Району</translation>
        </message>
        <message>
            <source>Oblast</source>
            <translation>Облусу</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Башталыш жылы</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>Аяктоо жылы</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Көрүнүш</translation>
        </message>
        <message>
            <source>Strategic goal</source>
            <translation>Стратегиялык максат</translation>
        </message>
        <message>
            <source>Approving body</source>
            <translation>Бекиткен орган</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>Токтомдун номери</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Токтомдун датасы</translation>
        </message>
        <message>
            <source>Reporting frequency</source>
            <translation>Отчеттуулуктун мезгилдүүлүгү</translation>
        </message>
        <message>
            <source>On track from (progress ≥)</source>
            <translation>График боюнча (жетишкендик ≥)</translation>
        </message>
        <message>
            <source>At risk from (progress ≥)</source>
            <translation>Тобокелде (жетишкендик ≥)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Сүрөттөмө</translation>
        </message>
        <message>
            <source>Deadline (as written)</source>
            <translation>Мөөнөтү (жазылгандай)</translation>
        </message>
        <message>
            <source>Expected result (output)</source>
            <translation>Күтүлгөн натыйжа (продукт)</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Жооптуу аткаруучу</translation>
        </message>
        <message>
            <source>Co-executors</source>
            <translation>Кошумча аткаруучулар</translation>
        </message>
        <message>
            <source>By agreement</source>
            <translation>Макулдашуу боюнча</translation>
        </message>
        <message>
            <source>Annual plan years</source>
            <translation>Жылдык пландын жылдары</translation>
        </message>
        <message>
            <source>Investment measure</source>
            <translation>Инвестициялык иш-чара</translation>
        </message>
        <message>
            <source>Unit of measure</source>
            <translation>Өлчөө бирдиги</translation>
        </message>
        <message>
            <source>Value type</source>
            <translation>Маанинин түрү</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Багыты</translation>
        </message>
        <message>
            <source>How periods combine</source>
            <translation>Мезгилдерди бириктирүү</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Деңгээли</translation>
        </message>
        <message>
            <source>Baseline value</source>
            <translation>Базалык маани</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Базалык жыл</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Акыркы максат</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Маалымат булагы</translation>
        </message>
        <message>
            <source>Measurement frequency</source>
            <translation>Өлчөө мезгилдүүлүгү</translation>
        </message>
        <message>
            <source>Measurement date</source>
            <translation>Өлчөө датасы</translation>
        </message>
        <message>
            <source>Measurement method</source>
            <translation>Өлчөө ыкмасы</translation>
        </message>
        <message>
            <source>Verifying document</source>
            <translation>Тастыктоочу документ</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Жооптуу</translation>
        </message>
        <message>
            <source>Methodology note</source>
            <translation>Методикалык эскертүү</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Маселе</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Топ</translation>
        </message>
        <message>
            <source>Weight in roll-ups</source>
            <translation>Жалпылоодогу салмагы</translation>
        </message>
        <message>
            <source>Target before</source>
            <translation>Мурунку максат</translation>
        </message>
        <message>
            <source>New target</source>
            <translation>Жаңы максат</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Чечим</translation>
        </message>
        <message>
            <source>Revised by</source>
            <translation>Түзөткөн</translation>
        </message>
        <message>
            <source>Revised at</source>
            <translation>Түзөтүлгөн убакыт</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кыскача жыйынтык</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Жетишкендиктин талдоосу</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Чабал жактары</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Сунуштар</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Максаттарга сунушталган түзөтүүлөр</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Жөнөткөн</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Жөнөтүлгөн убакыт</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Бекиткен</translation>
        </message>
        <message>
            <source>Approved at</source>
            <translation>Бекитилген убакыт</translation>
        </message>
        <message>
            <source>Likelihood (1–5)</source>
            <translation>Ыктымалдуулук (1–5)</translation>
        </message>
        <message>
            <source>Impact (1–5)</source>
            <translation>Таасири (1–5)</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Төмөндөтүү чарасы</translation>
        </message>
        <message>
            <source>Order No.</source>
            <translation>Буйруктун номери</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Буйруктун датасы</translation>
        </message>
        <message>
            <source>Place in the list</source>
            <translation>Тизмедеги орду</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Уюму</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Тарабы</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Туулган жылы</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ролу</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датасы</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Орду</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Катышкандар</translation>
        </message>
        <message>
            <source>Women among them</source>
            <translation>Алардын ичинен аялдар</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Эскертүүлөр</translation>
        </message>
        <message>
            <source>Answer / what was done</source>
            <translation>Жооп / эмне жасалды</translation>
        </message>
        <message>
            <source>Stage of completion</source>
            <translation>Аткарылуу баскычы</translation>
        </message>
        <message>
            <source>Date of the check</source>
            <translation>Текшерүүнүн датасы</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Ким текшерди</translation>
        </message>
        <message>
            <source>Citizens taking part</source>
            <translation>Катышкан жарандар</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Жыйынтыктар</translation>
        </message>
        <message>
            <source>Timeliness (1–5)</source>
            <translation>Өз убагында аткарылышы (1–5)</translation>
        </message>
        <message>
            <source>Quality (1–5)</source>
            <translation>Сапаты (1–5)</translation>
        </message>
        <message>
            <source>Attached to</source>
            <translation>Эмнеге тиркелген</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Документтин номери</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>Документтин датасы</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Файлдын түрү</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Көлөмү (байт)</translation>
        </message>
        <message>
            <source>Account active</source>
            <translation>Каттоо эсеби иштейт</translation>
        </message>
        <message>
            <source>Days after the period</source>
            <translation>Мезгилден кийинки күндөр</translation>
        </message>
        <message>
            <source>Due month</source>
            <translation>Мөөнөттүн айы</translation>
        </message>
        <message>
            <source>Due day</source>
            <translation>Мөөнөттүн күнү</translation>
        </message>
        <message>
            <source>Signing key re-encrypted with the new password</source>
            <translation>Кол коюу ачкычы жаңы сырсөз менен кайра шифрленди</translation>
        </message>
        <message>
            <source>Certificate holder</source>
            <translation>Сертификаттын ээси</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Ким берген</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Жарактуу мөөнөтү</translation>
        </message>
        <message>
            <source>Signature field</source>
            <translation>Кол тамга талаасы</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Камтылган маалымат</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Мезгилдер</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Муниципалитет</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>Жөнөтүүчү</translation>
        </message>
        <message>
            <source>Signature check</source>
            <translation>Кол тамганы текшерүү</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Кол коюлган</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Саптар</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Тиркелген файлдар</translation>
        </message>
        <message>
            <source>Rows created</source>
            <translation>Түзүлгөн саптар</translation>
        </message>
        <message>
            <source>Rows updated</source>
            <translation>Жаңыртылган саптар</translation>
        </message>
        <message>
            <source>Rows replaced</source>
            <translation>Алмаштырылган саптар</translation>
        </message>
        <message>
            <source>Rows kept</source>
            <translation>Өзгөрүүсүз калган саптар</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Өткөрүлүп жиберилген саптар</translation>
        </message>
        <message>
            <source>Copy of the previous database</source>
            <translation>Мурунку базанын көчүрмөсү</translation>
        </message>
        <message>
            <source>Number of rows</source>
            <translation>Саптардын саны</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Киргизген</translation>
        </message>
        <message>
            <source>Value confirmed</source>
            <translation>Ырасталган маани</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Ырастаган</translation>
        </message>
        <message>
            <source>Confirmed at</source>
            <translation>Ырасталган убакыт</translation>
        </message>
        <message>
            <source>Reason for confirming</source>
            <translation>Ырастоонун себеби</translation>
        </message>
        <message>
            <source>Why it was held</source>
            <translation>Эмне үчүн кармалган</translation>
        </message>
        <message>
            <source>Stored text</source>
            <translation>Сакталган текст</translation>
        </message>
        <message>
            <source>Plan item (id)</source>
            <translation>План пункту (id)</translation>
        </message>
        <message>
            <source>Parent item (id)</source>
            <translation>Жогорку пункт (id)</translation>
        </message>
        <message>
            <source>Indicator (id)</source>
            <translation>Индикатор (id)</translation>
        </message>
        <message>
            <source>Measure (id)</source>
            <translation>Иш-чара (id)</translation>
        </message>
        <message>
            <source>Measure progress (id)</source>
            <translation>Иш-чаранын аткарылышы (id)</translation>
        </message>
        <message>
            <source>Measure budget (id)</source>
            <translation>Иш-чаранын бюджети (id)</translation>
        </message>
        <message>
            <source>Hearing or meeting (id)</source>
            <translation>Угуу же жыйын (id)</translation>
        </message>
        <message>
            <source>Working group (id)</source>
            <translation>Жумушчу топ (id)</translation>
        </message>
        <message>
            <source>Attached to (id)</source>
            <translation>Тиркелген объект (id)</translation>
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
            <translation>Отчеттун санариптик изи</translation>
        </message>
        <message>
            <source>Checksum (SHA-256)</source>
            <translation>Текшерүү суммасы (SHA-256)</translation>
        </message>
        <message>
            <source>Certificate (SHA-256)</source>
            <translation>Сертификат (SHA-256)</translation>
        </message>
        <message>
            <source>Signer's certificate (SHA-256)</source>
            <translation>Кол койгондун сертификаты (SHA-256)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Максат</translation>
        </message>
        <message>
            <source>Target (as written)</source>
            <translation>Максат (жазылгандай)</translation>
        </message>
        <message>
            <source>Actual value</source>
            <translation>Иш жүзүндөгү маани (факт)</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Тобокелдик</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Сунуш</translation>
        </message>
        <message>
            <source>Kind of municipality</source>
            <translation>Муниципалитеттин түрү</translation>
        </message>
        <message>
            <source>Kind of document</source>
            <translation>Документтин түрү</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Кызматы</translation>
        </message>
        <message>
            <source>Position in the certificate</source>
            <translation>Сертификаттагы кызматы</translation>
        </message>
        <message>
            <source>Role in the group</source>
            <translation>Топтогу ролу</translation>
        </message>
        <message>
            <source>Kind of deadline</source>
            <translation>Мөөнөттүн түрү</translation>
        </message>
        <message>
            <source>Deadline kept</source>
            <translation>Мөөнөт колдонулат</translation>
        </message>
        <message>
            <source>the whole programme</source>
            <translation>бүт программа</translation>
        </message>
        <message>
            <source>chosen periods</source>
            <translation>тандалган мезгилдер</translation>
        </message>
        <message>
            <source>first package: its signer was recorded</source>
            <translation>биринчи пакет: кол койгон адам катталды</translation>
        </message>
        <message>
            <source>signed by the known signer</source>
            <translation>белгилүү адам кол койгон</translation>
        </message>
        <message>
            <source>signed by another signer</source>
            <translation>башка адам кол койгон</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>кол коюлган эмес</translation>
        </message>
        <message>
            <source>not signed, though earlier packages were</source>
            <translation>кол коюлган эмес, бирок мурунку пакеттерге кол коюлган</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ооба</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жок</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Убакыт</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Колдонуучу</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Аракет</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Object id</source>
            <translation>Объекттин id</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Мезгил</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Өзгөртүүлөр</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себеби</translation>
        </message>
        <message>
            <source>Programme id</source>
            <translation>Программанын id</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Мурун</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Кийин</translation>
        </message>
        <message>
            <source>Event id</source>
            <translation>Окуянын id</translation>
        </message>
        <message>
            <source>(set-up)</source>
            <translation>(жөндөө)</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Аудит журналы</translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <source>{what}: due {due}, {days} d. late</source>
            <translation>{what}: мөөнөтү {due}, {days} күнгө кечикти</translation>
        </message>
        <message>
            <source>{kind} at {stage} %: {measure}</source>
            <translation>{kind} ({stage} %): {measure}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Restored {target} from {file}</source>
            <translation>{target} {file} файлынан калыбына келтирилди</translation>
        </message>
        <message>
            <source>Backup written: {file}</source>
            <translation>Камдык көчүрмө жазылды: {file}</translation>
        </message>
        <message>
            <source>Demo users (password: {password}):</source>
            <translation>Демо колдонуучулар (сырсөз: {password}):</translation>
        </message>
        <message>
            <source>The demo is already in the database; nothing was changed.</source>
            <translation>Демо маалымат базасында мурунтан эле бар; эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <source>Creating the demo: {done} of {total}</source>
            <translation>Демо түзүлүүдө: {total} ичинен {done}</translation>
        </message>
        <message>
            <source>Screenshot saved: {file}</source>
            <translation>Экран сүрөтү сакталды: {file}</translation>
        </message>
        <message>
            <source>{code} · {title}</source>
            <translation>{code} · {title}</translation>
        </message>
        <message>
            <source>Period {period} · round {state}</source>
            <translation>Мезгил {period} · абалы: {state}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коду</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бирдиги</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базалык маани</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Максат</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Жетишкендик</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Катыш</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>Measures: {parts}</source>
            <translation>Иш-чаралар: {parts}</translation>
        </message>
        <message>
            <source>Imported {file}: {created} new, {updated} changed, {deleted} cleared, {unchanged} unchanged, {skipped} empty rows skipped</source>
            <translation>{file} импорттолду: {created} жаңы, {updated} өзгөртүлдү, {deleted} тазаланды, {unchanged} өзгөрүүсүз, {skipped} бош сап өткөрүлдү</translation>
        </message>
        <message>
            <source>No indicators.</source>
            <translation>Индикаторлор жок.</translation>
        </message>
        <message>
            <source>Programme progress: {progress} ({status})</source>
            <translation>Программанын жетишкендиги: {progress} ({status})</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>эч нерсе импорттолгон жок</translation>
        </message>
        <message>
            <source>Programmes: {programs}, indicators: {indicators}, measures: {measures}, actuals: {actuals}.</source>
            <translation>Программалар: {programs}, индикаторлор: {indicators}, иш-чаралар: {measures}, факт маанилер: {actuals}.</translation>
        </message>
        <message>
            <source>The previous database was saved as {file}</source>
            <translation>Мурунку маалымат базасы {file} катары сакталды</translation>
        </message>
        <message>
            <source>The backup was made by an older meapp; its data was upgraded</source>
            <translation>Камдык көчүрмө meapp'тын эски версиясында жасалган; анын маалыматтары жаңыртылды</translation>
        </message>
        <message>
            <source>No backups yet</source>
            <translation>Азырынча камдык көчүрмөлөр жок</translation>
        </message>
        <message>
            <source>Demo created in {seconds} s.</source>
            <translation>Демо {seconds} секундада түзүлдү.</translation>
        </message>
        <message>
            <source>the whole programme {code}</source>
            <translation>бүт программа {code}</translation>
        </message>
        <message>
            <source>programme {code}, periods {periods}</source>
            <translation>программа {code}, мезгилдер {periods}</translation>
        </message>
        <message>
            <source>Package written: {file} ({what})</source>
            <translation>Алмашуу пакети жазылды: {file} ({what})</translation>
        </message>
        <message>
            <source>Rows: {rows}, evidence files: {files}</source>
            <translation>Саптар: {rows}, далил файлдары: {files}</translation>
        </message>
        <message>
            <source>{file}: {municipality}, programme {code}, periods {periods}</source>
            <translation>{file}: {municipality}, программа {code}, мезгилдер {periods}</translation>
        </message>
        <message>
            <source>Imported {file}: {created} new, {updated} changed, {replaced} replaced, {kept} kept here, {unchanged} unchanged, {outdated} newer here</source>
            <translation>{file} импорттолду: {created} жаңы, {updated} өзгөртүлгөн, {replaced} алмаштырылган, {kept} бул жерде калтырылган, {unchanged} өзгөрүүсүз, {outdated} бул жерде жаңыраак</translation>
        </message>
        <message>
            <source>Signed by {signer}</source>
            <translation>Кол койгон: {signer}</translation>
        </message>
        <message>
            <source>Not signed (no signing identity)</source>
            <translation>Кол коюлган эмес (кол коюу ачкычы жок)</translation>
        </message>
        <message>
            <source>Sent by {name} ({login})</source>
            <translation>Жөнөткөн: {name} ({login})</translation>
        </message>
        <message>
            <source>The programme is new here: it will be created</source>
            <translation>Программа бул жерде жаңы: ал түзүлөт</translation>
        </message>
        <message>
            <source>Conflicting rows:</source>
            <translation>Карама-каршы саптар:</translation>
        </message>
        <message>
            <source>Rows of approved (locked) periods that would change:</source>
            <translation>Бекитилген (кулпуланган) мезгилдердин өзгөрө турган саптары:</translation>
        </message>
        <message>
            <source>Nothing to import: this database already holds everything in the package</source>
            <translation>Импорттоочу эч нерсе жок: бул маалымат базасында пакеттеги бардык нерсе бар</translation>
        </message>
        <message>
            <source>Nothing imported: this database already holds everything in {file} ({unchanged} rows unchanged, {outdated} newer here)</source>
            <translation>Эч нерсе импорттолгон жок: бул маалымат базасында {file} ичиндеги бардык нерсе бар ({unchanged} сап өзгөрүүсүз, {outdated} бул жерде жаңыраак)</translation>
        </message>
        <message>
            <source>Sender's audit chain anchor: {anchor}</source>
            <translation>Жөнөтүүчүнүн аудит чынжырынын таянычы: {anchor}</translation>
        </message>
        <message>
            <source>Nothing to import: this database already has newer data</source>
            <translation>Импорттоочу эч нерсе жок: бул маалымат базасында жаңыраак маалыматтар бар</translation>
        </message>
        <message>
            <source>Nothing imported: this database already has newer data than {file} ({outdated} rows newer here, {unchanged} unchanged)</source>
            <translation>Эч нерсе импорттолгон жок: бул маалымат базасында {file} караганда жаңыраак маалыматтар бар ({outdated} сап бул жерде жаңыраак, {unchanged} өзгөрүүсүз)</translation>
        </message>
        <message>
            <source>Programme {code} created from the package</source>
            <translation>Программа {code} алмашуу пакетинен түзүлдү</translation>
        </message>
        <message>
            <source>{n} rows skipped: they belong to rows kept here</source>
            <translation>{n} сап өткөрүлүп жиберилди: алар бул жерде калтырылган саптарга тиешелүү</translation>
        </message>
        <message>
            <source>The signer's certificate was recorded for {municipality}</source>
            <translation>Кол коюучунун сертификаты {municipality} үчүн жазылды</translation>
        </message>
        <message>
            <source>{n} new</source>
            <translation>{n} жаңы</translation>
        </message>
        <message>
            <source>{n} changed</source>
            <translation>{n} өзгөртүлгөн</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>{n} өзгөрүүсүз</translation>
        </message>
        <message>
            <source>{n} conflicting</source>
            <translation>{n} карама-каршы</translation>
        </message>
        <message>
            <source>{n} outdated (kept here)</source>
            <translation>{n} эскирген (бул жерде калтырылды)</translation>
        </message>
        <message>
            <source>{n} locked</source>
            <translation>{n} кулпуланган</translation>
        </message>
        <message>
            <source>{column}: here {mine}, in the package {theirs}</source>
            <translation>{column}: бул жерде {mine}, пакетте {theirs}</translation>
        </message>
        <message>
            <source>another row here: {id}</source>
            <translation>бул жердеги башка сап: {id}</translation>
        </message>
        <message>
            <source>The import needs {flag}</source>
            <translation>Импорттоо үчүн {flag} керек</translation>
        </message>
        <message>
            <source>Conflicting rows (changed both here and in the package):</source>
            <translation>Карама-каршы саптар (бул жерде да, пакетте да өзгөртүлгөн):</translation>
        </message>
        <message>
            <source>The user guide was written to {file}</source>
            <translation>Колдонмо {file} файлына жазылды</translation>
        </message>
        <message>
            <source>({sign}{delta} points since {period})</source>
            <translation>({period} бери {sign}{delta} пункт)</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>эскертүү: {warning}</translation>
        </message>
        <message>
            <source>warning: acknowledged: {item}</source>
            <translation>эскертүү: кабыл алынды: {item}</translation>
        </message>
        <message>
            <source>Round {period}: {state}</source>
            <translation>{period} мезгили: {state}</translation>
        </message>
        <message>
            <source>the round {period} was not changed: open data-quality items: {n}. Resolve them, or repeat with --accept-warnings to {action} anyway:</source>
            <translation type="vanished">{period} отчеттук мезгили өзгөргөн жок: маалыматтын сапаты боюнча ачык маселелер: {n}. Аларды чечиңиз же баары бир {action} үчүн --accept-warnings менен кайталаңыз:</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>План пункту</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Каржылоо булагы</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Пландалган</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Сарпталган</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Аткарылышы</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Четтөө</translation>
        </message>
        <message>
            <source>(and {n} more problems)</source>
            <translation>(дагы {n} көйгөй)</translation>
        </message>
        <message>
            <source>Programme {id}: {d} directions, {s} sectors, {o} objectives, {m} measures, {i} indicators</source>
            <translation>Программа {id}: {d} багыт, {s} тармак, {o} милдет, {m} иш-чара, {i} индикатор</translation>
        </message>
        <message>
            <source>Created {n} rows, updated {u}.</source>
            <translation>{n} сап түзүлдү, {u} жаңыртылды.</translation>
        </message>
        <message>
            <source>Programme created: {id}</source>
            <translation>Программа түзүлдү: {id}</translation>
        </message>
        <message>
            <source>Indicators not linked to a plan item: {n} (named in the warnings below); place them in the plan editor or name the plan item in a "Plan item" column.</source>
            <translation>Пландын пунктуна байланбаган индикаторлор: {n} (төмөнкү эскертүүлөрдө аталган); аларды план редакторунда ордуна коюңуз же "Пландын пункту" мамычасында пунктту көрсөтүңүз.</translation>
        </message>
        <message>
            <source>No programmes. Import the council's tables or create the demo: meapp demo</source>
            <translation>Программалар жок. Кеңештин таблицаларын импорттоңуз же демону түзүңүз: meapp demo</translation>
        </message>
        <message>
            <source>Anchor of this database (keep it elsewhere for a later check --anchor): {anchor}</source>
            <translation>Бул маалымат базасынын якору (кийинки check --anchor үчүн башка жерде сактаңыз): {anchor}</translation>
        </message>
        <message>
            <source>Website pack for {period} written to {folder} ({n} files); open index.html.</source>
            <translation>{period} үчүн сайттын топтому {folder} папкасына жазылды ({n} файл); index.html ачыңыз.</translation>
        </message>
        <message>
            <source>The period is not approved yet: the pages say so.</source>
            <translation>Мезгил азырынча бекитиле элек: барактарда ушундай деп жазылган.</translation>
        </message>
        <message>
            <source>No report was given (--report FILE.pdf): the pages say it is not published yet.</source>
            <translation>Отчет берилген жок (--report FILE.pdf): барактарда ал азырынча жарыялана элек деп жазылган.</translation>
        </message>
        <message>
            <source>No value is held for review.</source>
            <translation>Текшерүүгө кармалган маани жок.</translation>
        </message>
        <message>
            <source>{period}  {code}  {name}: {value} — {reason}</source>
            <translation>{period}  {code}  {name}: {value} — {reason}</translation>
        </message>
        <message>
            <source>Confirmed the value of {indicator} for {period}: it counts in the roll-ups.</source>
            <translation>{indicator} индикаторунун {period} үчүн мааниси ырасталды: ал жалпылоого кошулат.</translation>
        </message>
        <message>
            <source>The audit trail still holds the {count} events it had when the report was signed.</source>
            <translation>Аудит журналында отчетко кол коюлган учурдагы {count} окуя дагы эле бар.</translation>
        </message>
        <message>
            <source>The report was signed in another database: its audit trail was not compared.</source>
            <translation>Отчетко башка маалымат базасында кол коюлган: анын аудит журналы салыштырылган жок.</translation>
        </message>
        <message>
            <source>All signatures are valid, every signer is trusted and nothing was changed after signing.</source>
            <translation>Бардык кол тамгалар жарактуу, ар бир кол коюучу ишенимдүү жана кол коюлгандан кийин эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <source>NOT THEIR BOX: {login} does not hold this box</source>
            <translation>ӨЗ ТАЛААСЫ ЭМЕС: бул талаа {login} үчүн эмес</translation>
        </message>
        <message>
            <source>UNKNOWN signer: certificate SHA-256 {sha256} is not trusted</source>
            <translation>БЕЛГИСИЗ кол коюучу: SHA-256 {sha256} сертификаты ишенимдүү эмес</translation>
        </message>
        <message>
            <source>Schema: {rev} (expected {exp})</source>
            <translation>Схема: {rev} (күтүлгөнү {exp})</translation>
        </message>
        <message>
            <source>the round {period} was not changed: the open data-quality items are no longer the list {given}: {n} open now. Check them, and repeat with --accept-fingerprint {fingerprint} to {action} anyway:</source>
            <translation>{period} отчеттук мезгили өзгөргөн жок: маалыматтын сапаты боюнча ачык маселелер мындан ары {given} тизмеси эмес: азыр ачык: {n}. Аларды текшериңиз жана баары бир {action} үчүн --accept-fingerprint {fingerprint} менен кайталаңыз:</translation>
        </message>
        <message>
            <source>the round {period} was not changed: open data-quality items: {n}. Resolve them, or repeat with --accept-warnings (or --accept-fingerprint {fingerprint}: exactly these items) to {action} anyway:</source>
            <translation>{period} отчеттук мезгили өзгөргөн жок: маалыматтын сапаты боюнча ачык маселелер: {n}. Аларды чечиңиз же баары бир {action} үчүн --accept-warnings менен (же --accept-fingerprint {fingerprint} менен: так ушул маселелер) кайталаңыз:</translation>
        </message>
        <message>
            <source>Overdue:</source>
            <translation>Мөөнөтү өтүп кеткендер:</translation>
        </message>
        <message>
            <source>Database integrity: {state}</source>
            <translation>Маалымат базасынын бүтүндүгү: {state}</translation>
        </message>
        <message>
            <source>Programmes: {n}</source>
            <translation>Программалар: {n}</translation>
        </message>
        <message>
            <source>Broken references: {n}</source>
            <translation>Бузулган шилтемелер: {n}</translation>
        </message>
        <message>
            <source>Audit trail: {n} events, chain intact</source>
            <translation>Аудит журналы: {n} окуя, чынжыр бүтүн</translation>
        </message>
        <message>
            <source>Audit trail: BROKEN at event #{seq} ({id}): {reason}</source>
            <translation>Аудит журналы: #{seq} окуяда БУЗУЛГАН ({id}): {reason}</translation>
        </message>
        <message>
            <source>Anchor: none to compare with (no backup here; give --anchor COUNT:HASH)</source>
            <translation>Якорь: салыштыра турган якорь жок (бул жерде камдык көчүрмө жок; --anchor COUNT:HASH бериңиз)</translation>
        </message>
        <message>
            <source>Data: not compared, the history itself is damaged</source>
            <translation>Маалыматтар: салыштырылган жок, тарыхтын өзү бузулган</translation>
        </message>
        <message>
            <source>Schema: {problem}</source>
            <translation>Схема: {problem}</translation>
        </message>
        <message>
            <source>Anchor: the history still holds the {n} events of {source}</source>
            <translation>Якорь: тарыхта {source} ичиндеги {n} окуянын баары сакталган</translation>
        </message>
        <message>
            <source>Anchor: {problem}</source>
            <translation>Якорь: {problem}</translation>
        </message>
        <message>
            <source>Data: {n} rows, all as the history says</source>
            <translation>Маалыматтар: {n} сап, баары тарыхтагыдай</translation>
        </message>
        <message>
            <source>Data: {n} differences from the history in {rows} rows</source>
            <translation>Маалыматтар: {rows} саптын ичинде тарыхтан {n} айырма</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… жана дагы {n}</translation>
        </message>
        <message>
            <source>Report for {period} written to {file} ({pages} pages)</source>
            <translation>{period} боюнча отчет {file} файлына жазылды ({pages} бет)</translation>
        </message>
        <message>
            <source>Excel file written to {file}</source>
            <translation>Excel файлы жазылды: {file}</translation>
        </message>
        <message>
            <source>Citizen summary for {period} written to {file}</source>
            <translation>{period} боюнча жарандар үчүн кыскача отчет {file} файлына жазылды</translation>
        </message>
        <message>
            <source>The period is not approved yet: the report is marked as a draft.</source>
            <translation>Мезгил азырынча бекитиле элек: отчет долбоор катары белгиленди.</translation>
        </message>
        <message>
            <source>Password for {login}: </source>
            <translation>{login} үчүн сырсөз: </translation>
        </message>
        <message>
            <source>Name: {name}</source>
            <translation>Аты-жөнү: {name}</translation>
        </message>
        <message>
            <source>Issued by: {issuer}</source>
            <translation>Ким берген: {issuer}</translation>
        </message>
        <message>
            <source>Valid: {start} – {end}</source>
            <translation>Жарактуу: {start} – {end}</translation>
        </message>
        <message>
            <source>SHA-256: {sha256}</source>
            <translation>SHA-256: {sha256}</translation>
        </message>
        <message>
            <source>Signing identity created for {login}.</source>
            <translation>{login} үчүн кол коюу ачкычы түзүлдү.</translation>
        </message>
        <message>
            <source>Password of {file}: </source>
            <translation>{file} файлынын сырсөзү: </translation>
        </message>
        <message>
            <source>Signing identity imported for {login}.</source>
            <translation>{login} үчүн кол коюу ачкычы импорттолду.</translation>
        </message>
        <message>
            <source>field: {field}</source>
            <translation>талаа: {field}</translation>
        </message>
        <message>
            <source>{file}: {n} signature(s)</source>
            <translation>{file}: {n} кол тамга</translation>
        </message>
        <message>
            <source>NOT VALID: a signature is broken or the file was changed after signing.</source>
            <translation type="vanished">ЖАРАКСЫЗ: кол тамга бузулган же файл кол коюлгандан кийин өзгөртүлгөн.</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Кызматы: {position}</translation>
        </message>
        <message>
            <source>Organisation: {organisation}</source>
            <translation>Уюм: {organisation}</translation>
        </message>
        <message>
            <source>Certificate written: {file}</source>
            <translation>Сертификат жазылды: {file}</translation>
        </message>
        <message>
            <source>{login} has no signing identity.</source>
            <translation>{login} колдонуучусунун кол коюу ачкычы жок.</translation>
        </message>
        <message>
            <source>Trusted: {name}</source>
            <translation>Ишенимдүү: {name}</translation>
        </message>
        <message>
            <source>No trusted certificates. Add one: meapp identity trust FILE.pem</source>
            <translation>Ишенимдүү сертификаттар жок. Кошуу үчүн: meapp identity trust FILE.pem</translation>
        </message>
        <message>
            <source>Signed {file} as {who} in the field {field}.</source>
            <translation>{file} файлына {who} катары {field} талаасында кол коюлду.</translation>
        </message>
        <message>
            <source>{file}: no signatures.</source>
            <translation type="vanished">{file}: кол тамгалар жок.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>белгисиз</translation>
        </message>
        <message>
            <source>BROKEN: the signed content was altered</source>
            <translation>БУЗУЛГАН: кол коюлган мазмун өзгөртүлгөн</translation>
        </message>
        <message>
            <source>All signatures are valid; nothing was changed after signing.</source>
            <translation type="vanished">Бардык кол тамгалар жарактуу; кол коюлгандан кийин эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <source>signed: {when}</source>
            <translation>кол коюлган: {when}</translation>
        </message>
        <message>
            <source>intact, but the document was CHANGED after signing</source>
            <translation>бүтүн, бирок документ кол коюлгандан кийин ӨЗГӨРТҮЛГӨН</translation>
        </message>
        <message>
            <source>Signed report of {period}, data fingerprint {fingerprint}</source>
            <translation>{period} мезгилинин кол коюлган отчету, маалыматтардын санариптик изи {fingerprint}</translation>
        </message>
        <message>
            <source>The figures are the approved data of {period} in this database.</source>
            <translation>Сандар бул маалымат базасындагы {period} мезгилинин бекитилген маалыматтары менен дал келет.</translation>
        </message>
        <message>
            <source>self-signed</source>
            <translation>өзү кол койгон</translation>
        </message>
        <message>
            <source>intact, covers the whole document</source>
            <translation>бүтүн, бүт документти камтыйт</translation>
        </message>
        <message>
            <source>intact; later only further signatures were added</source>
            <translation>бүтүн; кийин башка кол тамгалар гана кошулган</translation>
        </message>
        <message>
            <source>trusted signer</source>
            <translation>ишенимдүү кол коюучу</translation>
        </message>
        <message>
            <source>unknown signer (certificate not in the trusted list)</source>
            <translation type="vanished">белгисиз кол коюучу (сертификат ишенимдүүлөрдүн тизмесинде жок)</translation>
        </message>
        <message>
            <source>New password for {login}: </source>
            <translation>{login} үчүн жаңы сырсөз: </translation>
        </message>
        <message>
            <source>Repeat the new password: </source>
            <translation>Жаңы сырсөздү кайталаңыз: </translation>
        </message>
        <message>
            <source>User {login} ({role}) created</source>
            <translation>{login} ({role}) колдонуучусу түзүлдү</translation>
        </message>
        <message>
            <source>{login} is now {role}</source>
            <translation>{login} эми — {role}</translation>
        </message>
        <message>
            <source>{login} can log in again</source>
            <translation>{login} кайра кире алат</translation>
        </message>
        <message>
            <source>{login} is deactivated</source>
            <translation>{login} бөгөттөлдү</translation>
        </message>
        <message>
            <source>Administrator {login} created</source>
            <translation>{login} администратору түзүлдү</translation>
        </message>
        <message>
            <source>Password of {login} changed</source>
            <translation>{login} колдонуучусунун сырсөзү өзгөртүлдү</translation>
        </message>
        <message>
            <source>No users yet. Create the administrator: meapp user add LOGIN --name NAME</source>
            <translation>Азырынча колдонуучулар жок. Администраторду түзүңүз: meapp user add LOGIN --name NAME</translation>
        </message>
        <message>
            <source> (deactivated)</source>
            <translation> (бөгөттөлгөн)</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">график боюнча</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">тобокелде</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">артта калууда</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">маалымат жок</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">аткарылды</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">аткарылууда</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">башталган жок</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">кечиктирилди</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">жокко чыгарылды</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="vanished">ачык</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation type="vanished">жөнөтүлгөн</translation>
        </message>
        <message>
            <source>approved</source>
            <translation type="vanished">бекитилген</translation>
        </message>
        <message>
            <source>local budget</source>
            <translation type="vanished">жергиликтүү бюджет</translation>
        </message>
        <message>
            <source>republican budget</source>
            <translation type="vanished">республикалык бюджет</translation>
        </message>
        <message>
            <source>development fund</source>
            <translation type="vanished">өнүктүрүү фонду</translation>
        </message>
        <message>
            <source>donors</source>
            <translation type="vanished">донорлор</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation type="vanished">демөөрчүлөр</translation>
        </message>
        <message>
            <source>community contribution</source>
            <translation type="vanished">жамааттын салымы</translation>
        </message>
        <message>
            <source>investors</source>
            <translation type="vanished">инвесторлор</translation>
        </message>
        <message>
            <source>public-private partnership</source>
            <translation type="vanished">мамлекеттик-жеке өнөктөштүк</translation>
        </message>
        <message>
            <source>other</source>
            <translation type="vanished">башка</translation>
        </message>
        <message>
            <source>total</source>
            <translation>бардыгы</translation>
        </message>
        <message>
            <source>submit</source>
            <translation>жөнөтүү</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>бекитүү</translation>
        </message>
    </context>
    <context>
        <name>evaluation</name>
        <message>
            <source>Programme progress in {period}: {progress} ({status}). Indicators: {on_track} on track, {at_risk} at risk, {off_track} off track, {no_data} without data. Measures: {done} done, {in_progress} in progress, {not_started} not started, {delayed} delayed, {cancelled} cancelled.</source>
            <translation>{period} мезгилиндеги программанын жетишкендиги: {progress} ({status}). Индикаторлор: {on_track} график боюнча, {at_risk} тобокелде, {off_track} артта калууда, {no_data} маалыматсыз. Иш-чаралар: {done} аткарылды, {in_progress} аткарылууда, {not_started} башталган жок, {delayed} кечиктирилди, {cancelled} жокко чыгарылды.</translation>
        </message>
        <message>
            <source>Budget: {spent} som spent of {planned} som planned ({execution}).</source>
            <translation>Бюджет: пландалган {planned} сомдун {spent} сому сарпталды ({execution}).</translation>
        </message>
        <message>
            <source>Indicators off track:</source>
            <translation>Артта калып жаткан индикаторлор:</translation>
        </message>
        <message>
            <source>{code} {name}: actual {actual}, target {target} {unit} (progress {progress})</source>
            <translation>{code} {name}: факт {actual}, максат {target} {unit} (жетишкендик {progress})</translation>
        </message>
        <message>
            <source>Delayed measures:</source>
            <translation>Кечиктирилген иш-чаралар:</translation>
        </message>
        <message>
            <source>{code} {title} (responsible: {executor})</source>
            <translation>{code} {title} (жооптуу: {executor})</translation>
        </message>
        <message>
            <source>Indicators without data for the period:</source>
            <translation>Мезгил үчүн маалыматы жок индикаторлор:</translation>
        </message>
        <message>
            <source>{code} {name}: review the target {target} {unit} (progress {progress})</source>
            <translation>{code} {name}: {target} {unit} максатын кайра карап чыгуу (жетишкендик {progress})</translation>
        </message>
        <message>
            <source>Progress by priority direction:</source>
            <translation>Артыкчылыктуу багыттар боюнча жетишкендик:</translation>
        </message>
        <message>
            <source>{code} {title}: {progress} ({status})</source>
            <translation>{code} {title}: {progress} ({status})</translation>
        </message>
        <message>
            <source>Programme progress was {previous} in {previous_period} and is {progress} now.</source>
            <translation>Программанын жетишкендиги: {previous_period} – {previous}, азыр – {progress}.</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">график боюнча</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">тобокелде</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">артта калууда</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">маалымат жок</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Priority direction</source>
            <translation>Артыкчылыктуу багыт</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Тармак</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Милдет</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Иш-чара</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>viewer</source>
            <translation>көрүүчү</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>маалымат киргизүүчү</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>баалоочу</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ачык</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Жөнөтүлгөн</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Бекитилген</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>долбоор</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>бекитилген</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>архивде</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>График боюнча</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Тобокелде</translation>
        </message>
        <message>
            <source>Off track</source>
            <translation>Артта калууда</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Маалымат жок</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Текшерүүнү талап кылат</translation>
        </message>
        <message>
            <source>Orders of magnitude off the series</source>
            <translation>Катардагы маанилерден 100 эседен ашык айырмаланат</translation>
        </message>
        <message>
            <source>Outside what the unit allows</source>
            <translation>Өлчөө бирдиги уруксат берген чектен тышкары</translation>
        </message>
        <message>
            <source>A number the program cannot compute with</source>
            <translation>Программа эсептей албаган сан</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Башталган жок</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Аткарылууда</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Аткарылды</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>Кечиктирилди</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Жокко чыгарылды</translation>
        </message>
        <message>
            <source>Local budget</source>
            <translation>Жергиликтүү бюджет</translation>
        </message>
        <message>
            <source>Republican budget</source>
            <translation>Республикалык бюджет</translation>
        </message>
        <message>
            <source>Development fund</source>
            <translation>Өнүктүрүү фонду</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>Донорлор</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Демөөрчүлөр</translation>
        </message>
        <message>
            <source>Community contribution</source>
            <translation>Жамааттын салымы</translation>
        </message>
        <message>
            <source>Investors</source>
            <translation>Инвесторлор</translation>
        </message>
        <message>
            <source>Public-private partnership</source>
            <translation>Мамлекеттик-жеке өнөктөштүк</translation>
        </message>
        <message>
            <source>Other sources</source>
            <translation>Башка булактар</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Күчтүү жактары</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Алсыз жактары</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Мүмкүнчүлүктөр</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Коркунучтар</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ачык</translation>
        </message>
        <message>
            <source>mitigated</source>
            <translation>төмөндөтүлдү</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>жабылды</translation>
        </message>
        <message>
            <source>low</source>
            <translation>төмөн</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>орточо</translation>
        </message>
        <message>
            <source>high</source>
            <translation>жогору</translation>
        </message>
        <message>
            <source>town</source>
            <translation>шаар</translation>
        </message>
        <message>
            <source>aiyl okmotu</source>
            <translation>айыл өкмөтү</translation>
        </message>
        <message>
            <source>every half-year</source>
            <translation>жарым жылда бир</translation>
        </message>
        <message>
            <source>every quarter</source>
            <translation>чейрегинде бир</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>жылына бир</translation>
        </message>
        <message>
            <source>number</source>
            <translation>сан</translation>
        </message>
        <message>
            <source>per cent</source>
            <translation>пайыз</translation>
        </message>
        <message>
            <source>ratio (1:x)</source>
            <translation>катыш (1:x)</translation>
        </message>
        <message>
            <source>yes/no milestone</source>
            <translation>этап (ооба/жок)</translation>
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
            <translation>катыш</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>ооба/жок</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>канча жогору болсо, ошончо жакшы</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>канча төмөн болсо, ошончо жакшы</translation>
        </message>
        <message>
            <source>keep the level</source>
            <translation>деңгээлди сактоо</translation>
        </message>
        <message>
            <source>increase</source>
            <translation>өсүү</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation>азаюу</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>сактоо</translation>
        </message>
        <message>
            <source>cumulative: periods add up</source>
            <translation>топтолуучу: мезгилдер кошулат</translation>
        </message>
        <message>
            <source>level: the latest value</source>
            <translation>деңгээл: акыркы маани</translation>
        </message>
        <message>
            <source>level: the average</source>
            <translation>деңгээл: орточо маани</translation>
        </message>
        <message>
            <source>annual sum: periods add up within each year</source>
            <translation>жыл ичиндеги сумма: мезгилдер ар бир жылдын ичинде кошулат</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>топтолуучу</translation>
        </message>
        <message>
            <source>level</source>
            <translation>деңгээл</translation>
        </message>
        <message>
            <source>average</source>
            <translation>орточо</translation>
        </message>
        <message>
            <source>annual sum</source>
            <translation>жыл ичиндеги сумма</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>таасир</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>натыйжа</translation>
        </message>
        <message>
            <source>output</source>
            <translation>продукт</translation>
        </message>
        <message>
            <source>Council resolution</source>
            <translation>Кеңештин токтому</translation>
        </message>
        <message>
            <source>Order of the head (mayor, head of the aiyl okmotu)</source>
            <translation>Башчынын буйругу (мэр, айыл өкмөтүнүн башчысы)</translation>
        </message>
        <message>
            <source>Other body</source>
            <translation>Башка орган</translation>
        </message>
        <message>
            <source>{year}</source>
            <translation>{year}</translation>
        </message>
        <message>
            <source>{year}, first half-year</source>
            <translation>{year}-ж. I жарым жылдык</translation>
        </message>
        <message>
            <source>{year}, second half-year</source>
            <translation>{year}-ж. II жарым жылдык</translation>
        </message>
        <message>
            <source>{year}, 1st quarter</source>
            <translation>{year}-ж. 1-чейрек</translation>
        </message>
        <message>
            <source>{year}, 2nd quarter</source>
            <translation>{year}-ж. 2-чейрек</translation>
        </message>
        <message>
            <source>{year}, 3rd quarter</source>
            <translation>{year}-ж. 3-чейрек</translation>
        </message>
        <message>
            <source>{year}, 4th quarter</source>
            <translation>{year}-ж. 4-чейрек</translation>
        </message>
        <message>
            <source>Reporting round</source>
            <translation>Отчеттук мезгил</translation>
        </message>
        <message>
            <source>Quarterly report to the mayor</source>
            <translation>Мэрге чейректик отчет</translation>
        </message>
        <message>
            <source>Half-year information to the working group</source>
            <translation>Мониторинг тобуна жарым жылдык маалымат</translation>
        </message>
        <message>
            <source>Annual report to the council</source>
            <translation>Кеңешке жылдык отчет</translation>
        </message>
        <message>
            <source>Public check</source>
            <translation>Коомдук текшерүү</translation>
        </message>
        <message>
            <source>Act of completed works</source>
            <translation>Аткарылган иштердин актысы</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Келишим</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Сүрөт</translation>
        </message>
        <message>
            <source>Survey report</source>
            <translation>Сурамжылоонун отчету</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Башка документ</translation>
        </message>
        <message>
            <source>Mayor's office</source>
            <translation>Мэрия</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Кеңеш</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Бизнес</translation>
        </message>
        <message>
            <source>Civic / NGO</source>
            <translation>Жарандык коом / БӨУ</translation>
        </message>
        <message>
            <source>woman</source>
            <translation>аял</translation>
        </message>
        <message>
            <source>man</source>
            <translation>эркек</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>төрага</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>катчы</translation>
        </message>
        <message>
            <source>member</source>
            <translation>мүчө</translation>
        </message>
        <message>
            <source>Public hearing</source>
            <translation>Коомдук угуу</translation>
        </message>
        <message>
            <source>Expanded group meeting</source>
            <translation>Топтун кеңейтилген жыйыны</translation>
        </message>
        <message>
            <source>received</source>
            <translation>келип түштү</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>кабыл алынды</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>четке кагылды</translation>
        </message>
        <message>
            <source>done</source>
            <translation>аткарылды</translation>
        </message>
        <message>
            <source>at 50 %</source>
            <translation>50 %да</translation>
        </message>
        <message>
            <source>at 100 %</source>
            <translation>100 %да</translation>
        </message>
        <message>
            <source>other stage</source>
            <translation>башка баскыч</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>missing event before this one</source>
            <translation>мунун алдындагы окуя жок</translation>
        </message>
        <message>
            <source>link to the previous event broken</source>
            <translation>мурунку окуя менен байланыш бузулган</translation>
        </message>
        <message>
            <source>content changed after it was written</source>
            <translation>мазмуну жазылгандан кийин өзгөртүлгөн</translation>
        </message>
        <message>
            <source>(and {n} more problems)</source>
            <translation>(дагы {n} көйгөй)</translation>
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation>{sheet} барагы</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>{row}-сап</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>{column} тилкеси</translation>
        </message>
        <message>
            <source>invalid input</source>
            <translation>туура эмес маалымат</translation>
        </message>
        <message>
            <source>the database holds no programme yet: run `meapp demo` or `meapp import-plan`</source>
            <translation>маалымат базасында азырынча программа жок: `meapp demo` же `meapp import-plan` иштетиңиз</translation>
        </message>
        <message>
            <source>{details}</source>
            <translation>{details}</translation>
        </message>
        <message>
            <source>no password: set {env} or run the command in a terminal</source>
            <translation>сырсөз жок: {env} белгилеңиз же буйрукту терминалда иштетиңиз</translation>
        </message>
        <message>
            <source>give --user LOGIN</source>
            <translation>--user LOGIN көрсөтүңүз</translation>
        </message>
        <message>
            <source>file not found: {file}</source>
            <translation>файл табылган жок: {file}</translation>
        </message>
        <message>
            <source>cannot read {file}: {error}</source>
            <translation>{file} окулбай жатат: {error}</translation>
        </message>
        <message>
            <source>{file} is not a meapp database</source>
            <translation>{file} meapp маалымат базасы эмес</translation>
        </message>
        <message>
            <source>{file} is damaged: {detail}</source>
            <translation>{file} бузулган: {detail}</translation>
        </message>
        <message>
            <source>{file} was made by a newer meapp (schema {revision}); update meapp first</source>
            <translation>{file} meapp'тын жаңыраак версиясында жасалган (схема {revision}); адегенде meapp'ты жаңыртыңыз</translation>
        </message>
        <message>
            <source>no new password: set MEAPP_NEW_PASSWORD or run the command in a terminal</source>
            <translation>жаңы сырсөз жок: MEAPP_NEW_PASSWORD белгилеңиз же буйрукту терминалда иштетиңиз</translation>
        </message>
        <message>
            <source>the two passwords differ</source>
            <translation>эки сырсөз дал келбейт</translation>
        </message>
        <message>
            <source>this command changes data: give --user LOGIN</source>
            <translation>бул буйрук маалыматты өзгөртөт: --user LOGIN көрсөтүңүз</translation>
        </message>
        <message>
            <source>no password: set MEAPP_PASSWORD or run the command in a terminal</source>
            <translation>сырсөз жок: MEAPP_PASSWORD белгилеңиз же буйрукту терминалда иштетиңиз</translation>
        </message>
        <message>
            <source>give the role: --role viewer, editor, evaluator or admin</source>
            <translation>ролду көрсөтүңүз: --role viewer, editor, evaluator же admin</translation>
        </message>
        <message>
            <source>the first user must be an administrator</source>
            <translation>биринчи колдонуучу администратор болушу керек</translation>
        </message>
        <message>
            <source>database not found: {file}</source>
            <translation>маалымат базасы табылган жок: {file}</translation>
        </message>
        <message>
            <source>the import was cancelled; nothing was changed</source>
            <translation>импорт токтотулду; эч нерсе өзгөргөн жок</translation>
        </message>
        <message>
            <source>a page holds 1 to {n} events</source>
            <translation>бир бетте 1ден {n}ге чейин окуя болот</translation>
        </message>
        <message>
            <source>backups are made by the server's own tools for a shared database</source>
            <translation>жалпы маалымат базасынын камдык көчүрмөлөрүн сервердин өз куралдары жасайт</translation>
        </message>
        <message>
            <source>{file} is not an intact meapp database</source>
            <translation type="vanished">{file} — бүтүн meapp маалымат базасы эмес</translation>
        </message>
        <message>
            <source>not a database URL: {url}</source>
            <translation>маалымат базасынын дареги эмес: {url}</translation>
        </message>
        <message>
            <source>unknown demo scale {scale}; use one of {scales}</source>
            <translation>белгисиз демо көлөмү {scale}; булардын бирин колдонуңуз: {scales}</translation>
        </message>
        <message>
            <source>the demo was not created: cancelled</source>
            <translation>демо түзүлгөн жок: токтотулду</translation>
        </message>
        <message>
            <source>not allowed: log in as an administrator to create the demo</source>
            <translation>уруксат жок: демону түзүү үчүн администратор катары кириңиз</translation>
        </message>
        <message>
            <source>unknown part of the evaluation: {part}</source>
            <translation>баалоонун белгисиз бөлүгү: {part}</translation>
        </message>
        <message>
            <source>a target revision needs a reason</source>
            <translation>максатты түзөтүү үчүн себеп керек</translation>
        </message>
        <message>
            <source>no indicator {indicator}</source>
            <translation>{indicator} индикатору жок</translation>
        </message>
        <message>
            <source>no programme {program}</source>
            <translation>{program} программасы жок</translation>
        </message>
        <message>
            <source>not a number: {value}</source>
            <translation>сан эмес: {value}</translation>
        </message>
        <message>
            <source>unknown measure status {status}; use one of {statuses}</source>
            <translation>иш-чаранын белгисиз абалы {status}; булардын бирин колдонуңуз: {statuses}</translation>
        </message>
        <message>
            <source>the per cent complete lies between 0 and 100: {value}</source>
            <translation>аткарылуу пайызы 0дөн 100гө чейин болот: {value}</translation>
        </message>
        <message>
            <source>unknown funding source {source}; use one of {sources}</source>
            <translation>белгисиз каржылоо булагы {source}; булардын бирин колдонуңуз: {sources}</translation>
        </message>
        <message>
            <source>spending cannot be negative: {value}</source>
            <translation>чыгым терс боло албайт: {value}</translation>
        </message>
        <message>
            <source>no measure {measure}</source>
            <translation>{measure} иш-чарасы жок</translation>
        </message>
        <message>
            <source>the database holds several programmes: choose one with --program</source>
            <translation>маалымат базасында бир нече программа бар: --program менен бирин тандаңыз</translation>
        </message>
        <message>
            <source>no programme with id or code {program}</source>
            <translation>{program} id же коду менен программа жок</translation>
        </message>
        <message>
            <source>the export was cancelled</source>
            <translation>экспорт токтотулду</translation>
        </message>
        <message>
            <source>not a period: {period}</source>
            <translation>мезгил эмес: {period}</translation>
        </message>
        <message>
            <source>--years takes two years, for example 2023-2026: {value}</source>
            <translation>--years эки жылды алат, мисалы 2023-2026: {value}</translation>
        </message>
        <message>
            <source>the programme ends before it starts: {start}–{end}</source>
            <translation>программа башталганга чейин бүтөт: {start}–{end}</translation>
        </message>
        <message>
            <source>the database holds no programme yet: give --title, --municipality and --years (for example --years 2023-2026) to create it</source>
            <translation>маалымат базасында азырынча программа жок: аны түзүү үчүн --title, --municipality жана --years көрсөтүңүз (мисалы --years 2023-2026)</translation>
        </message>
        <message>
            <source>to create the programme give --title, --municipality and --years (for example --years 2023-2026)</source>
            <translation>программаны түзүү үчүн --title, --municipality жана --years көрсөтүңүз (мисалы --years 2023-2026)</translation>
        </message>
        <message>
            <source>unknown language {lang}; use one of {langs}</source>
            <translation>белгисиз тил {lang}; булардын бирин колдонуңуз: {langs}</translation>
        </message>
        <message>
            <source>{period} is a year: use --kind annual, or give a half-year such as {period}-H2</source>
            <translation>{period} — бул жыл: --kind annual колдонуңуз же {period}-H2 сыяктуу жарым жылдыкты көрсөтүңүз</translation>
        </message>
        <message>
            <source>the output file must end in {suffixes}: {file}</source>
            <translation>чыгуучу файлдын аягы {suffixes} болушу керек: {file}</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file</source>
            <translation>{file} — файл эмес, папка</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>{folder} папкасы жок</translation>
        </message>
        <message>
            <source>{period} is a year: give a half-year such as {period}-H2</source>
            <translation>{period} — бул жыл: {period}-H2 сыяктуу жарым жылдыкты көрсөтүңүз</translation>
        </message>
        <message>
            <source>changed by someone else: reload and try again</source>
            <translation>башка бирөө өзгөрттү: кайра жүктөп, дагы аракет кылыңыз</translation>
        </message>
        <message>
            <source>thresholds must satisfy 0 ≤ amber ≤ green ≤ 100 %</source>
            <translation>чектер 0 ≤ сары ≤ жашыл ≤ 100 % шартына туура келиши керек</translation>
        </message>
        <message>
            <source>unknown reporting frequency: {value}</source>
            <translation>белгисиз отчет берүү мезгилдүүлүгү: {value}</translation>
        </message>
        <message>
            <source>unknown programme status: {value}</source>
            <translation>программанын белгисиз абалы: {value}</translation>
        </message>
        <message>
            <source>unknown kind of municipality: {value}</source>
            <translation>муниципалитеттин белгисиз түрү: {value}</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <translation>белгисиз талаа {field}</translation>
        </message>
        <message>
            <source>no plan item {id}</source>
            <translation>{id} план пункту жок</translation>
        </message>
        <message>
            <source>the parent belongs to another programme</source>
            <translation>жогорку пункт башка программага таандык</translation>
        </message>
        <message>
            <source>a measure cannot hold other plan items</source>
            <translation>иш-чаранын ичинде башка план пункттары болбойт</translation>
        </message>
        <message>
            <source>a {kind} cannot sit under a {parent}</source>
            <translation>{kind} {parent} астында боло албайт</translation>
        </message>
        <message>
            <source>a plan item needs a title</source>
            <translation>план пунктуна аталыш керек</translation>
        </message>
        <message>
            <source>unknown kind of plan item: {value}</source>
            <translation>план пунктунун белгисиз түрү: {value}</translation>
        </message>
        <message>
            <source>the deadline ends before it starts: {start}–{end}</source>
            <translation>мөөнөт башталганга чейин бүтөт: {start}–{end}</translation>
        </message>
        <message>
            <source>no indicator {id}</source>
            <translation type="vanished">{id} индикатору жок</translation>
        </message>
        <message>
            <source>an indicator needs a name</source>
            <translation>индикаторго аталыш керек</translation>
        </message>
        <message>
            <source>unknown {field}: {value}</source>
            <translation>белгисиз {field}: {value}</translation>
        </message>
        <message>
            <source>the weight cannot be negative</source>
            <translation>салмак терс боло албайт</translation>
        </message>
        <message>
            <source>the plan item belongs to another programme</source>
            <translation>план пункту башка программага таандык</translation>
        </message>
        <message>
            <source>no {what} {id}</source>
            <translation type="vanished">{what} {id} жок</translation>
        </message>
        <message>
            <source>not a year: {value}</source>
            <translation>жыл эмес: {value}</translation>
        </message>
        <message>
            <source>an item cannot be moved into itself</source>
            <translation>пунктту өзүнүн ичине жылдырууга болбойт</translation>
        </message>
        <message>
            <source>text too long ({n} characters, at most {max})</source>
            <translation>текст өтө узун ({n} белги, эң көп {max})</translation>
        </message>
        <message>
            <source>only measures have a planned cost</source>
            <translation>пландалган нарк иш-чараларда гана болот</translation>
        </message>
        <message>
            <source>the code {code} is taken</source>
            <translation>{code} коду бош эмес</translation>
        </message>
        <message>
            <source>the items under it do not fit under a {kind}</source>
            <translation>анын астындагы пункттар {kind} астына туура келбейт</translation>
        </message>
        <message>
            <source>the period {period} is approved: its data cannot change</source>
            <translation>{period} мезгили бекитилген: анын маалыматтары өзгөрбөйт</translation>
        </message>
        <message>
            <source>the period {period} is approved: how the periods of this indicator combine cannot change</source>
            <translation>{period} мезгили бекитилген: бул индикатордун мезгилдери кантип бириктирилери өзгөрбөйт</translation>
        </message>
        <message>
            <source>the period {period} is approved: the baseline of this indicator cannot change</source>
            <translation>{period} мезгили бекитилген: бул индикатордун базалык мааниси өзгөрбөйт</translation>
        </message>
        <message>
            <source>the period {period} is approved: the direction of this indicator cannot change</source>
            <translation>{period} мезгили бекитилген: бул индикатордун өзгөрүү багыты өзгөрбөйт</translation>
        </message>
        <message>
            <source>the period {period} is approved: the unit of this indicator cannot change</source>
            <translation>{period} мезгили бекитилген: бул индикатордун өлчөө бирдиги өзгөрбөйт</translation>
        </message>
        <message>
            <source>the period {period} is approved: the final target of this indicator cannot change (the council changes it with a target revision)</source>
            <translation>{period} мезгили бекитилген: бул индикатордун акыркы максаты өзгөрбөйт (кеңеш аны максатка түзөтүү аркылуу өзгөртөт)</translation>
        </message>
        <message>
            <source>the period {period} is approved: the weight of this indicator cannot change</source>
            <translation>{period} мезгили бекитилген: бул индикатордун салмагы өзгөрбөйт</translation>
        </message>
        <message>
            <source>targets are set per year or half-year: {value}</source>
            <translation>максаттар жыл же жарым жылдык боюнча коюлат: {value}</translation>
        </message>
        <message>
            <source>the period {period} is approved: its target cannot change</source>
            <translation>{period} мезгили бекитилген: анын максаты өзгөрбөйт</translation>
        </message>
        <message>
            <source>the year {year} is outside the programme</source>
            <translation>{year}-жыл программага кирбейт</translation>
        </message>
        <message>
            <source>unknown funding source: {value}</source>
            <translation>белгисиз каржылоо булагы: {value}</translation>
        </message>
        <message>
            <source>not a date: {value}</source>
            <translation>дата эмес: {value}</translation>
        </message>
        <message>
            <source>not a period: {value}</source>
            <translation>мезгил эмес: {value}</translation>
        </message>
        <message>
            <source>a planned cost cannot be negative: {value}</source>
            <translation>пландалган нарк терс боло албайт: {value}</translation>
        </message>
        <message>
            <source>cannot write {file}: {reason}</source>
            <translation>{file} жазылбай жатат: {reason}</translation>
        </message>
        <message>
            <source>no action plan or indicator matrix found: no sheet has a header with measures or indicators</source>
            <translation>иш-чаралар планы же индикаторлордун матрицасы табылган жок: бир да баракта иш-чаралар же индикаторлор менен баш сап жок</translation>
        </message>
        <message>
            <source>no measures or indicators found in the file</source>
            <translation>файлда иш-чаралар же индикаторлор табылган жок</translation>
        </message>
        <message>
            <source>the database holds no programme yet: give its title, municipality and years (--title, --municipality, --years 2023-2026)</source>
            <translation>маалымат базасында азырынча программа жок: анын аталышын, муниципалитетин жана жылдарын көрсөтүңүз (--title, --municipality, --years 2023-2026)</translation>
        </message>
        <message>
            <source>import cancelled: nothing was changed</source>
            <translation>импорт токтотулду: эч нерсе өзгөргөн жок</translation>
        </message>
        <message>
            <source>no plan item {key} to attach the indicator to</source>
            <translation>индикаторду бириктире турган {key} план пункту жок</translation>
        </message>
        <message>
            <source>a shared database is restored with the server's own tools</source>
            <translation>жалпы маалымат базасы сервердин өз куралдары менен калыбына келтирилет</translation>
        </message>
        <message>
            <source>the database is damaged: log in as an administrator of the backup (--user and MEAPP_PASSWORD)</source>
            <translation>маалымат базасы бузулган: камдык көчүрмөнүн администратору катары кириңиз (--user жана MEAPP_PASSWORD)</translation>
        </message>
        <message>
            <source>--item is for a screenshot: give --screenshot FILE.png too</source>
            <translation>--item экран сүрөтү үчүн гана: --screenshot FILE.png да көрсөтүңүз</translation>
        </message>
        <message>
            <source>the export was cancelled; no file was written</source>
            <translation>экспорт токтотулду; файл жазылган жок</translation>
        </message>
        <message>
            <source>a backup cannot overwrite the database itself: {file}</source>
            <translation>камдык көчүрмө маалымат базасынын өзүнүн үстүнө жазыла албайт: {file}</translation>
        </message>
        <message>
            <source>{file} is the database itself; choose a backup</source>
            <translation>{file} — маалымат базасынын өзү; камдык көчүрмөнү тандаңыз</translation>
        </message>
        <message>
            <source>the database is damaged ({detail}); the backup was not kept</source>
            <translation>маалымат базасы бузулган ({detail}); камдык көчүрмө сакталган жок</translation>
        </message>
        <message>
            <source>cannot replace {file}: {error} (is meapp still running on it?)</source>
            <translation>{file} алмаштырылбайт: {error} (meapp дагы эле аны менен иштеп жатабы?)</translation>
        </message>
        <message>
            <source>no direction {direction}</source>
            <translation>мындай артыкчылыктуу багыт жок: {direction}</translation>
        </message>
        <message>
            <source>File: no file was given</source>
            <translation>Файл: файл берилген жок</translation>
        </message>
        <message>
            <source>File: the file name is empty</source>
            <translation>Файл: файлдын аты бош</translation>
        </message>
        <message>
            <source>File: {name} is too large ({size}); the limit is {limit}</source>
            <translation>Файл: {name} өтө чоң ({size}); чеги {limit}</translation>
        </message>
        <message>
            <source>File: {name} is empty</source>
            <translation>Файл: {name} бош</translation>
        </message>
        <message>
            <source>unknown owner of evidence {owner}; use one of {owners}</source>
            <translation>далилдин белгисиз ээси {owner}; булардын бирин колдонуңуз: {owners}</translation>
        </message>
        <message>
            <source>no hearing {hearing}</source>
            <translation>{hearing} деген угуу же жыйын жок</translation>
        </message>
        <message>
            <source>the stored evidence file {name} is damaged (its SHA-256 does not match); run meapp check or restore a backup</source>
            <translation>сакталган {name} далил файлы бузулган (анын SHA-256 дал келбейт); meapp check иштетиңиз же камдык көчүрмөдөн калыбына келтириңиз</translation>
        </message>
        <message>
            <source>Kind of document: unknown kind {kind}; use one of {kinds}</source>
            <translation>Документтин түрү: белгисиз түр {kind}; булардын бирин колдонуңуз: {kinds}</translation>
        </message>
        <message>
            <source>Document number: at most {n} characters</source>
            <translation>Документтин номери: эң көп {n} белги</translation>
        </message>
        <message>
            <source>File: there is no file {path}</source>
            <translation>Файл: {path} деген файл жок</translation>
        </message>
        <message>
            <source>no public check {check}</source>
            <translation>{check} деген коомдук текшерүү жок</translation>
        </message>
        <message>
            <source>no evidence file {evidence}</source>
            <translation>{evidence} деген далил файлы жок</translation>
        </message>
        <message>
            <source>Document date: not a date: {value} (write 2024-03-15)</source>
            <translation>Документтин датасы: дата эмес: {value} (2024-03-15 деп жазыңыз)</translation>
        </message>
        <message>
            <source>File: {name} cannot be read: {reason}</source>
            <translation>Файл: {name} окулбай жатат: {reason}</translation>
        </message>
        <message>
            <source>choose at least one period to export</source>
            <translation>экспорттоо үчүн жок дегенде бир мезгилди тандаңыз</translation>
        </message>
        <message>
            <source>the export was cancelled; no package was written</source>
            <translation>экспорт токтотулду; пакет жазылган жок</translation>
        </message>
        <message>
            <source>the stored evidence file {sha256} is damaged; run meapp check</source>
            <translation>сакталган {sha256} далил файлы бузулган; meapp check иштетиңиз</translation>
        </message>
        <message>
            <source>{file} is from another programme: it carries {code}, not {program}</source>
            <translation>{file} башка программадан: анда {program} эмес, {code} бар</translation>
        </message>
        <message>
            <source>--prefer takes mine or theirs, not {value}</source>
            <translation>--prefer mine же theirs маанисин алат, {value} эмес</translation>
        </message>
        <message>
            <source>{file}: {n} rows were changed both here and in the package; nothing was imported. Choose which to keep (--prefer mine or --prefer theirs)</source>
            <translation>{file}: {n} сап бул жерде да, пакетте да өзгөртүлгөн; эч нерсе импорттолгон жок. Кайсынысын калтырууну тандаңыз (--prefer mine же --prefer theirs)</translation>
        </message>
        <message>
            <source>a conflict is resolved with mine or theirs, not {value}</source>
            <translation>карама-каршылык mine же theirs менен чечилет, {value} эмес</translation>
        </message>
        <message>
            <source>{file} does not fit this database (a row breaks its rules); nothing was imported</source>
            <translation>{file} бул маалымат базасына туура келбейт (бир сап анын эрежелерин бузат); эч нерсе импорттолгон жок</translation>
        </message>
        <message>
            <source>the database is busy with another change; try again in a moment</source>
            <translation>маалымат базасы башка өзгөртүү менен алек; бир аздан кийин кайра аракет кылыңыз</translation>
        </message>
        <message>
            <source>{file} is from another programme: its municipality differs from the programme {code} here</source>
            <translation>{file} башка программадан: анын муниципалитети бул жердеги {code} программасыныкынан айырмаланат</translation>
        </message>
        <message>
            <source>{file} is from another programme: this database holds a different programme with the code {code}</source>
            <translation>{file} башка программадан: бул маалымат базасында {code} коду менен башка программа бар</translation>
        </message>
        <message>
            <source>{file} carries only the periods {periods} of the programme {code}, which this database does not have; import the package of the whole programme first</source>
            <translation>{file} {code} программасынын {periods} мезгилдерин гана камтыйт, ал программа бул маалымат базасында жок; адегенде бүт программанын пакетин импорттоңуз</translation>
        </message>
        <message>
            <source>{file} is damaged or is not a meapp package</source>
            <translation>{file} бузулган же meapp алмашуу пакети эмес</translation>
        </message>
        <message>
            <source>{file} was changed after it was made: {entry} does not match its hash</source>
            <translation>{file} жасалгандан кийин өзгөртүлгөн: {entry} өз хэшине дал келбейт</translation>
        </message>
        <message>
            <source>{file} is too large to import: it would take {size} (at most {limit})</source>
            <translation>{file} импорттоо үчүн өтө чоң: ал {size} ээлейт (эң көп {limit})</translation>
        </message>
        <message>
            <source>{file} is not a meapp package</source>
            <translation>{file} meapp алмашуу пакети эмес</translation>
        </message>
        <message>
            <source>{file} has package format {version}, which this meapp cannot read (it reads format {supported}); update meapp</source>
            <translation>{file} пакетинин форматы {version}, аны бул meapp окуй албайт (ал {supported} форматын окуйт); meapp'ты жаңыртыңыз</translation>
        </message>
        <message>
            <source>{file}: the manifest is incomplete or damaged</source>
            <translation>{file}: манифест толук эмес же бузулган</translation>
        </message>
        <message>
            <source>{file}: the manifest names no period</source>
            <translation>{file}: манифестте мезгил көрсөтүлгөн эмес</translation>
        </message>
        <message>
            <source>package not found: {file}</source>
            <translation>алмашуу пакети табылган жок: {file}</translation>
        </message>
        <message>
            <source>{file} is too large to import: {size} (at most {limit})</source>
            <translation>{file} импорттоо үчүн өтө чоң: {size} (эң көп {limit})</translation>
        </message>
        <message>
            <source>{file} is incomplete: {entry} is missing</source>
            <translation>{file} толук эмес: {entry} жок</translation>
        </message>
        <message>
            <source>{file} is refused: the entry {entry} points outside the package folder</source>
            <translation>{file} четке кагылды: {entry} жазуусу пакет папкасынын сыртын көрсөтөт</translation>
        </message>
        <message>
            <source>{file} is refused: the entry {entry} appears twice</source>
            <translation>{file} четке кагылды: {entry} жазуусу эки жолу кездешет</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} is not part of a meapp package</source>
            <translation>{file} четке кагылды: {entry} meapp алмашуу пакетинин бөлүгү эмес</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} is encrypted</source>
            <translation>{file} четке кагылды: {entry} шифрленген</translation>
        </message>
        <message>
            <source>{file} is too large to import: {entry} would take {size} (at most {limit})</source>
            <translation>{file} импорттоо үчүн өтө чоң: {entry} {size} ээлейт (эң көп {limit})</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} expands {ratio} times, like a zip bomb</source>
            <translation>{file} четке кагылды: {entry} zip-бомба сыяктуу {ratio} эсе чоңоёт</translation>
        </message>
        <message>
            <source>{file}: {entry} is not valid JSON</source>
            <translation>{file}: {entry} туура JSON эмес</translation>
        </message>
        <message>
            <source>{file}: {entry} is not a table of rows</source>
            <translation>{file}: {entry} саптардын таблицасы эмес</translation>
        </message>
        <message>
            <source>{file} is too large to import: more than {n} rows</source>
            <translation>{file} импорттоо үчүн өтө чоң: {n} саптан ашык</translation>
        </message>
        <message>
            <source>{file}: the programme named in the manifest is missing</source>
            <translation>{file}: манифестте көрсөтүлгөн программа жок</translation>
        </message>
        <message>
            <source>{file}: the manifest does not match the programme it carries</source>
            <translation>{file}: манифест пакеттеги программага дал келбейт</translation>
        </message>
        <message>
            <source>{file}: the municipality named in the manifest is missing</source>
            <translation>{file}: манифестте көрсөтүлгөн муниципалитет жок</translation>
        </message>
        <message>
            <source>{file} is too large to import: more than {n} entries</source>
            <translation>{file} импорттоо үчүн өтө чоң: {n} жазуудан ашык</translation>
        </message>
        <message>
            <source>{file} is not a meapp package: it has no manifest</source>
            <translation>{file} meapp алмашуу пакети эмес: анда манифест жок</translation>
        </message>
        <message>
            <source>{file} was changed after it was made: {entry} is not in its manifest</source>
            <translation>{file} жасалгандан кийин өзгөртүлгөн: {entry} анын манифестинде жок</translation>
        </message>
        <message>
            <source>{file}: the manifest names an unknown period {period}</source>
            <translation>{file}: манифестте белгисиз мезгил {period} көрсөтүлгөн</translation>
        </message>
        <message>
            <source>{file}: a package of periods may not carry {table} rows</source>
            <translation>{file}: мезгилдердин алмашуу пакети {table} саптарын камтый албайт</translation>
        </message>
        <message>
            <source>not an anchor (COUNT:HASH): {text}</source>
            <translation>бул якорь эмес (COUNT:HASH): {text}</translation>
        </message>
        <message>
            <source>the evidence file {sha256} is missing from the package</source>
            <translation>пакетте {sha256} далил файлы жок</translation>
        </message>
        <message>
            <source>the id {id} appears twice (also in {table})</source>
            <translation>{id} id эки жолу кездешет ({table} ичинде да)</translation>
        </message>
        <message>
            <source>the period {period} is not one of the package's periods</source>
            <translation>{period} мезгили пакеттин мезгилдеринин катарында жок</translation>
        </message>
        <message>
            <source>the evidence file {sha256} has another size than its row says</source>
            <translation>{sha256} далил файлынын өлчөмү анын сабында жазылгандан башка</translation>
        </message>
        <message>
            <source>evidence without a period travels only with the whole programme</source>
            <translation>мезгили жок далил бүт программа менен гана өткөрүлөт</translation>
        </message>
        <message>
            <source>{file}: the signature does not match the package; it was changed after signing</source>
            <translation>{file}: кол тамга пакетке дал келбейт; ал кол коюлгандан кийин өзгөртүлгөн</translation>
        </message>
        <message>
            <source>not allowed: the role {role} may not change the working group and its order</source>
            <translation>уруксат жок: {role} ролу жумушчу топту жана анын буйругун өзгөртө албайт</translation>
        </message>
        <message>
            <source>no group member {member}</source>
            <translation type="vanished">{member} деген топ мүчөсү жок</translation>
        </message>
        <message>
            <source>no proposal {proposal}</source>
            <translation type="vanished">{proposal} деген сунуш жок</translation>
        </message>
        <message>
            <source>help page not found: {page}</source>
            <translation>жардам барагы табылган жок: {page}</translation>
        </message>
        <message>
            <source>choose a workbook to import</source>
            <translation>импорттоо үчүн Excel китебин тандаңыз</translation>
        </message>
        <message>
            <source>targets for years outside the programme ({years}) were not imported</source>
            <translation>программанын мөөнөтүнөн тышкаркы жылдардын ({years}) максаттары импорттолгон жок</translation>
        </message>
        <message>
            <source>the programme's years are needed to read the yearly targets: give them (for example 2023-2026)</source>
            <translation>жылдык максаттарды окуу үчүн программанын жылдары керек: аларды көрсөтүңүз (мисалы 2023-2026)</translation>
        </message>
        <message>
            <source>{n} indicators match no plan item by issue or group and go to the programme</source>
            <translation type="vanished">{n} индикатор маселеси же тобу боюнча бир да план пунктуна дал келбейт жана программага кошулат</translation>
        </message>
        <message>
            <source>a row without a measure text was skipped</source>
            <translation>иш-чаранын тексти жок сап өткөрүлдү</translation>
        </message>
        <message>
            <source>indicators by year: imported for the programme, the last year before it is the baseline, its years are the targets</source>
            <translation>индикаторлор жылдар боюнча: программа үчүн импорттолду, андан мурунку акыркы жыл — базалык жыл, программанын жылдары — максаттар</translation>
        </message>
        <message>
            <source>the same file was chosen twice: {file}</source>
            <translation>бир эле файл эки жолу тандалды: {file}</translation>
        </message>
        <message>
            <source>the workbook is empty: no sheet holds any text</source>
            <translation>Excel китеби бош: бир да баракта текст жок</translation>
        </message>
        <message>
            <source>the sheet has a header but no rows under it</source>
            <translation>баракта баш сап бар, бирок анын астында саптар жок</translation>
        </message>
        <message>
            <source>no number in the cell: {value} (kept as text)</source>
            <translation>уячада сан жок: {value} (текст катары сакталды)</translation>
        </message>
        <message>
            <source>the baseline year is not in the header: {year} assumed</source>
            <translation>базалык жыл баш сапта жок: {year} деп кабыл алынды</translation>
        </message>
        <message>
            <source>the number {code} is used twice (also row {other})</source>
            <translation>{code} номери эки жолу колдонулган ({other}-сапта да)</translation>
        </message>
        <message>
            <source>measure without a task: placed directly under {parent}</source>
            <translation>милдети жок иш-чара: түздөн-түз {parent} астына коюлду</translation>
        </message>
        <message>
            <source>measure without a task or heading: placed at the top of the plan</source>
            <translation>милдети же аталышы жок иш-чара: пландын жогорку деңгээлине коюлду</translation>
        </message>
        <message>
            <source>deadline not understood: the text is kept, the years are empty</source>
            <translation>мөөнөт түшүнүксүз: текст сакталды, жылдар бош</translation>
        </message>
        <message>
            <source>a heading without a number was read as a {kind}</source>
            <translation>номери жок аталыш {kind} катары окулду</translation>
        </message>
        <message>
            <source>a row with values but no indicator name was skipped</source>
            <translation>маанилери бар, бирок индикатордун аталышы жок сап өткөрүлдү</translation>
        </message>
        <message>
            <source>sheet not recognised as an action plan or an indicator matrix: skipped</source>
            <translation>барак иш-чаралар планы же индикаторлордун матрицасы катары таанылган жок: өткөрүлдү</translation>
        </message>
        <message>
            <source>the cell holds several values: {value}; {number} was taken</source>
            <translation>уячада бир нече маани бар: {value}; {number} алынды</translation>
        </message>
        <message>
            <source>not understood: {value}</source>
            <translation>түшүнүксүз: {value}</translation>
        </message>
        <message>
            <source>guessed cumulative: the yearly targets add up to the final target; change it if wrong</source>
            <translation>топтолуучу деп болжолдонду: жылдык максаттардын суммасы акыркы максатка барабар; туура эмес болсо өзгөртүңүз</translation>
        </message>
        <message>
            <source>guessed a level indicator (targets are levels, not amounts); change it if wrong</source>
            <translation>деңгээл индикатору деп болжолдонду (максаттар көлөм эмес, деңгээл); туура эмес болсо өзгөртүңүз</translation>
        </message>
        <message>
            <source>a target column without a year was not read</source>
            <translation>жылы жок максат тилкеси окулган жок</translation>
        </message>
        <message>
            <source>no indicator or plan item with id or code {item} in the programme</source>
            <translation>Программада {item} id же коду менен индикатор же план пункту жок</translation>
        </message>
        <message>
            <source>the code {item} names {count} items of the programme: give the id</source>
            <translation>{item} коду программанын {count} элементине туура келет: id көрсөтүңүз</translation>
        </message>
        <message>
            <source>unknown report {kind}; use one of {kinds}</source>
            <translation>белгисиз отчет {kind}; булардын бирин колдонуңуз: {kinds}</translation>
        </message>
        <message>
            <source>no font with Kyrgyz letters found; put NotoSans-Regular.ttf into {folder}</source>
            <translation type="vanished">кыргыз тамгалары бар шрифт табылган жок; NotoSans-Regular.ttf файлын {folder} папкасына салыңыз</translation>
        </message>
        <message>
            <source>the report was cancelled</source>
            <translation>отчет токтотулду</translation>
        </message>
        <message>
            <source>unknown workbook {kind}; use one of {kinds}</source>
            <translation>белгисиз Excel файлы {kind}; булардын бирин колдонуңуз: {kinds}</translation>
        </message>
        <message>
            <source>the period {period} is approved and locked; an administrator can reopen it</source>
            <translation>{period} мезгили бекитилген жана кулпуланган; администратор аны кайра ача алат</translation>
        </message>
        <message>
            <source>reopening a round needs a reason (--reason TEXT)</source>
            <translation>мезгилди кайра ачуу үчүн себеп керек (--reason TEXT)</translation>
        </message>
        <message>
            <source>not a period: {period} (write 2024-H1, 2024-H2 or 2024)</source>
            <translation>мезгил эмес: {period} (2024-H1, 2024-H2 же 2024 деп жазыңыз)</translation>
        </message>
        <message>
            <source>{period} is outside the programme ({start}–{end})</source>
            <translation>{period} программанын мөөнөтүнөн тышкары ({start}–{end})</translation>
        </message>
        <message>
            <source>the programme reports by year: write {year}</source>
            <translation>программа жыл боюнча отчет берет: {year} деп жазыңыз</translation>
        </message>
        <message>
            <source>changed by someone else; look again and retry</source>
            <translation>башка бирөө өзгөрттү; кайра карап, дагы аракет кылыңыз</translation>
        </message>
        <message>
            <source>the programme reports by half-year: write {year}-H1 or {year}-H2</source>
            <translation>программа жарым жылдык боюнча отчет берет: {year}-H1 же {year}-H2 деп жазыңыз</translation>
        </message>
        <message>
            <source>the programme reports by quarter: write {year}-Q1 … {year}-Q4</source>
            <translation>программа чейрек боюнча отчет берет: {year}-Q1 … {year}-Q4 деп жазыңыз</translation>
        </message>
        <message>
            <source>the total {total} of {source} is not the sum of its years ({sum})</source>
            <translation>{source} боюнча жалпы сумма {total} анын жылдарынын суммасына ({sum}) барабар эмес</translation>
        </message>
        <message>
            <source>not a number that can be read for sure: {value} (write 1234,5 or 1 234,5)</source>
            <translation>так окула турган сан эмес: {value} (1234,5 же 1 234,5 деп жазыңыз)</translation>
        </message>
        <message>
            <source>the planned costs in columns {columns} are not split by year: each measure's total is spread evenly over its years</source>
            <translation>{columns} мамычаларындагы пландалган чыгымдар жылдарга бөлүнгөн эмес: ар бир иш-чаранын жалпы суммасы анын жылдарына бирдей бөлүштүрүлөт</translation>
        </message>
        <message>
            <source>{file} and {other} hold the same action plan ({n} measures alike): import one of them</source>
            <translation>{file} жана {other} бир эле иш-чаралар планын камтыйт ({n} окшош иш-чара): алардын бирин гана импорттоңуз</translation>
        </message>
        <message>
            <source>{file} and {other} hold the same indicators ({n} alike): import one of them</source>
            <translation>{file} жана {other} бир эле индикаторлорду камтыйт ({n} окшош): алардын бирин гана импорттоңуз</translation>
        </message>
        <message>
            <source>column not imported: {header}</source>
            <translation>мамыча импорттолгон жок: {header}</translation>
        </message>
        <message>
            <source>targets below the baseline {baseline} of an indicator to increase: {periods}</source>
            <translation>өсүүгө тийиш индикатордун максаттары базалык маани {baseline} төмөн: {periods}</translation>
        </message>
        <message>
            <source>targets above the baseline {baseline} of an indicator to decrease: {periods}</source>
            <translation>азаюуга тийиш индикатордун максаттары базалык маани {baseline} жогору: {periods}</translation>
        </message>
        <message>
            <source>not linked to a plan item (no number, issue or group matches): {name} goes to the programme; place it in the preview or the plan editor</source>
            <translation>пландын пунктуна байланган жок (номери, маселеси же тобу дал келген жок): {name} программанын өзүнө кошулат; аны алдын ала көрүүдө же план редакторунда ордуна коюңуз</translation>
        </message>
        <message>
            <source>control characters removed from the cell</source>
            <translation>уячадан башкаруучу белгилер алынып салынды</translation>
        </message>
        <message>
            <source>a formula without a computed value: open the file in a spreadsheet program, let it calculate, save it and import again</source>
            <translation>эсептелген мааниси жок формула: файлды электрондук таблица программасында ачып, эсептетип, сактап, кайра импорттоңуз</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} — папка эмес, файл</translation>
        </message>
        <message>
            <source>the folder {folder} holds other files: choose an empty folder or an earlier pack</source>
            <translation>{folder} папкасында башка файлдар бар: бош папканы же мурунку топтомду тандаңыз</translation>
        </message>
        <message>
            <source>the report {file} is not a PDF file</source>
            <translation>{file} отчету PDF файл эмес</translation>
        </message>
        <message>
            <source>only the chair of the working group (an evaluator) and the mayor sign reports; {login} is neither</source>
            <translation>отчетторго жумушчу топтун төрагасы (баалоочу) жана мэр гана кол коёт; {login} алардын бири да эмес</translation>
        </message>
        <message>
            <source>the chair's box is signed by {chair}, the chair of the working group; {login} does not sign reports</source>
            <translation>төраганын кол тамга талаасына жумушчу топтун төрагасы {chair} кол коёт; {login} отчетторго кол койбойт</translation>
        </message>
        <message>
            <source>{login} does not sign reports, so needs no signing identity: only the chair of the working group (an evaluator) and the mayor sign</source>
            <translation>{login} отчетторго кол койбойт, ошондуктан ага кол коюу ачкычы керек эмес: жумушчу топтун төрагасы (баалоочу) жана мэр гана кол коёт</translation>
        </message>
        <message>
            <source>the signature field {field} is not {login}'s: {login} signs only in {box}</source>
            <translation>{field} кол тамга талаасы {login} колдонуучусуна таандык эмес: {login} {box} талаасына гана кол коёт</translation>
        </message>
        <message>
            <source>{file} carries a signature by an unknown signer, {signer} (certificate SHA-256 {sha256}); it cannot be countersigned</source>
            <translation>{file} файлында белгисиз кол коюучунун кол тамгасы бар, {signer} (SHA-256 {sha256} сертификаты); ага кошумча кол коюуга болбойт</translation>
        </message>
        <message>
            <source>{file} carries a signature by {signer} in {field}, a box {signer} does not hold; it cannot be countersigned</source>
            <translation>{file} файлында {signer} {field} талаасына кол койгон, бирок бул талаа {signer} үчүн эмес; ага экинчи кол коюуга болбойт</translation>
        </message>
        <message>
            <source>the audit trail of this database is not the one {file} was signed with: event {count} or an event before it was changed or deleted after signing</source>
            <translation>бул маалымат базасынын аудит журналы {file} кол коюлгандагы журнал эмес: {count}-окуя же андан мурунку окуя кол коюлгандан кийин өзгөртүлгөн же өчүрүлгөн</translation>
        </message>
        <message>
            <source>the figures of {file} are not the approved data of {period} in this database (data fingerprint {printed}… in the report, {current}… in the database)</source>
            <translation>{file} файлындагы сандар бул маалымат базасындагы {period} мезгилинин бекитилген маалыматтары эмес (маалыматтардын санариптик изи отчетто {printed}…, базада {current}…)</translation>
        </message>
        <message>
            <source>the audit trail of this database ends at event {events}, but {file} was signed when it held {count}: events were deleted after signing</source>
            <translation>бул маалымат базасынын аудит журналы {events}-окуя менен бүтөт, бирок {file} кол коюлганда анда {count} окуя болгон: кол коюлгандан кийин окуялар өчүрүлгөн</translation>
        </message>
        <message>
            <source>{file} carries no signature: nothing vouches for it</source>
            <translation>{file} файлында кол тамга жок: аны эч ким тастыктабайт</translation>
        </message>
        <message>
            <source>{file} carries no data fingerprint: it is not a report built by meapp</source>
            <translation>{file} файлында маалыматтардын санариптик изи жок: бул meapp түзгөн отчет эмес</translation>
        </message>
        <message>
            <source>the programme of {file} ({program}) is not in this database</source>
            <translation>{file} файлынын программасы ({program}) бул маалымат базасында жок</translation>
        </message>
        <message>
            <source>the round {period} is no longer approved in this database (it is {state}): the figures of {file} are not confirmed</source>
            <translation>бул маалымат базасында {period} мезгили мындан ары бекитилген эмес (абалы: {state}): {file} файлындагы сандар тастыкталбайт</translation>
        </message>
        <message>
            <source>the signature in {field} of {file} is broken: the signed content was altered</source>
            <translation>{file} файлынын {field} талаасындагы кол тамга бузулган: кол коюлган мазмун өзгөртүлгөн</translation>
        </message>
        <message>
            <source>{file} was changed after {signer} signed it</source>
            <translation>{signer} кол койгондон кийин {file} өзгөртүлгөн</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by an unknown signer, {signer} (certificate SHA-256 {sha256}); if the certificate is theirs, trust it with: meapp identity trust FILE</source>
            <translation>{file}: {field} талаасындагы кол тамга белгисиз кол коюучуга таандык, {signer} (SHA-256 {sha256} сертификаты); эгер сертификат ошол адамдыкы болсо, аны ишенимдүү кылыңыз: meapp identity trust FILE</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by {signer} ({login}), who does not hold that box: only the chair of the working group signs sig_chair and only the mayor sig_mayor</source>
            <translation type="vanished">{file}: {field} талаасындагы кол тамга {signer} ({login}) тарабынан коюлган, бирок бул талаа ага таандык эмес: sig_chair талаасына жумушчу топтун төрагасы гана, sig_mayor талаасына мэр гана кол коёт</translation>
        </message>
        <message>
            <source>{file} is a folder, not a backup file</source>
            <translation>{file} — папка, камдык көчүрмөнүн файлы эмес</translation>
        </message>
        <message>
            <source>another backup to {file} is being written right now</source>
            <translation>{file} файлына башка камдык көчүрмө азыр жазылып жатат</translation>
        </message>
        <message>
            <source>a backup cannot overwrite the database's own file {file}</source>
            <translation>камдык көчүрмө маалымат базасынын өз файлынын үстүнө жазыла албайт: {file}</translation>
        </message>
        <message>
            <source>{file} exists and is not a database file; it is not overwritten</source>
            <translation>{file} бар жана маалымат базасынын файлы эмес; анын үстүнө жазылбайт</translation>
        </message>
        <message>
            <source>the backup before the upgrade could not be written ({error}); the database was not upgraded</source>
            <translation>жаңыртуудан мурунку камдык көчүрмө жазылган жок ({error}); маалымат базасы жаңыртылган жок</translation>
        </message>
        <message>
            <source>{file} is in use by the command '{command}' (process {pid}); wait until it ends, then restore again</source>
            <translation>{file} '{command}' буйругу тарабынан колдонулууда (процесс {pid}); ал бүткүчө күтүп, анан калыбына келтирүүнү кайталаңыз</translation>
        </message>
        <message>
            <source>{file} is open in a meapp window (process {pid}); close that window, then restore again</source>
            <translation>{file} meapp терезесинде ачык (процесс {pid}); ал терезени жаап, анан калыбына келтирүүнү кайталаңыз</translation>
        </message>
        <message>
            <source>the page {page} cannot show the item {item}</source>
            <translation>{page} барагы {item} элементин көрсөтө албайт</translation>
        </message>
        <message>
            <source>{where}: {text}</source>
            <translation>{where}: {text}</translation>
        </message>
        <message>
            <source>your role does not allow entering data</source>
            <translation>сиздин ролуңуз маалымат киргизүүгө уруксат бербейт</translation>
        </message>
        <message>
            <source>{file} is the report of {period}, not of the period chosen; build the report again</source>
            <translation>{file} — {period} мезгилинин отчету, тандалган мезгилдики эмес; отчетту кайра түзүңүз</translation>
        </message>
        <message>
            <source>the two passwords differ; type the same one twice</source>
            <translation>эки сырсөз дал келбейт; бир эле сырсөздү эки жолу териңиз</translation>
        </message>
        <message>
            <source>cannot write {file}: {error}</source>
            <translation>{file} файлына жазуу мүмкүн эмес: {error}</translation>
        </message>
        <message>
            <source>the period is empty</source>
            <translation>мезгил көрсөтүлгөн эмес</translation>
        </message>
        <message>
            <source>a password is needed to protect a secret</source>
            <translation>купуя маалыматты коргоо үчүн сырсөз керек</translation>
        </message>
        <message>
            <source>not a protected secret</source>
            <translation>корголгон купуя маалымат эмес</translation>
        </message>
        <message>
            <source>the signing identity holds no key or no certificate</source>
            <translation>кол коюу ачкычында ачкыч же сертификат жок</translation>
        </message>
        <message>
            <source>wrong password for the protected secret</source>
            <translation>корголгон купуя маалыматтын сырсөзү туура эмес</translation>
        </message>
        <message>
            <source>wrong password for the signing key</source>
            <translation>кол коюу ачкычынын сырсөзү туура эмес</translation>
        </message>
        <message>
            <source>unknown key type {kind}; use one of {kinds}</source>
            <translation>белгисиз ачкыч түрү {kind}; булардын бирин колдонуңуз: {kinds}</translation>
        </message>
        <message>
            <source>unknown certificate format {format}; use pem or der</source>
            <translation>белгисиз сертификат форматы {format}; pem же der колдонуңуз</translation>
        </message>
        <message>
            <source>the certificate is not valid before {date}</source>
            <translation>сертификат {date} чейин жараксыз</translation>
        </message>
        <message>
            <source>the certificate expired on {date}</source>
            <translation>сертификаттын мөөнөтү {date} бүткөн</translation>
        </message>
        <message>
            <source>the certificate does not allow signing documents</source>
            <translation>сертификат документтерге кол коюуга уруксат бербейт</translation>
        </message>
        <message>
            <source>the password must have at least {n} characters</source>
            <translation>сырсөздө эң аз {n} белги болушу керек</translation>
        </message>
        <message>
            <source>a signing identity needs the person's full name</source>
            <translation>кол коюу ачкычы үчүн адамдын толук аты-жөнү керек</translation>
        </message>
        <message>
            <source>a certificate is valid for 1 to 30 years, not {years}</source>
            <translation>сертификат 1ден 30 жылга чейин жарактуу болот, {years} эмес</translation>
        </message>
        <message>
            <source>{file} holds no private key with its certificate</source>
            <translation>{file} файлында сертификаты менен жабык ачкыч жок</translation>
        </message>
        <message>
            <source>{file}: the private key does not belong to the certificate</source>
            <translation>{file}: жабык ачкыч сертификатка таандык эмес</translation>
        </message>
        <message>
            <source>no user {login}</source>
            <translation>{login} колдонуучусу жок</translation>
        </message>
        <message>
            <source>the year {year} lies outside the programme's years {start}–{end}</source>
            <translation>{year}-жыл программанын жылдарынан ({start}–{end}) тышкары</translation>
        </message>
        <message>
            <source>website address: {value} holds a character that does not print ({code}); type the address again</source>
            <translation>сайттын дареги: {value} ичинде басылбаган белги бар ({code}); даректи кайра териңиз</translation>
        </message>
        <message>
            <source>website address: too long for the QR code ({n} characters at most, a Cyrillic letter counting as two): {value}</source>
            <translation>сайттын дареги: QR код үчүн өтө узун (эң көп {n} белги, кириллица тамгасы экиге эсептелет): {value}</translation>
        </message>
        <message>
            <source>website address: not a web address: {value} (write https://example.kg/monitoring)</source>
            <translation>сайттын дареги: веб-дарек эмес: {value} (мисалы, https://example.kg/monitoring деп жазыңыз)</translation>
        </message>
        <message>
            <source>{login} already has a signing identity</source>
            <translation>{login} колдонуучусунун кол коюу ачкычы мурунтан бар</translation>
        </message>
        <message>
            <source>signing needs a logged-in user</source>
            <translation>кол коюу үчүн колдонуучу кирген болушу керек</translation>
        </message>
        <message>
            <source>{login} has no signing identity; create one first (meapp identity create)</source>
            <translation>{login} колдонуучусунун кол коюу ачкычы жок; адегенде түзүңүз (meapp identity create)</translation>
        </message>
        <message>
            <source>no trusted certificate {sha256}</source>
            <translation>{sha256} ишенимдүү сертификаты жок</translation>
        </message>
        <message>
            <source>not a certificate (PEM or DER expected): {file}</source>
            <translation>сертификат эмес (PEM же DER күтүлөт): {file}</translation>
        </message>
        <message>
            <source>cannot open {file}: wrong password or not a PKCS#12 file</source>
            <translation>{file} ачылбай жатат: сырсөз туура эмес же PKCS#12 файлы эмес</translation>
        </message>
        <message>
            <source>{login} has no signing identity</source>
            <translation>{login} колдонуучусунун кол коюу ачкычы жок</translation>
        </message>
        <message>
            <source>not a PDF file: {file}</source>
            <translation>PDF файлы эмес: {file}</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be read as a PDF</source>
            <translation>{file} бузулган жана PDF катары окулбайт</translation>
        </message>
        <message>
            <source>the signature field {field} is already signed</source>
            <translation>{field} кол тамга талаасына мурунтан кол коюлган</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by {signer} ({login}), who does not hold that box: only the chair of the working group signs the chair's box and only the mayor the mayor's box</source>
            <translation>{file}: {field} талаасындагы кол тамга {signer} ({login}) тарабынан коюлган, бирок бул талаа ага таандык эмес: төраганын талаасына жумушчу топтун төрагасы гана, мэрдин талаасына мэр гана кол коёт</translation>
        </message>
        <message>
            <source>the database could not be upgraded from schema {revision} ({error}); it was not changed</source>
            <translation>маалымат базасын {revision} схемасынан жаңыртуу мүмкүн болгон жок ({error}); ал өзгөртүлгөн жок</translation>
        </message>
        <message>
            <source>{file} is open in another program (a database browser, a script or another meapp); close it, then restore again</source>
            <translation>{file} башка программада ачык (маалымат базасын көрүүчү, скрипт же башка meapp); аны жаап, анан калыбына келтирүүнү кайталаңыз</translation>
        </message>
        <message>
            <source>the role {role} does not allow this action ({right})</source>
            <translation>{role} ролу бул аракетке уруксат бербейт ({right})</translation>
        </message>
        <message>
            <source>{file} carries no data fingerprint: only a report built by meapp can be signed</source>
            <translation>{file} файлында маалыматтардын санариптик изи жок: meapp түзгөн отчетко гана кол коюуга болот</translation>
        </message>
        <message>
            <source>cannot write {file}: {error} (is it open in another program?)</source>
            <translation>{file} жазылбай жатат: {error} (башка программада ачык эмеспи?)</translation>
        </message>
        <message>
            <source>only the report of an approved round can be signed; {period} is {state}</source>
            <translation>бекитилген мезгилдин отчетуна гана кол коюуга болот; {period} мезгилинин абалы: {state}</translation>
        </message>
        <message>
            <source>the data of {period} differ from the report ({file}); build the report again</source>
            <translation>{period} маалыматтары отчеттон ({file}) айырмаланат; отчетту кайра түзүңүз</translation>
        </message>
        <message>
            <source>{file} was changed after {signer} signed it; it cannot be signed again</source>
            <translation>{signer} кол койгондон кийин {file} өзгөртүлгөн; ага кайра кол коюуга болбойт</translation>
        </message>
        <message>
            <source>{login} has already signed {file}</source>
            <translation>{login} {file} файлына мурунтан кол койгон</translation>
        </message>
        <message>
            <source>the report names an unknown programme {program}</source>
            <translation>отчетто белгисиз {program} программасы көрсөтүлгөн</translation>
        </message>
        <message>
            <source>no programme {id}</source>
            <translation>{id} программасы жок</translation>
        </message>
        <message>
            <source>no SWOT item {id}</source>
            <translation type="vanished">{id} SWOT пункту жок</translation>
        </message>
        <message>
            <source>no risk {id}</source>
            <translation type="vanished">{id} тобокелдиги жок</translation>
        </message>
        <message>
            <source>the text is empty</source>
            <translation>текст бош</translation>
        </message>
        <message>
            <source>the text has more than {n} characters</source>
            <translation>текстте {n} белгиден ашык</translation>
        </message>
        <message>
            <source>unknown SWOT category {category}; use one of {categories}</source>
            <translation>белгисиз SWOT категориясы {category}; булардын бирин колдонуңуз: {categories}</translation>
        </message>
        <message>
            <source>say which way to move the item</source>
            <translation>пунктту кайсы тарапка жылдырууну көрсөтүңүз</translation>
        </message>
        <message>
            <source>the risk needs a description</source>
            <translation>тобокелдиктин сыпаттамасы керек</translation>
        </message>
        <message>
            <source>the owner has more than {n} characters</source>
            <translation>жооптуунун аталышында {n} белгиден ашык</translation>
        </message>
        <message>
            <source>the mitigation has more than {n} characters</source>
            <translation>төмөндөтүү чарасында {n} белгиден ашык</translation>
        </message>
        <message>
            <source>unknown risk status {status}; use one of {statuses}</source>
            <translation>тобокелдиктин белгисиз абалы {status}; булардын бирин колдонуңуз: {statuses}</translation>
        </message>
        <message>
            <source>the risk description has more than {n} characters</source>
            <translation>тобокелдиктин сыпаттамасында {n} белгиден ашык</translation>
        </message>
        <message>
            <source>not allowed: the role {role} may not {action}</source>
            <translation>уруксат жок: {role} ролу {action} мүмкүн эмес</translation>
        </message>
        <message>
            <source>cannot write the backup {file}: {error}</source>
            <translation>камдык көчүрмөнү жазуу мүмкүн эмес {file}: {error}</translation>
        </message>
        <message>
            <source>{period} is a year: use --kind annual, or give a quarter such as {period}-Q4</source>
            <translation>{period} — бул жыл: --kind annual колдонуңуз же {period}-Q4 сыяктуу чейректи көрсөтүңүз</translation>
        </message>
        <message>
            <source>a login is one word without spaces</source>
            <translation>логин — боштуксуз бир сөз</translation>
        </message>
        <message>
            <source>a login has at most {n} characters</source>
            <translation>логинде эң көп {n} белги болот</translation>
        </message>
        <message>
            <source>the login {login} is taken</source>
            <translation>{login} логини бош эмес</translation>
        </message>
        <message>
            <source>unknown role {role}; use one of {roles}</source>
            <translation>белгисиз роль {role}; булардын бирин колдонуңуз: {roles}</translation>
        </message>
        <message>
            <source>not allowed: log in as an administrator to manage users</source>
            <translation>уруксат жок: колдонуучуларды башкаруу үчүн администратор катары кириңиз</translation>
        </message>
        <message>
            <source>wrong login or password</source>
            <translation>логин же сырсөз туура эмес</translation>
        </message>
        <message>
            <source>the new password is the same as the old one</source>
            <translation>жаңы сырсөз эскиси менен бирдей</translation>
        </message>
        <message>
            <source>not allowed: users exist already; an administrator adds new users</source>
            <translation>уруксат жок: колдонуучулар мурунтан бар; жаңы колдонуучуларды администратор кошот</translation>
        </message>
        <message>
            <source>to change your own password, give the old one</source>
            <translation>өз сырсөзүңүздү өзгөртүү үчүн эскисин көрсөтүңүз</translation>
        </message>
        <message>
            <source>{login} is the last administrator; make another user an administrator first</source>
            <translation>{login} — акыркы администратор; адегенде башка колдонуучуну администратор кылыңыз</translation>
        </message>
        <message>
            <source>you cannot deactivate yourself</source>
            <translation>өзүңүздү бөгөттөй албайсыз</translation>
        </message>
        <message>
            <source>the full name is empty</source>
            <translation>толук аты-жөнү жазылган эмес</translation>
        </message>
        <message>
            <source>the workbook is made of {parts} parts; meapp reads at most {max}</source>
            <translation>китеп {parts} бөлүктөн турат; meapp эң көп {max} бөлүктү окуйт</translation>
        </message>
        <message>
            <source>the list of the workbook's parts takes {kb} KB; meapp reads at most {max} KB</source>
            <translation>китептин бөлүктөрүнүн тизмеси {kb} КБ ээлейт; meapp эң көп {max} КБ окуйт</translation>
        </message>
        <message>
            <source>the part {part} would unpack {ratio} times its packed size ({mb} MB); meapp reads at most {max} times</source>
            <translation>{part} бөлүгү таңгакталган өлчөмүнөн {ratio} эсе чоң ачылмак ({mb} МБ); meapp эң көп {max} эсе чоңун окуйт</translation>
        </message>
        <message>
            <source>the sheet spans {cols} columns × {rows} rows (to {ref}); meapp reads at most {max} cells a sheet</source>
            <translation>барак {cols} мамыча × {rows} сапты камтыйт ({ref} чейин); meapp бир барактан эң көп {max} уячаны окуйт</translation>
        </message>
        <message>
            <source>merged ranges cover {cells} cells (the largest {ref}); meapp reads at most {max} merged cells a sheet</source>
            <translation>бириктирилген аймактар {cells} уячаны камтыйт (эң чоңу {ref}); meapp бир барактан эң көп {max} бириктирилген уячаны окуйт</translation>
        </message>
        <message>
            <source>the sheet holds more than {max} rows with values; meapp reads at most {max} rows of such a sheet</source>
            <translation>баракта маанилери бар саптар {max} саптан ашык; meapp мындай барактан эң көп {max} сапты окуйт</translation>
        </message>
        <message>
            <source>the sheet holds {cells} cells in {rows} rows; meapp reads at most {max} cells a sheet</source>
            <translation>баракта {rows} сапта {cells} уяча бар; meapp бир барактан эң көп {max} уячаны окуйт</translation>
        </message>
        <message>
            <source>the workbook has more than {max} sheets; meapp reads at most {max}</source>
            <translation>китепте {max} барактан ашык бар; meapp эң көп {max} баракты окуйт</translation>
        </message>
        <message>
            <source>{file} is too large to import: it holds {rows} rows (at most {n})</source>
            <translation>{file} импорттоо үчүн өтө чоң: анда {rows} сап бар (эң көп {n})</translation>
        </message>
        <message>
            <source>more fields than the header ({fields}, the header has {header}): quote a value that holds a comma, or remove the extra fields</source>
            <translation>баш саптагыдан көп талаа ({fields}, баш сапта {header}): үтүрү бар маанини тырмакчага алыңыз же ашыкча талааларды өчүрүңүз</translation>
        </message>
        <message>
            <source>{field}: a whole number is needed</source>
            <translation>{field}: бүтүн сан керек</translation>
        </message>
        <message>
            <source>{field}: {value} is outside {low}…{high}</source>
            <translation>{field}: {value} {low}…{high} чегинен тышкары</translation>
        </message>
        <message>
            <source>{field}: {value} is not a kind of deadline ({allowed})</source>
            <translation>{field}: {value} мөөнөттүн түрү эмес ({allowed})</translation>
        </message>
        <message>
            <source>{field}: each kind of deadline may be given once</source>
            <translation>{field}: мөөнөттүн ар бир түрү бир гана жолу берилет</translation>
        </message>
        <message>
            <source>{subject}: {detail}</source>
            <translation>{subject}: {detail}</translation>
        </message>
        <message>
            <source>{period}: open data-quality items not acknowledged: {n}</source>
            <translation>{period}: маалыматтын сапаты боюнча кабыл алынбаган ачык маселелер: {n}</translation>
        </message>
        <message>
            <source>{subject}: the value {detail} of {period} needs review</source>
            <translation>{subject}: {period} мезгилиндеги {detail} мааниси текшерүүнү талап кылат</translation>
        </message>
        <message>
            <source>{subject}: the target contradicts the direction (baseline → target: {detail})</source>
            <translation>{subject}: максат өзгөрүү багытына карама-каршы (базалык маани → максат: {detail})</translation>
        </message>
        <message>
            <source>{subject}: no value for {period}</source>
            <translation>{subject}: {period} үчүн маани жок</translation>
        </message>
        <message>
            <source>measure {subject}: past its deadline ({detail}) and no status for {period}</source>
            <translation>{subject} иш-чарасы: ишке ашыруу мөөнөтү ({detail}) өттү, {period} үчүн абалы көрсөтүлгөн жок</translation>
        </message>
        <message>
            <source>the evaluation of {period} is not written</source>
            <translation>{period} боюнча баалоо жазыла элек</translation>
        </message>
        <message>
            <source>give the reason for confirming the value</source>
            <translation>маанини ырастоонун себебин жазыңыз</translation>
        </message>
        <message>
            <source>the reason is longer than {limit} characters</source>
            <translation>себеби {limit} белгиден узун</translation>
        </message>
        <message>
            <source>{indicator} has no value for {period} to confirm</source>
            <translation>{indicator} индикаторунун {period} үчүн ырастала турган мааниси жок</translation>
        </message>
        <message>
            <source>the value {value} of {indicator} for {period} cannot be computed with: correct it instead</source>
            <translation>{indicator} индикаторунун {period} үчүн {value} мааниси менен эсептөө мүмкүн эмес: аны ырастабай, оңдоңуз</translation>
        </message>
        <message>
            <source>the value {value} of {indicator} for {period} is not held for review</source>
            <translation>{indicator} индикаторунун {period} үчүн {value} мааниси текшерүүгө кармалган эмес</translation>
        </message>
        <message>
            <source>the code {code} names several indicators: give the id</source>
            <translation>{code} коду бир нече индикаторго туура келет: идентификаторун көрсөтүңүз</translation>
        </message>
        <message>
            <source>the stored value {value} cannot be computed with: correct it</source>
            <translation>сакталган {value} мааниси менен эсептөө мүмкүн эмес: аны оңдоңуз</translation>
        </message>
        <message>
            <source>a stored target or baseline ({value}) cannot be computed with: correct it</source>
            <translation>сакталган максат же базалык маани ({value}) менен эсептөө мүмкүн эмес: аны оңдоңуз</translation>
        </message>
        <message>
            <source>no target for {period}</source>
            <translation>{period} үчүн максат жок</translation>
        </message>
        <message>
            <source>the parts {parts} add up to {sum}, not {total}</source>
            <translation>{parts} бөлүктөрүнүн суммасы {total} эмес, {sum}</translation>
        </message>
        <message>
            <source>far less than in {period} ({previous})</source>
            <translation>{period} мезгилдегиден ({previous}) алда канча аз</translation>
        </message>
        <message>
            <source>{factor} times more than in {period} ({previous})</source>
            <translation>{period} мезгилдегиден ({previous}) {factor} эсе көп</translation>
        </message>
        <message>
            <source>{factor} times less than in {period} ({previous})</source>
            <translation>{period} мезгилдегиден ({previous}) {factor} эсе аз</translation>
        </message>
        <message>
            <source>{value} is very large for {unit}: was it typed in som?</source>
            <translation>{value} — {unit} үчүн өтө чоң: сом менен жазылганбы?</translation>
        </message>
        <message>
            <source>far more than in {period} ({previous})</source>
            <translation>{period} мезгилдегиден ({previous}) алда канча көп</translation>
        </message>
        <message>
            <source>{factor} times more than in {period} ({previous}): did you mean thousand som?</source>
            <translation>{period} мезгилдегиден ({previous}) {factor} эсе көп: миң сом деп жазылганбы?</translation>
        </message>
        <message>
            <source>{factor} times less than in {period} ({previous}): was it typed in thousand som?</source>
            <translation>{period} мезгилдегиден ({previous}) {factor} эсе аз: миң сом менен жазылганбы?</translation>
        </message>
        <message>
            <source>marked done but {percent} % complete</source>
            <translation>аткарылды деп белгиленген, бирок {percent} % аткарылган</translation>
        </message>
        <message>
            <source>100 % complete but not marked done</source>
            <translation>100 % аткарылган, бирок аткарылды деп белгиленген эмес</translation>
        </message>
        <message>
            <source>money was spent but the measure is not started</source>
            <translation>акча сарпталган, бирок иш-чара башталган эмес</translation>
        </message>
        <message>
            <source>past its deadline ({year}) and not done: delayed?</source>
            <translation>мөөнөтү ({year}) өттү, бирок аткарылган жок: кечиктирилдиби?</translation>
        </message>
        <message>
            <source>a percentage lies between 0 and 100: {value}</source>
            <translation>пайыз 0дөн 100гө чейин болот: {value}</translation>
        </message>
        <message>
            <source>spent {spent} from {source}, more than the {planned} planned</source>
            <translation>{source} булагынан {spent} сарпталган, пландалган {planned} ашык</translation>
        </message>
        <message>
            <source>a milestone is 1 (reached) or 0 (not yet): {value}</source>
            <translation>этап 1 (жетилди) же 0 (азырынча жок) болот: {value}</translation>
        </message>
        <message>
            <source>a negative value: {value}</source>
            <translation>терс маани: {value}</translation>
        </message>
        <message>
            <source>measure {code} has no responsible executor</source>
            <translation>{code} иш-чарасынын жооптуу аткаруучусу жок</translation>
        </message>
        <message>
            <source>measure {code} has no indicator</source>
            <translation>{code} иш-чарасынын индикатору жок</translation>
        </message>
        <message>
            <source>indicator {code} has no targets</source>
            <translation>{code} индикаторунун максаттары жок</translation>
        </message>
        <message>
            <source>the file is too large ({mb} MB)</source>
            <translation>файл өтө чоң ({mb} МБ)</translation>
        </message>
        <message>
            <source>old Excel format (.xls): save the file as .xlsx and try again</source>
            <translation>Excel'дин эски форматы (.xls): файлды .xlsx катары сактап, кайра аракет кылыңыз</translation>
        </message>
        <message>
            <source>not an Excel workbook (.xlsx)</source>
            <translation>Excel китеби (.xlsx) эмес</translation>
        </message>
        <message>
            <source>the workbook is protected with a password: save a copy without the password and import that</source>
            <translation>Excel китеби сырсөз менен корголгон: анын сырсөзсүз көчүрмөсүн сактап, ошону импорттоңуз</translation>
        </message>
        <message>
            <source>the workbook is damaged and cannot be read</source>
            <translation>китеп бузулган жана окулбайт</translation>
        </message>
        <message>
            <source>the sheet is too large ({rows} rows)</source>
            <translation>барак өтө чоң ({rows} сап)</translation>
        </message>
        <message>
            <source>the two new passwords differ; type the same password twice</source>
            <translation>эки жаңы сырсөз дал келбейт; бир эле сырсөздү эки жолу териңиз</translation>
        </message>
        <message>
            <source>cannot write the image {file}</source>
            <translation>{file} сүрөтү жазылбай жатат</translation>
        </message>
        <message>
            <source>cannot open the database {file}</source>
            <translation>{file} маалымат базасы ачылбай жатат</translation>
        </message>
        <message>
            <source>the programme needs a title</source>
            <translation>программага аталыш керек</translation>
        </message>
        <message>
            <source>the programme needs a municipality</source>
            <translation>программага муниципалитет керек</translation>
        </message>
        <message>
            <source>choose the file to write the package to</source>
            <translation>пакет жазыла турган файлды тандаңыз</translation>
        </message>
        <message>
            <source>the last year comes before the first year</source>
            <translation type="vanished">акыркы жыл биринчи жылдан мурун турат</translation>
        </message>
        <message>
            <source>changed here and in the package since the last exchange</source>
            <translation>акыркы алмашуудан бери бул жерде да, пакетте да өзгөртүлгөн</translation>
        </message>
        <message>
            <source>this database holds another row for the same {key}</source>
            <translation>бул маалымат базасында ошол эле {key} үчүн башка сап бар</translation>
        </message>
        <message>
            <source>{table} {id} belongs to another programme</source>
            <translation>{table} {id} башка программага тиешелүү</translation>
        </message>
        <message>
            <source>the period {period} is approved here and locked</source>
            <translation>{period} мезгили бул жерде бекитилген жана кулпуланган</translation>
        </message>
        <message>
            <source>{table} {id} belongs to another programme in this database</source>
            <translation>{table} {id} бул маалымат базасындагы башка программага тиешелүү</translation>
        </message>
        <message>
            <source>{table} {id} refers to {ref_table} {ref} that neither the package nor this database holds</source>
            <translation>{table} {id} пакетте да, бул маалымат базасында да жок {ref_table} {ref} шилтеме кылат</translation>
        </message>
        <message>
            <source>{table} {id} has an unknown period {period}</source>
            <translation>{table} {id} белгисиз мезгилге ээ: {period}</translation>
        </message>
        <message>
            <source>first package from {municipality}: the signer {signer} will be recorded</source>
            <translation type="vanished">{municipality} муниципалитетинен биринчи пакет: кол коюучу {signer} жазылып калат</translation>
        </message>
        <message>
            <source>signed by {signer}, as earlier packages</source>
            <translation type="vanished">мурунку пакеттер сыяктуу {signer} кол койгон</translation>
        </message>
        <message>
            <source>signed by {signer}, but earlier packages from {municipality} were signed by {known}</source>
            <translation type="vanished">{signer} кол койгон, бирок {municipality} муниципалитетинен мурунку пакеттерге {known} кол койгон</translation>
        </message>
        <message>
            <source>the package is not signed</source>
            <translation type="vanished">пакетке кол коюлган эмес</translation>
        </message>
        <message>
            <source>the package is not signed, but earlier packages from {municipality} were signed by {known}</source>
            <translation type="vanished">пакетке кол коюлган эмес, бирок {municipality} муниципалитетинен мурунку пакеттерге {known} кол койгон</translation>
        </message>
        <message>
            <source>{column} is empty</source>
            <translation>{column} бош</translation>
        </message>
        <message>
            <source>{column} is not an id</source>
            <translation>{column} id эмес</translation>
        </message>
        <message>
            <source>{column} is not a time</source>
            <translation>{column} убакыт эмес</translation>
        </message>
        <message>
            <source>{column} is not a date</source>
            <translation>{column} дата эмес</translation>
        </message>
        <message>
            <source>{column} is not yes or no</source>
            <translation>{column} ооба же жок эмес</translation>
        </message>
        <message>
            <source>{column} is out of range ({value})</source>
            <translation>{column} жол берилген чектен тышкары ({value})</translation>
        </message>
        <message>
            <source>{column} is not a whole number</source>
            <translation>{column} бүтүн сан эмес</translation>
        </message>
        <message>
            <source>{column} is not a number</source>
            <translation>{column} сан эмес</translation>
        </message>
        <message>
            <source>{column} cannot travel inside the JSON</source>
            <translation>{column} JSON ичинде берилбейт</translation>
        </message>
        <message>
            <source>{column} is not text</source>
            <translation>{column} текст эмес</translation>
        </message>
        <message>
            <source>{column} is longer than {length} characters</source>
            <translation>{column} {length} белгиден узун</translation>
        </message>
        <message>
            <source>a row is not an object</source>
            <translation>сап объект эмес</translation>
        </message>
        <message>
            <source>unknown column {column}</source>
            <translation>белгисиз мамыча {column}</translation>
        </message>
        <message>
            <source>{column} is missing</source>
            <translation>{column} жок</translation>
        </message>
        <message>
            <source>the row versions are not an object</source>
            <translation>саптардын версиялары объект эмес</translation>
        </message>
        <message>
            <source>the row versions name a row {id} it does not hold</source>
            <translation>саптардын версияларында таблицада жок {id} сабы аталган</translation>
        </message>
        <message>
            <source>the version of row {id} is not an object</source>
            <translation>{id} сабынын версиясы объект эмес</translation>
        </message>
        <message>
            <source>the version of row {id} names no origin</source>
            <translation>{id} сабынын версиясында булак көрсөтүлгөн эмес</translation>
        </message>
        <message>
            <source>the version of row {id} is not a whole number</source>
            <translation>{id} сабынын версиясы бүтүн сан эмес</translation>
        </message>
        <message>
            <source>{file} would change {n} rows of {periods}, approved here and locked; nothing was imported (an administrator can reopen the round)</source>
            <translation>{file} {periods} мезгилдериндеги {n} сапты өзгөртмөк, алар бул жерде бекитилген жана кулпуланган; эч нерсе импорттолгон жок (администратор отчеттук мезгилди кайра ача алат)</translation>
        </message>
        <message>
            <source>{file} is the first package from {municipality}, signed by {signer} (certificate SHA-256 {sha256}); nothing was imported. Compare the fingerprint with the sender, then confirm the signer (--accept-signer)</source>
            <translation>{file} — {municipality} муниципалитетинен биринчи пакет, {signer} кол койгон (сертификаттын SHA-256 {sha256}); эч нерсе импорттолгон жок. Издин изин жөнөтүүчү менен салыштырып, андан кийин кол коюучуну ырастаңыз (--accept-signer)</translation>
        </message>
        <message>
            <source>{file}: signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</source>
            <translation>{file}: {signer} кол койгон (сертификаттын SHA-256 {sha256}), бирок {municipality} жиберген мурунку пакеттерге {known} кол койгон (сертификаттын SHA-256 {known_sha256}); эч нерсе импорттолгон жок. Жөнөтүүчү менен текшерип, андан кийин жаңы кол коюучуну ырастаңыз (--accept-signer)</translation>
        </message>
        <message>
            <source>{file} is not signed: nothing shows who made it or that it is unchanged; nothing was imported. Check with the sender, then confirm (--accept-unsigned)</source>
            <translation>{file} кол коюлган эмес: аны ким түзгөнү же өзгөрүлбөгөнү эч нерседен көрүнбөйт; эч нерсе импорттолгон жок. Жөнөтүүчү менен текшерип, андан кийин ырастаңыз (--accept-unsigned)</translation>
        </message>
        <message>
            <source>{file} is not signed, but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then confirm (--accept-unsigned)</source>
            <translation>{file} кол коюлган эмес, бирок {municipality} жиберген мурунку пакеттерге {known} кол койгон (сертификаттын SHA-256 {known_sha256}); эч нерсе импорттолгон жок. Жөнөтүүчү менен текшерип, андан кийин ырастаңыз (--accept-unsigned)</translation>
        </message>
        <message>
            <source>{file}: signed by {signer}, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</source>
            <translation type="vanished">{file}: {signer} кол койгон, бирок {municipality} жиберген мурунку пакеттерге {known} кол койгон; эч нерсе импорттолгон жок. Жөнөтүүчү менен текшерип, андан кийин жаңы кол коюучуну ырастаңыз (--accept-signer)</translation>
        </message>
        <message>
            <source>{file} is not signed, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm (--accept-signer)</source>
            <translation type="vanished">{file} кол коюлган эмес, бирок {municipality} жиберген мурунку пакеттерге {known} кол койгон; эч нерсе импорттолгон жок. Жөнөтүүчү менен текшерип, андан кийин ырастаңыз (--accept-signer)</translation>
        </message>
        <message>
            <source>The group has no members yet: add the members named in the order.</source>
            <translation>Топто азырынча мүчөлөр жок: буйрукта аталган мүчөлөрдү кошуңуз.</translation>
        </message>
        <message>
            <source>Women are {share} of the members; the guidance asks for at least {target}. {missing} more women would meet it.</source>
            <translation>Аялдар мүчөлөрдүн {share} түзөт; сунушталган үлүш кеминде {target}. Дагы {missing} аял кошулса, талап аткарылат.</translation>
        </message>
        <message>
            <source>Young people under {age} are {share} of the members; the guidance asks for about {target}. {missing} more young members would meet it.</source>
            <translation>{age} жашка чейинки жаштар мүчөлөрдүн {share} түзөт; сунушталган үлүш болжол менен {target}. Дагы {missing} жаш мүчө кошулса, талап аткарылат.</translation>
        </message>
        <message>
            <source>The group has no chair: mark one member as chair.</source>
            <translation>Топтун төрагасы жок: бир мүчөнү төрага деп белгилеңиз.</translation>
        </message>
        <message>
            <source>The group has {n} chairs: only one member can be the chair.</source>
            <translation>Топто {n} төрага бар: төрага бир гана мүчө боло алат.</translation>
        </message>
        <message>
            <source>The birth year of {n} members is not known: they are not counted as young.</source>
            <translation>{n} мүчөнүн туулган жылы белгисиз: алар жаштарга эсептелбейт.</translation>
        </message>
        <message>
            <source>Full name: write the member's name</source>
            <translation>Аты-жөнү: мүчөнүн аты-жөнүн жазыңыз</translation>
        </message>
        <message>
            <source>Proposal: write what was proposed</source>
            <translation>Сунуш: эмне сунушталганын жазыңыз</translation>
        </message>
        <message>
            <source>Order number: at most {n} characters</source>
            <translation>Буйруктун номери: эң көп {n} белги</translation>
        </message>
        <message>
            <source>Approved by: unknown value {value}; use one of {values}</source>
            <translation>Ким бекиткен: белгисиз маани {value}; булардын бирин колдонуңуз: {values}</translation>
        </message>
        <message>
            <source>Approving body: at most {n} characters</source>
            <translation>Бекиткен орган: эң көп {n} белги</translation>
        </message>
        <message>
            <source>Approving body: name the body that approved the group</source>
            <translation>Бекиткен орган: топту бекиткен органды жазыңыз</translation>
        </message>
        <message>
            <source>Full name: at most {n} characters</source>
            <translation>Аты-жөнү: эң көп {n} белги</translation>
        </message>
        <message>
            <source>Position: at most {n} characters</source>
            <translation>Кызматы: эң көп {n} белги</translation>
        </message>
        <message>
            <source>Organisation: at most {n} characters</source>
            <translation>Уюму: эң көп {n} белги</translation>
        </message>
        <message>
            <source>Place: at most {n} characters</source>
            <translation>Орду: эң көп {n} белги</translation>
        </message>
        <message>
            <source>Side: unknown value {value}; use one of {values}</source>
            <translation>Тарабы: белгисиз маани {value}; булардын бирин колдонуңуз: {values}</translation>
        </message>
        <message>
            <source>Gender: unknown value {value}; use one of {values}</source>
            <translation>Жынысы: белгисиз маани {value}; булардын бирин колдонуңуз: {values}</translation>
        </message>
        <message>
            <source>Role in the group: unknown value {value}; use one of {values}</source>
            <translation>Топтогу ролу: белгисиз маани {value}; булардын бирин колдонуңуз: {values}</translation>
        </message>
        <message>
            <source>Kind: unknown value {value}; use one of {values}</source>
            <translation>Түрү: белгисиз маани {value}; булардын бирин колдонуңуз: {values}</translation>
        </message>
        <message>
            <source>Status: unknown value {value}; use one of {values}</source>
            <translation>Абалы: белгисиз маани {value}; булардын бирин колдонуңуз: {values}</translation>
        </message>
        <message>
            <source>Stage: unknown value {value}; use one of {values}</source>
            <translation>Баскычы: белгисиз маани {value}; булардын бирин колдонуңуз: {values}</translation>
        </message>
        <message>
            <source>Order date: not a date: {value} (write 2024-03-15)</source>
            <translation>Буйруктун датасы: дата эмес: {value} (2024-03-15 деп жазыңыз)</translation>
        </message>
        <message>
            <source>Date: not a date: {value} (write 2024-03-15)</source>
            <translation>Датасы: дата эмес: {value} (2024-03-15 деп жазыңыз)</translation>
        </message>
        <message>
            <source>Date of the check: not a date: {value} (write 2024-03-15)</source>
            <translation>Текшерүүнүн датасы: дата эмес: {value} (2024-03-15 деп жазыңыз)</translation>
        </message>
        <message>
            <source>Birth year: not a whole number: {value}</source>
            <translation>Туулган жылы: бүтүн сан эмес: {value}</translation>
        </message>
        <message>
            <source>Birth year: must lie between {low} and {high}</source>
            <translation>Туулган жылы: {low} менен {high} ортосунда болушу керек</translation>
        </message>
        <message>
            <source>Attendance: not a whole number: {value}</source>
            <translation>Катышкандар: бүтүн сан эмес: {value}</translation>
        </message>
        <message>
            <source>Attendance: must lie between {low} and {high}</source>
            <translation>Катышкандар: {low} менен {high} ортосунда болушу керек</translation>
        </message>
        <message>
            <source>Women among them: not a whole number: {value}</source>
            <translation>Алардын ичинен аялдар: бүтүн сан эмес: {value}</translation>
        </message>
        <message>
            <source>Women among them: must lie between {low} and {high}</source>
            <translation>Алардын ичинен аялдар: {low} менен {high} ортосунда болушу керек</translation>
        </message>
        <message>
            <source>Women among them: {women} is more than the attendance ({attendance})</source>
            <translation>Алардын ичинен аялдар: {women} катышкандардан ({attendance}) көп</translation>
        </message>
        <message>
            <source>Citizens taking part: not a whole number: {value}</source>
            <translation>Катышкан жарандар: бүтүн сан эмес: {value}</translation>
        </message>
        <message>
            <source>Citizens taking part: must lie between {low} and {high}</source>
            <translation>Катышкан жарандар: {low} менен {high} ортосунда болушу керек</translation>
        </message>
        <message>
            <source>Timeliness: not a whole number: {value}</source>
            <translation>Өз убагында аткарылышы: бүтүн сан эмес: {value}</translation>
        </message>
        <message>
            <source>Timeliness: give a rating from {low} to {high}</source>
            <translation>Өз убагында аткарылышы: {low}дөн {high}ге чейин баа коюңуз</translation>
        </message>
        <message>
            <source>Quality: not a whole number: {value}</source>
            <translation>Сапаты: бүтүн сан эмес: {value}</translation>
        </message>
        <message>
            <source>Quality: give a rating from {low} to {high}</source>
            <translation>Сапаты: {low}дөн {high}ге чейин баа коюңуз</translation>
        </message>
        <message>
            <source>the likelihood must be a whole number from 1 to 5</source>
            <translation>ыктымалдуулук 1ден 5ке чейинки бүтүн сан болушу керек</translation>
        </message>
        <message>
            <source>the impact must be a whole number from 1 to 5</source>
            <translation>таасири 1ден 5ке чейинки бүтүн сан болушу керек</translation>
        </message>
        <message>
            <source>{entity} {id}: {column} is {value}, the history says {expected}</source>
            <translation>{entity} {id}: {column} — {value}, тарыхта — {expected}</translation>
        </message>
        <message>
            <source>{entity} {id}: the content differs from the history (event #{seq})</source>
            <translation>{entity} {id}: мазмуну тарыхтагыдан айырмаланат (#{seq} окуя)</translation>
        </message>
        <message>
            <source>{entity} {id}: in the database but never recorded in the history</source>
            <translation>{entity} {id}: маалымат базасында бар, бирок тарыхка эч качан жазылган эмес</translation>
        </message>
        <message>
            <source>{entity} {id}: deleted in the history (event #{seq}) but still in the database</source>
            <translation>{entity} {id}: тарыхта өчүрүлгөн (#{seq} окуя), бирок маалымат базасында дагы эле бар</translation>
        </message>
        <message>
            <source>{entity} {id}: deleted from the database without a record in the history</source>
            <translation>{entity} {id}: тарыхка жазылбастан маалымат базасынан өчүрүлгөн</translation>
        </message>
        <message>
            <source>{entity} {id}: amount is {value}, the history says {expected}</source>
            <translation>{entity} {id}: сумма — {value}, тарыхта — {expected}</translation>
        </message>
        <message>
            <source>the list of rows of event #{seq} was changed in the database</source>
            <translation>#{seq} окуянын саптарынын тизмеси маалымат базасында өзгөртүлгөн</translation>
        </message>
        <message>
            <source>{entity} {id}: the signing certificate is not the one the history records</source>
            <translation>{entity} {id}: кол тамга сертификаты тарыхта жазылгандай эмес</translation>
        </message>
        <message>
            <source>{entity} {id}: the stored file does not match its SHA-256</source>
            <translation>{entity} {id}: сакталган файл өзүнүн SHA-256 суммасына дал келбейт</translation>
        </message>
        <message>
            <source>{kind} {name} is not part of meapp's database (added outside meapp)</source>
            <translation>{kind} {name} meapp'тын маалымат базасына кирбейт (meapp'тан тышкары кошулган)</translation>
        </message>
        <message>
            <source>the history holds {events} events, {source} holds {anchor}: events were deleted</source>
            <translation>тарыхта {events} окуя бар, {source} боюнча {anchor}: окуялар өчүрүлгөн</translation>
        </message>
        <message>
            <source>event #{seq} differs from {source}: the history was rewritten</source>
            <translation>#{seq} окуя {source} менен дал келбейт: тарых кайра жазылган</translation>
        </message>
        <message>
            <source>the database has no schema version (table alembic_version is missing)</source>
            <translation>маалымат базасында схеманын версиясы жок (alembic_version таблицасы жок)</translation>
        </message>
        <message>
            <source>the database has schema {revision}, unknown to this meapp (it knows {expected})</source>
            <translation>маалымат базасынын схемасы {revision} бул meapp'ка белгисиз (ал {expected} схемасын билет)</translation>
        </message>
        <message>
            <source>the database has the older schema {revision} (this meapp has {expected}): open it in meapp once to upgrade it, then check again</source>
            <translation>маалымат базасынын схемасы эски: {revision} (бул meapp'та {expected}): аны жаңыртуу үчүн meapp'та бир жолу ачып, кайра текшериңиз</translation>
        </message>
        <message>
            <source>trigger</source>
            <translation>триггер</translation>
        </message>
        <message>
            <source>view</source>
            <translation>көрүнүш (view)</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>эреже (rule)</translation>
        </message>
        <message>
            <source>tables missing from the database: {tables}</source>
            <translation>маалымат базасында таблицалар жок: {tables}</translation>
        </message>
        <message>
            <source>the database cannot be read: {detail}</source>
            <translation>маалымат базасын окуу мүмкүн эмес: {detail}</translation>
        </message>
        <message>
            <source>first package from {municipality}, signed by {signer} (certificate SHA-256 {sha256}): compare the fingerprint with the sender before accepting it</source>
            <translation>{municipality} муниципалитетинен биринчи пакет, {signer} кол койгон (сертификаттын SHA-256 {sha256}): кабыл алуудан мурун бармак изин жөнөтүүчү менен салыштырыңыз</translation>
        </message>
        <message>
            <source>signed by {signer}, as earlier packages (certificate SHA-256 {sha256})</source>
            <translation>мурунку пакеттер сыяктуу {signer} кол койгон (сертификаттын SHA-256 {sha256})</translation>
        </message>
        <message>
            <source>signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256})</source>
            <translation>{signer} кол койгон (сертификаттын SHA-256 {sha256}), бирок {municipality} муниципалитетинен мурунку пакеттерге {known} кол койгон (сертификаттын SHA-256 {known_sha256})</translation>
        </message>
        <message>
            <source>the package is not signed: nothing shows who made it or that it is unchanged</source>
            <translation>пакетке кол коюлган эмес: аны ким түзгөнү же өзгөрүлбөгөнү эч нерседен көрүнбөйт</translation>
        </message>
        <message>
            <source>the package is not signed, but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256})</source>
            <translation>пакетке кол коюлган эмес, бирок {municipality} муниципалитетинен мурунку пакеттерге {known} кол койгон (сертификаттын SHA-256 {known_sha256})</translation>
        </message>
        <message>
            <source>held out of the roll-ups until an evaluator confirms it or it is corrected</source>
            <translation>баалоочу ырастаганга же оңдолгонго чейин жалпылоого кошулбайт</translation>
        </message>
        <message>
            <source>an amount of this measure is not a number ({value}) and is left out of the sums</source>
            <translation>бул иш-чаранын суммасы сан эмес ({value}) жана жыйынтыктарга кошулган жок</translation>
        </message>
        <message>
            <source>the calendar was changed by someone else meanwhile: open it again</source>
            <translation>календарды ушул убакта башка бирөө өзгөрттү: аны кайра ачыңыз</translation>
        </message>
        <message>
            <source>the period {period} is approved: the planned amount of that year ({amount}) cannot change; enter the cost per year and keep that year's amount</source>
            <translation>{period} мезгили бекитилген: ошол жылдын пландалган суммасы ({amount}) өзгөрбөйт; наркты жылдар боюнча киргизип, ошол жылдын суммасын сактаңыз</translation>
        </message>
        <message>
            <source>the database is in use by another program; close that program, then open the database again</source>
            <translation>маалымат базасы башка программада колдонулууда; ошол программаны жаап, анан маалымат базасын кайра ачыңыз</translation>
        </message>
        <message>
            <source>the upgrade would leave {n} broken references (first in table {table}); the database was not changed</source>
            <translation>жаңыртуу {n} үзүлгөн шилтеме калтырмак (биринчиси {table} таблицасында); маалымат базасы өзгөртүлгөн жок</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>Half-year monitoring report</source>
            <translation>Жарым жылдык мониторинг отчету</translation>
        </message>
        <message>
            <source>Monitoring report</source>
            <translation type="vanished">Мониторинг отчету</translation>
        </message>
        <message>
            <source>Annual evaluation report</source>
            <translation>Жылдык баалоо отчету</translation>
        </message>
        <message>
            <source>Citizen summary</source>
            <translation>Жарандар үчүн кыскача отчет</translation>
        </message>
        <message>
            <source>on the implementation of the programme</source>
            <translation>программанын ишке ашырылышы боюнча</translation>
        </message>
        <message>
            <source>Reporting period: {period}</source>
            <translation>Отчеттук мезгил: {period}</translation>
        </message>
        <message>
            <source>{year} compared with {previous}</source>
            <translation type="vanished">{year}-жыл {previous}-жылга салыштырмалуу</translation>
        </message>
        <message>
            <source>Programme years: {start}–{end}</source>
            <translation>Программанын мөөнөтү: {start}–{end}</translation>
        </message>
        <message>
            <source>Approved by {body}, decision No. {number} of {date}</source>
            <translation>{body} тарабынан {date} № {number} токтому менен бекитилген</translation>
        </message>
        <message>
            <source>Approved by decision No. {number} of {date}</source>
            <translation>{date} № {number} токтому менен бекитилген</translation>
        </message>
        <message>
            <source>Approved by {body}</source>
            <translation>{body} тарабынан бекитилген</translation>
        </message>
        <message>
            <source>Prepared by the monitoring and evaluation working group</source>
            <translation>Мониторинг жана баалоо боюнча жумушчу топ даярдаган</translation>
        </message>
        <message>
            <source>The working group was formed by order No. {number} of {date}</source>
            <translation>Жумушчу топ {date} № {number} буйругу менен түзүлгөн</translation>
        </message>
        <message>
            <source>State of the period: {state}</source>
            <translation>Мезгилдин абалы: {state}</translation>
        </message>
        <message>
            <source>approved by {who} on {date}</source>
            <translation>{who} {date} бекиткен</translation>
        </message>
        <message>
            <source>Draft: the period is not approved yet, the figures may still change.</source>
            <translation>Долбоор: мезгил азырынча бекитиле элек, сандар дагы өзгөрүшү мүмкүн.</translation>
        </message>
        <message>
            <source>Date of the report: {date}</source>
            <translation>Отчеттун күнү: {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>{pages} беттин {page}-бети</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Мазмуну</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="vanished">ачык</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation type="vanished">жөнөтүлгөн</translation>
        </message>
        <message>
            <source>approved</source>
            <translation type="vanished">бекитилген</translation>
        </message>
        <message>
            <source>city</source>
            <translation type="vanished">шаар</translation>
        </message>
        <message>
            <source>aiyl okmotu</source>
            <translation type="vanished">айыл өкмөтү</translation>
        </message>
        <message>
            <source>year {year}</source>
            <translation>{year}-жыл</translation>
        </message>
        <message>
            <source>first half-year {year}</source>
            <translation>{year}-ж. I жарым жылдык</translation>
        </message>
        <message>
            <source>second half-year {year}</source>
            <translation>{year}-ж. II жарым жылдык</translation>
        </message>
        <message>
            <source>quarter {quarter} of {year}</source>
            <translation>{year}-ж. {quarter}-чейрек</translation>
        </message>
        <message>
            <source>{year} H{half}</source>
            <translation>{year}-ж. {roman} жарым жылдык</translation>
        </message>
        <message>
            <source>{year} Q{quarter}</source>
            <translation>{year}-ж. {quarter}-чейр.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кыскача корутунду</translation>
        </message>
        <message>
            <source>Progress in charts</source>
            <translation>Жетишкендик диаграммаларда</translation>
        </message>
        <message>
            <source>Monitoring of the development programme</source>
            <translation>Өнүктүрүү программасынын мониторинги</translation>
        </message>
        <message>
            <source>Documents and open data</source>
            <translation>Документтер жана ачык маалыматтар</translation>
        </message>
        <message>
            <source>The evaluation report (PDF)</source>
            <translation>Баалоо боюнча отчет (PDF)</translation>
        </message>
        <message>
            <source>SHA-256 of the report: {hash}. A copy with the same SHA-256 is exactly the published report; its signatures are checked in any PDF reader or with meapp verify.</source>
            <translation>Отчеттун SHA-256 суммасы: {hash}. SHA-256 суммасы дал ушундай болгон нуска — так ушул жарыяланган отчет; анын колтамгалары каалаган PDF окугучта же meapp verify менен текшерилет.</translation>
        </message>
        <message>
            <source>Data fingerprint of these figures: {fingerprint}. The signed report prints the same fingerprint on its signature page when its figures are these.</source>
            <translation>Бул сандардын санариптик изи: {fingerprint}. Кол коюлган отчеттун сандары ушулар болсо, анын колтамга барагында ушул эле санариптик из басылат.</translation>
        </message>
        <message>
            <source>The report for this period is not published yet.</source>
            <translation>Бул мезгилдин отчету азырынча жарыялана элек.</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Индикаторлор</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Иш-чаралар</translation>
        </message>
        <message>
            <source>What the columns mean</source>
            <translation>Мамычалар эмнени билдирет</translation>
        </message>
        <message>
            <source>The tables hold the figures of this page for every indicator and measure; they open in Excel, LibreOffice or any program that reads CSV or JSON.</source>
            <translation>Таблицаларда ар бир индикатор жана иш-чара боюнча ушул барактагы сандар бар; алар Excel, LibreOffice же CSV, JSON окуган каалаган программада ачылат.</translation>
        </message>
        <message>
            <source>{amount} {unit} spent</source>
            <translation>{amount} {unit} сарпталды</translation>
        </message>
        <message>
            <source>Quarterly monitoring report</source>
            <translation>Чейректик мониторинг отчету</translation>
        </message>
        <message>
            <source>year {year} compared with {previous}</source>
            <translation>{year}-жыл, {previous}-жылга салыштырмалуу</translation>
        </message>
        <message>
            <source>The working group was approved by: {document}</source>
            <translation>Жумушчу топту бекиткен документ: {document}</translation>
        </message>
        <message>
            <source>council resolution</source>
            <translation>кеңештин токтому</translation>
        </message>
        <message>
            <source>order of the mayor</source>
            <translation>мэрдин буйругу</translation>
        </message>
        <message>
            <source>order of the head of the aiyl okmotu</source>
            <translation>айыл өкмөтүнүн башчысынын буйругу</translation>
        </message>
        <message>
            <source>{document} No. {number} of {date}</source>
            <translation>{date} № {number} {document}</translation>
        </message>
        <message>
            <source>{document} No. {number}</source>
            <translation>№ {number} {document}</translation>
        </message>
        <message>
            <source>{document} of {date}</source>
            <translation>{date} {document}</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Баалоо</translation>
        </message>
        <message>
            <source>Monitoring and evaluation working group</source>
            <translation>Мониторинг жана баалоо боюнча жумушчу топ</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Кол тамгалар</translation>
        </message>
        <message>
            <source>The year against the year before</source>
            <translation>Жыл мурунку жылга салыштырмалуу</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Жалпы жетишкендик</translation>
        </message>
        <message>
            <source>{change} points against {period}</source>
            <translation>{period} мезгилине салыштырмалуу {change} пункт</translation>
        </message>
        <message>
            <source>no earlier period to compare</source>
            <translation>салыштыра турган мурунку мезгил жок</translation>
        </message>
        <message>
            <source>Indicators in total: {n}</source>
            <translation>Бардык индикаторлор: {n}</translation>
        </message>
        <message>
            <source>Measures in total: {n}</source>
            <translation>Бардык иш-чаралар: {n}</translation>
        </message>
        <message>
            <source>Plan executed by {percent}</source>
            <translation>План {percent} аткарылды</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Пландалган</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Сарпталган</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Аткарылышы</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Четтөө</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Бардыгы</translation>
        </message>
        <message>
            <source>som</source>
            <translation>сом</translation>
        </message>
        <message>
            <source>thousand som</source>
            <translation>миң сом</translation>
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
            <translation>Артыкчылыктуу багыттар боюнча жетишкендик</translation>
        </message>
        <message>
            <source>Indicators by status</source>
            <translation>Индикаторлор абалы боюнча</translation>
        </message>
        <message>
            <source>Measures by status</source>
            <translation>Иш-чаралар абалы боюнча</translation>
        </message>
        <message>
            <source>Budget by funding source: planned and spent</source>
            <translation>Каржылоо булактары боюнча бюджет: пландалган жана сарпталган</translation>
        </message>
        <message>
            <source>Indicators furthest behind: baseline, targets, actuals</source>
            <translation>Эң артта калган индикаторлор: базалык маани, максаттар, факт</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>факт</translation>
        </message>
        <message>
            <source>target</source>
            <translation>максат</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>базалык маани</translation>
        </message>
        <message>
            <source>No data for this chart yet.</source>
            <translation>Бул диаграмма үчүн азырынча маалымат жок.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коду</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Өлчөө бирдиги</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базалык маани</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Базалык жыл</translation>
        </message>
        <message>
            <source>Target for the period</source>
            <translation>Мезгил үчүн максат</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Максат</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Жетишкендик</translation>
        </message>
        <message>
            <source>Actual to target</source>
            <translation>Факт / максат</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Түшүндүрмө</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Өзгөрүү</translation>
        </message>
        <message>
            <source>{what} {year}</source>
            <translation>{what} {year}</translation>
        </message>
        <message>
            <source>≈ the target for the period is derived from the yearly targets: half the year's amount, or a value between the surrounding levels.</source>
            <translation>≈ мезгил үчүн максат жылдык максаттардан эсептелген: жылдык көлөмдүн жарымы же коңшу деңгээлдердин ортосундагы маани.</translation>
        </message>
        <message>
            <source>Progress = (actual − baseline) / (target − baseline); 100 % means the target is reached.</source>
            <translation>Жетишкендик = (факт − базалык маани) / (максат − базалык маани); 100 % максатка жеткенди билдирет.</translation>
        </message>
        <message>
            <source>Status: on track from {green}, at risk from {amber}, off track below {amber}, no data when no actual was entered.</source>
            <translation>Абалы: {green} баштап — график боюнча, {amber} баштап — тобокелде, {amber} төмөн — артта калууда, факт киргизилбесе — маалымат жок.</translation>
        </message>
        <message>
            <source>The programme has no indicators yet.</source>
            <translation>Программада азырынча индикаторлор жок.</translation>
        </message>
        <message>
            <source>Programme-level indicators</source>
            <translation>Программа деңгээлиндеги индикаторлор</translation>
        </message>
        <message>
            <source>Public checks of investment measures</source>
            <translation>Инвестициялык иш-чараларды коомдук текшерүү</translation>
        </message>
        <message>
            <source>Public hearings and proposals</source>
            <translation>Коомдук угуулар жана сунуштар</translation>
        </message>
        <message>
            <source>Executors' ranking</source>
            <translation>Аткаруучулардын рейтинги</translation>
        </message>
        <message>
            <source>Target revisions</source>
            <translation>Максаттарга түзөтүүлөр</translation>
        </message>
        <message>
            <source>No public check was held in {period}.</source>
            <translation>{period} ичинде коомдук текшерүү өткөрүлгөн жок.</translation>
        </message>
        <message>
            <source>No hearing or meeting was held in {period}.</source>
            <translation>{period} ичинде коомдук угуу же жыйын өткөрүлгөн жок.</translation>
        </message>
        <message>
            <source>No target was revised in {period}.</source>
            <translation>{period} ичинде максаттар түзөтүлгөн жок.</translation>
        </message>
        <message>
            <source>The plan names no executors yet.</source>
            <translation>Планда аткаруучулар али көрсөтүлгөн эмес.</translation>
        </message>
        <message>
            <source>Check {stage}, {date}</source>
            <translation>Текшерүү {stage}, {date}</translation>
        </message>
        <message>
            <source>Checked by: {who}</source>
            <translation>Ким текшерди: {who}</translation>
        </message>
        <message>
            <source>Citizens taking part: {n}</source>
            <translation>Катышкан жарандар: {n}</translation>
        </message>
        <message>
            <source>Rating: timeliness {timeliness} of 5, quality {quality} of 5</source>
            <translation>Баа: өз убагында аткарылышы 5тен {timeliness}, сапаты 5тен {quality}</translation>
        </message>
        <message>
            <source>Findings: {findings}</source>
            <translation>Жыйынтыктар: {findings}</translation>
        </message>
        <message>
            <source>No photo is attached to this check.</source>
            <translation>Бул текшерүүгө сүрөт тиркелген эмес.</translation>
        </message>
        <message>
            <source>The photo {name} cannot be shown in the PDF (not a readable image).</source>
            <translation>{name} сүрөтүн PDFте көрсөтүүгө болбойт (окула турган сүрөт эмес).</translation>
        </message>
        <message>
            <source>… and {n} more photos in the database</source>
            <translation>… жана маалымат базасында дагы {n} сүрөт</translation>
        </message>
        <message>
            <source>Attendance: {attendance}, of them women: {women} ({share})</source>
            <translation>Катышкандар: {attendance}, алардын ичинен аялдар: {women} ({share})</translation>
        </message>
        <message>
            <source>No proposal was recorded.</source>
            <translation>Сунуштар катталган жок.</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Сунуш</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Жооп</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Орун</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Жооптуу аткаруучу</translation>
        </message>
        <message>
            <source>Done on time</source>
            <translation>Мөөнөтүндө аткарылды</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Кечигип аткарылды</translation>
        </message>
        <message>
            <source>Indicator progress</source>
            <translation>Индикаторлордун жетишкендиги</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Баа</translation>
        </message>
        <message>
            <source>(no executor named in the plan)</source>
            <translation>(планда аткаруучу көрсөтүлгөн эмес)</translation>
        </message>
        <message>
            <source>Measures count by their lead executor, indicators by the responsible named in the matrix. The score is the mean of the indicator progress and the share of measures done; rank 1 is the best.</source>
            <translation>Иш-чаралар негизги аткаруучусу боюнча, индикаторлор матрицада көрсөтүлгөн жооптуу боюнча эсептелет. Баа — индикаторлордун жетишкендиги менен аткарылган иш-чаралардын үлүшүнүн орточосу; 1-орун эң жакшысы.</translation>
        </message>
        <message>
            <source>Target of</source>
            <translation>Максаттын мезгили</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Мурда</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Кийин</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себеби</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Чечим</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датасы</translation>
        </message>
        <message>
            <source>end of the programme</source>
            <translation>программанын аягы</translation>
        </message>
        <message>
            <source>The quota of at least {target} women is met.</source>
            <translation>Аялдардын кеминде {target} квотасы аткарылды.</translation>
        </message>
        <message>
            <source>The quota of at least {target} women is not met: {missing} more would reach it.</source>
            <translation>Аялдардын кеминде {target} квотасы аткарылган жок: ага жетүү үчүн дагы {missing} керек.</translation>
        </message>
        <message>
            <source>The quota of about {target} young people under {age} is met.</source>
            <translation>{age} жашка чейинки жаштардын болжол менен {target} квотасы аткарылды.</translation>
        </message>
        <message>
            <source>The quota of about {target} young people under {age} is not met: {missing} more would reach it.</source>
            <translation>{age} жашка чейинки жаштардын болжол менен {target} квотасы аткарылган жок: ага жетүү үчүн дагы {missing} керек.</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Коомдук текшерүүлөр</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Коомдук угуулар</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Жумушчу топ</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>Жылдар боюнча бюджет</translation>
        </message>
        <message>
            <source>Budget by year: planned in the year against spent in it</source>
            <translation>Жылдар боюнча бюджет: жылга пландалганы жана ошол жылы сарпталганы</translation>
        </message>
        <message>
            <source>A measure whose planned cost is not split by year counts as spread evenly over its years.</source>
            <translation>Пландалган наркы жылдарга бөлүнбөгөн иш-чара анын жылдарына бирдей бөлүштүрүлгөн деп эсептелет.</translation>
        </message>
        <message>
            <source>Direction or measure</source>
            <translation>Багыт же иш-чара</translation>
        </message>
        <message>
            <source>Split by year</source>
            <translation>Жылдарга бөлүнгөн</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Priority direction</source>
            <translation>Артыкчылыктуу багыт</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation type="obsolete">Багыты</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Иш-чара</translation>
        </message>
        <message>
            <source>no: spread evenly</source>
            <translation>жок: бирдей бөлүштүрүлгөн</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Баскыч</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Ким текшерди</translation>
        </message>
        <message>
            <source>Citizens</source>
            <translation>Жарандар</translation>
        </message>
        <message>
            <source>Timeliness (1–5)</source>
            <translation>Өз убагында аткарылышы (1–5)</translation>
        </message>
        <message>
            <source>Quality (1–5)</source>
            <translation>Сапаты (1–5)</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Жыйынтыктар</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Сүрөттөр</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Орду</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Катышкандар</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Аялдар</translation>
        </message>
        <message>
            <source>Women, %</source>
            <translation>Аялдар, %</translation>
        </message>
        <message>
            <source>Done, %</source>
            <translation>Аткарылды, %</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Мөөнөтү</translation>
        </message>
        <message>
            <source>Executors</source>
            <translation>Аткаруучулар</translation>
        </message>
        <message>
            <source>Planned, som</source>
            <translation>Пландалган, сом</translation>
        </message>
        <message>
            <source>Spent, som</source>
            <translation>Сарпталган, сом</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Каржылоо булагы</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Саны</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Үлүшү</translation>
        </message>
        <message>
            <source>(by agreement)</source>
            <translation>(макулдашуу боюнча)</translation>
        </message>
        <message>
            <source>The programme has no measures yet.</source>
            <translation>Программада азырынча иш-чаралар жок.</translation>
        </message>
        <message>
            <source>No planned costs are entered.</source>
            <translation>Пландалган чыгымдар киргизилген эмес.</translation>
        </message>
        <message>
            <source>Summary of the period</source>
            <translation>Мезгилдин кыскача корутундусу</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Жетишкендикти талдоо</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Чабал жактары</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Сунуштар</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Максаттарга сунушталган түзөтүүлөр</translation>
        </message>
        <message>
            <source>The working group has not written the evaluation of this period yet.</source>
            <translation>Жумушчу топ бул мезгилдин баалоосун азырынча жаза элек.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Кызматы</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Уюму</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Тарап</translation>
        </message>
        <message>
            <source>Role in the group</source>
            <translation>Топтогу ролу</translation>
        </message>
        <message>
            <source>Women: {women} of {total} ({women_share}); young people under 28: {youth} ({youth_share}).</source>
            <translation>Аялдар: {total} ичинен {women} ({women_share}); 28 жашка чейинки жаштар: {youth} ({youth_share}).</translation>
        </message>
        <message>
            <source>The guidance asks for at least 35 % women and about 20 % young people.</source>
            <translation>Сунуштамада аялдар кеминде 35 %, жаштар болжол менен 20 % болушу талап кылынат.</translation>
        </message>
        <message>
            <source>The members of the working group are not entered yet.</source>
            <translation>Жумушчу топтун мүчөлөрү азырынча киргизиле элек.</translation>
        </message>
        <message>
            <source>mayor's office</source>
            <translation type="vanished">мэрия</translation>
        </message>
        <message>
            <source>council</source>
            <translation type="vanished">кеңеш</translation>
        </message>
        <message>
            <source>business</source>
            <translation type="vanished">бизнес</translation>
        </message>
        <message>
            <source>civil society / NGO</source>
            <translation type="vanished">жарандык коом / БӨУ</translation>
        </message>
        <message>
            <source>chair</source>
            <translation type="vanished">төрага</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation type="vanished">катчы</translation>
        </message>
        <message>
            <source>member</source>
            <translation type="vanished">мүчө</translation>
        </message>
        <message>
            <source>Chair of the monitoring working group</source>
            <translation>Мониторинг жана баалоо боюнча жумушчу топтун төрагасы</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>Мэр</translation>
        </message>
        <message>
            <source>Head of the aiyl okmotu</source>
            <translation>Айыл өкмөтүнүн башчысы</translation>
        </message>
        <message>
            <source>Electronic signature</source>
            <translation>Электрондук кол тамга</translation>
        </message>
        <message>
            <source>The report is signed electronically (PAdES): first by the chair, then by the {head}. Each signature appears in its box below; the date of signing and the signer's certificate are kept inside the PDF file.</source>
            <translation>Отчетко электрондук кол коюлат (PAdES): адегенде төрага, андан кийин {head}. Ар бир кол тамга төмөндөгү өз кутучасында көрүнөт; кол коюлган күн жана кол коюучунун сертификаты PDF файлдын ичинде сакталат.</translation>
        </message>
        <message>
            <source>Fingerprint of the approved data (SHA-256)</source>
            <translation>Бекитилген маалыматтардын санариптик изи (SHA-256)</translation>
        </message>
        <message>
            <source>The fingerprint is computed from the period's actuals, targets, measure progress and evaluation; the same data always give the same fingerprint, so anyone can check that the figures were not changed after approval.</source>
            <translation>Из мезгилдин факт маанилеринен, максаттарынан, иш-чаралардын аткарылышынан жана баалоосунан эсептелет; бирдей маалыматтар дайыма бирдей изди берет, ошондуктан ар ким сандар бекитилгенден кийин өзгөртүлбөгөнүн текшере алат.</translation>
        </message>
        <message>
            <source>(name not entered)</source>
            <translation>(аты-жөнү киргизилген эмес)</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">график боюнча</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">тобокелде</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">артта калууда</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">маалымат жок</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">аткарылды</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">аткарылууда</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">башталган жок</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">кечиктирилди</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">жокко чыгарылды</translation>
        </message>
        <message>
            <source>local budget</source>
            <translation type="vanished">жергиликтүү бюджет</translation>
        </message>
        <message>
            <source>republican budget</source>
            <translation type="vanished">республикалык бюджет</translation>
        </message>
        <message>
            <source>development fund</source>
            <translation type="vanished">өнүктүрүү фонду</translation>
        </message>
        <message>
            <source>donors</source>
            <translation type="vanished">донорлор</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation type="vanished">демөөрчүлөр</translation>
        </message>
        <message>
            <source>community contribution</source>
            <translation type="vanished">жамааттын салымы</translation>
        </message>
        <message>
            <source>investors</source>
            <translation type="vanished">инвесторлор</translation>
        </message>
        <message>
            <source>public-private partnership</source>
            <translation type="vanished">мамлекеттик-жеке өнөктөштүк</translation>
        </message>
        <message>
            <source>other sources</source>
            <translation type="vanished">башка булактар</translation>
        </message>
        <message>
            <source>impact</source>
            <translation type="vanished">таасир</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation type="vanished">натыйжа</translation>
        </message>
        <message>
            <source>output</source>
            <translation type="vanished">продукт</translation>
        </message>
        <message>
            <source>increase</source>
            <translation type="vanished">өсүү</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation type="vanished">азаюу</translation>
        </message>
        <message>
            <source>keep</source>
            <translation type="vanished">сактоо</translation>
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
            <translation type="vanished">катыш</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation type="vanished">ооба/жок</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ооба</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жок</translation>
        </message>
        <message>
            <source>Overall progress {year}: {now}; {previous}: {before}.</source>
            <translation>Жалпы жетишкендик {year}: {now}; {previous}: {before}.</translation>
        </message>
        <message>
            <source>{municipality}: how is our development programme going?</source>
            <translation>{municipality}: өнүктүрүү программабыз кандай аткарылып жатат?</translation>
        </message>
        <message>
            <source>of the way to this period's targets</source>
            <translation>ушул мезгилдин максаттарына карай жолдун</translation>
        </message>
        <message>
            <source>measures done</source>
            <translation>иш-чара аткарылды</translation>
        </message>
        <message>
            <source>measures under way</source>
            <translation>иш-чара аткарылууда</translation>
        </message>
        <message>
            <source>of the planned money spent</source>
            <translation>пландалган каражаттын сарпталганы</translation>
        </message>
        <message>
            <source>indicators on track</source>
            <translation>индикатор график боюнча</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Эмне жасалды</translation>
        </message>
        <message>
            <source>What is behind</source>
            <translation>Эмне артта калууда</translation>
        </message>
        <message>
            <source>Where the money came from</source>
            <translation>Каражат кайдан келди</translation>
        </message>
        <message>
            <source>No measure is finished yet in this period.</source>
            <translation>Бул мезгилде азырынча бир да иш-чара аяктаган жок.</translation>
        </message>
        <message>
            <source>No indicator is behind its target.</source>
            <translation>Бир да индикатор максатынан артта калган жок.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the mayor's office.</source>
            <translation>Пикириңизди билдириңиз: коомдук угуулар жана мониторинг тобу ар бир тургун үчүн ачык. Кененирээк мэриядан сураңыз.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the aiyl okmotu.</source>
            <translation>Пикириңизди билдириңиз: коомдук угуулар жана мониторинг тобу ар бир тургун үчүн ачык. Кененирээк айыл өкмөтүнөн сураңыз.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the {office}.</source>
            <translation type="vanished">Пикириңизди айтыңыз: коомдук угуулар жана мониторинг жумушчу тобу ар бир тургун үчүн ачык. {office} кайрылыңыз.</translation>
        </message>
        <message>
            <source>Source: monitoring of the programme “{title}”, {period}.</source>
            <translation>Булак: «{title}» программасынын мониторинги, {period}.</translation>
        </message>
        <message>
            <source>Figures approved on {date}.</source>
            <translation>Сандар {date} бекитилген.</translation>
        </message>
        <message>
            <source>Figures not approved yet.</source>
            <translation>Сандар азырынча бекитиле элек.</translation>
        </message>
        <message>
            <source>{name}: {actual} {unit} (target {target})</source>
            <translation>{name}: {actual} {unit} (максат {target})</translation>
        </message>
        <message>
            <source>QR code: {website} and the fingerprint of these figures, {fingerprint}. When the website and the signed report show the same fingerprint, these are the approved figures.</source>
            <translation>QR-код: {website} жана бул сандардын санариптик изи, {fingerprint}. Сайтта жана кол коюлган отчетто ушул эле санариптик из болсо, бул бекитилген сандар.</translation>
        </message>
        <message>
            <source>QR code: the fingerprint of these figures, {fingerprint}. When the signed report shows the same fingerprint, these are the approved figures.</source>
            <translation>QR-код: бул сандардын санариптик изи, {fingerprint}. Кол коюлган отчетто ушул эле санариптик из болсо, бул бекитилген сандар.</translation>
        </message>
        <message>
            <source>Indicator performance tracking table</source>
            <translation>Индикаторлордун аткарылышына көз салуу таблицасы</translation>
        </message>
        <message>
            <source>IPTT</source>
            <translation>ИАКТ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Деңгээли</translation>
        </message>
        <message>
            <source>Direction of change</source>
            <translation>Өзгөрүү багыты</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Топтолуучу</translation>
        </message>
        <message>
            <source># or %</source>
            <translation># же %</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Акыркы максат</translation>
        </message>
        <message>
            <source>Actual to date</source>
            <translation>Ушул күнгө чейинки факт</translation>
        </message>
        <message>
            <source>Programme total</source>
            <translation>Программа боюнча бардыгы</translation>
        </message>
        <message>
            <source>Programme progress (mean of indicators)</source>
            <translation>Программанын жетишкендиги (индикаторлордун орточосу)</translation>
        </message>
        <message>
            <source>% = progress towards the target: (actual − baseline) / (target − baseline). Targets marked ≈ are derived from the yearly targets.</source>
            <translation>% = максатка карай жетишкендик: (факт − базалык маани) / (максат − базалык маани). ≈ белгиси менен белгиленген максаттар жылдык максаттардан эсептелген.</translation>
        </message>
        <message>
            <source>Summed within the year ({indicators}): the actual and the target are the year's totals from January to the end of the period.</source>
            <translation>Жыл ичинде суммаланган ({indicators}): иш жүзүндөгү маани жана максат — жылдын январынан мезгилдин аягына чейинки жалпы суммалары.</translation>
        </message>
        <message>
            <source>Data-quality note</source>
            <translation>Маалыматтын сапаты боюнча эскертме</translation>
        </message>
        <message>
            <source>The round of {period} was approved with open data-quality items, acknowledged by {who} on {date}:</source>
            <translation>{period} отчеттук мезгили маалыматтын сапаты боюнча ачык маселелер менен бекитилген; аларды {date} күнү {who} кабыл алган:</translation>
        </message>
        <message>
            <source>… and {n} more (all are in the audit trail)</source>
            <translation>… жана дагы {n} (баары аудит журналында)</translation>
        </message>
        <message>
            <source>Executors' ranking, {period}</source>
            <translation>Аткаруучулардын рейтинги, {period}</translation>
        </message>
        <message>
            <source>The order forming the working group is not entered.</source>
            <translation>Жумушчу топту түзгөн буйрук киргизилген эмес.</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Туулган жылы</translation>
        </message>
        <message>
            <source>Revised by</source>
            <translation>Түзөткөн</translation>
        </message>
        <message>
            <source>{source}: executed at {percent} in {year} (planned {planned} som, spent {spent} som, deviation {deviation} som).</source>
            <translation>{source}: {year}-жылы {percent} аткарылды (пландалган {planned} сом, сарпталган {spent} сом, четтөө {deviation} сом).</translation>
        </message>
        <message>
            <source>{source}: {spent} som spent in {year}, nothing planned for that year.</source>
            <translation>{source}: {year}-жылы {spent} сом сарпталды, ал жылга эч нерсе пландалган эмес.</translation>
        </message>
        <message>
            <source>The planned cost of measures whose budget is not split by year is spread evenly over their years.</source>
            <translation>Бюджети жылдарга бөлүнбөгөн иш-чаралардын пландалган наркы алардын жылдарына бирдей бөлүштүрүлгөн.</translation>
        </message>
        <message>
            <source>No planned costs or spending in {year}.</source>
            <translation>{year}-жылы пландалган чыгымдар да, сарпталган каражат да жок.</translation>
        </message>
        <message>
            <source>Planned in {year}, som</source>
            <translation>{year}-жылга пландалган, сом</translation>
        </message>
        <message>
            <source>Spent in {year}, som</source>
            <translation>{year}-жылы сарпталган, сом</translation>
        </message>
    </context>
    <context>
        <name>rights</name>
        <message>
            <source>read the programme and reports</source>
            <translation>программаны жана отчетторду окуу</translation>
        </message>
        <message>
            <source>countersign reports</source>
            <translation>отчетторго кошумча кол коюу</translation>
        </message>
        <message>
            <source>manage their own signing identity</source>
            <translation>өзүнүн кол коюу ачкычын башкаруу</translation>
        </message>
        <message>
            <source>enter actuals and measure progress</source>
            <translation>факт маанилерди жана иш-чаралардын аткарылышын киргизүү</translation>
        </message>
        <message>
            <source>submit a reporting round</source>
            <translation>отчеттук мезгилди жөнөтүү</translation>
        </message>
        <message>
            <source>write the evaluation</source>
            <translation>баалоону жазуу</translation>
        </message>
        <message>
            <source>approve a reporting round</source>
            <translation>отчеттук мезгилди бекитүү</translation>
        </message>
        <message>
            <source>sign reports</source>
            <translation>отчетторго кол коюу</translation>
        </message>
        <message>
            <source>import exchange packages</source>
            <translation>алмашуу пакеттерин импорттоо</translation>
        </message>
        <message>
            <source>set up the programme</source>
            <translation>программаны жөндөө</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>колдонуучуларды башкаруу</translation>
        </message>
        <message>
            <source>reopen an approved round</source>
            <translation>бекитилген мезгилди кайра ачуу</translation>
        </message>
        <message>
            <source>create the demo data</source>
            <translation>демо маалыматтарды түзүү</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>камдык көчүрмөдөн калыбына келтирүү</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>viewer</source>
            <translation type="vanished">көрүүчү</translation>
        </message>
        <message>
            <source>editor</source>
            <translation type="vanished">маалымат киргизүүчү</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation type="vanished">баалоочу</translation>
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
            <translation>Электрондук кол коюлган</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Күнү: {date}</translation>
        </message>
        <message>
            <source>Evaluation report {period} approved</source>
            <translation>{period} боюнча баалоо отчету бекитилди</translation>
        </message>
        <message>
            <source>the chair's box</source>
            <translation>төраганын талаасы</translation>
        </message>
        <message>
            <source>the mayor's box</source>
            <translation>мэрдин талаасы</translation>
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
            <translation>Милдет</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Иш-чаралар</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Ишке ашыруу мөөнөтү</translation>
        </message>
        <message>
            <source>Expected result (output)</source>
            <translation>Күтүлгөн натыйжа (продукт)</translation>
        </message>
        <message>
            <source>Responsible executors</source>
            <translation>Жооптуу аткаруучулар</translation>
        </message>
        <message>
            <source>Planned cost, som: {source}</source>
            <translation>Пландалган нарк, сом: {source}</translation>
        </message>
        <message>
            <source>Status ({period})</source>
            <translation>Абалы ({period})</translation>
        </message>
        <message>
            <source>% complete</source>
            <translation>Аткарылышы, %</translation>
        </message>
        <message>
            <source>Spent, som ({period})</source>
            <translation>Сарпталган, сом ({period})</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Маселе</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Индикатор (көрсөткүч)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Өлчөө бирдиги</translation>
        </message>
        <message>
            <source>Baseline ({year})</source>
            <translation>Базалык маани ({year})</translation>
        </message>
        <message>
            <source>Baseline value</source>
            <translation>Базалык маани</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Базалык жыл</translation>
        </message>
        <message>
            <source>Interim targets (yearly)</source>
            <translation>Аралык индикаторлор (жыл сайын)</translation>
        </message>
        <message>
            <source>Year {n}</source>
            <translation>{n}-жыл</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Акыркы максат</translation>
        </message>
        <message>
            <source>Responsible body</source>
            <translation>Жооптуу орган</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Маалымат булагы</translation>
        </message>
        <message>
            <source>Measurement method</source>
            <translation>Өлчөө ыкмасы</translation>
        </message>
        <message>
            <source>Verifying document</source>
            <translation>Тастыктоочу документ</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Мезгилдүүлүгү</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датасы</translation>
        </message>
        <message>
            <source>Methodology note</source>
            <translation>Методикалык эскертүү</translation>
        </message>
        <message>
            <source>How periods combine</source>
            <translation>Мезгилдер кантип бириктирилет</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Багыты</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Деңгээли</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>План пункту</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Иш-чаралар планы</translation>
        </message>
        <message>
            <source>Action plan for the implementation of the programme</source>
            <translation>Программаны ишке ашыруу боюнча иш-чаралар планы</translation>
        </message>
        <message>
            <source>Indicator matrix</source>
            <translation>Индикаторлордун матрицасы</translation>
        </message>
        <message>
            <source>Matrix of monitoring and evaluation indicators</source>
            <translation>Мониторинг жана баалоо индикаторлорунун матрицасы</translation>
        </message>
        <message>
            <source>Goal: {text}</source>
            <translation>Максат: {text}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ооба</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жок</translation>
        </message>
        <message>
            <source>Local budget</source>
            <translation type="vanished">Жергиликтүү бюджет</translation>
        </message>
        <message>
            <source>Republican budget</source>
            <translation type="vanished">Республикалык бюджет</translation>
        </message>
        <message>
            <source>Development fund</source>
            <translation type="vanished">Өнүктүрүү фонду</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation type="vanished">Донорлор</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation type="vanished">Демөөрчүлөр</translation>
        </message>
        <message>
            <source>Community contribution</source>
            <translation type="vanished">Жамааттын салымы</translation>
        </message>
        <message>
            <source>Investors</source>
            <translation type="vanished">Инвесторлор</translation>
        </message>
        <message>
            <source>Public-private partnership</source>
            <translation type="vanished">Мамлекеттик-жеке өнөктөштүк</translation>
        </message>
        <message>
            <source>Other sources</source>
            <translation type="vanished">Башка булактар</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">башталган жок</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">аткарылууда</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">аткарылды</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">кечиктирилди</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">жокко чыгарылды</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation type="vanished">топтолуучу</translation>
        </message>
        <message>
            <source>level</source>
            <translation type="vanished">деңгээл</translation>
        </message>
        <message>
            <source>average</source>
            <translation type="vanished">орточо</translation>
        </message>
        <message>
            <source>increase</source>
            <translation type="vanished">өсүү</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation type="vanished">азаюу</translation>
        </message>
        <message>
            <source>keep</source>
            <translation type="vanished">сактоо</translation>
        </message>
        <message>
            <source>impact</source>
            <translation type="vanished">таасир</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation type="vanished">натыйжа</translation>
        </message>
        <message>
            <source>output</source>
            <translation type="vanished">продукт</translation>
        </message>
    </context>
</TS>
