<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit trail</source>
            <translation>Аудит журналы</translation>
        </message>
        <message>
            <source>Here you will see every change made in the database: who changed what and when, with the values before and after, and whether the audit chain is intact.</source>
            <translation>Бул жерде маалымат базасындагы ар бир өзгөртүүнү көрөсүз: ким, эмнени жана качан өзгөрткөн, мурунку жана кийинки маанилери менен, ошондой эле аудит чынжыры бүтүн экенин.</translation>
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
        <name>DashboardPage</name>
        <message>
            <source>{place} · {start}–{end} · status: {status}</source>
            <translation>{place} · {start}–{end} · абалы: {status}</translation>
        </message>
        <message>
            <source>Approved by {body}, decision No. {number} of {date}</source>
            <translation>{body} тарабынан {date} № {number} токтому менен бекитилген</translation>
        </message>
        <message>
            <source>The approval of the programme is not recorded yet.</source>
            <translation>Программанын бекитилиши азырынча жазылган эмес.</translation>
        </message>
        <message>
            <source>Open (no entries yet)</source>
            <translation>Ачык (азырынча маалымат жок)</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>Азырынча программа жок</translation>
        </message>
        <message>
            <source>Create the demo programme or an empty programme with File → New programme, or open another database with File → Open database.</source>
            <translation>«Файл → Жаңы программа» аркылуу демо программаны же бош программаны түзүңүз, же «Файл → Маалымат базасын ачуу» аркылуу башка маалымат базасын ачыңыз.</translation>
        </message>
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
            <source>Reporting rounds</source>
            <translation>Отчеттук мезгилдердин абалы</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Мезгил</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>Ким</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Качан</translation>
        </message>
        <message>
            <source>Progress, traffic lights and budget execution will appear on this page in a later version of meapp.</source>
            <translation>Жетишкендик, светофор абалдары жана бюджеттин аткарылышы meapp'тын кийинки версиясында ушул баракта көрсөтүлөт.</translation>
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
        <name>EvaluationPage</name>
        <message>
            <source>Evaluation</source>
            <translation>Баалоо</translation>
        </message>
        <message>
            <source>Here the working group will write the evaluation of the period: summary, progress, weak points, recommendations and proposed target corrections, and approve the round.</source>
            <translation>Бул жерде жумушчу топ мезгилдин баалоосун жазат: кыскача корутунду, жетишкендик, чабал жактары, сунуштар жана максаттарга сунушталган түзөтүүлөр, анан отчеттук мезгилди бекитет.</translation>
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
            <translation>«Тобокелдиктер» барагында программага тоскоол болушу мүмкүн болгон нерселер ыктымалдуулугу, таасири жана төмөндөтүү чаралары менен, SWOT талдоосунун жанында көрсөтүлөт.</translation>
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
        <name>MonitoringPage</name>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Here you will enter the half-year actuals of the indicators and the status, per cent complete and spending of the measures, attach evidence and submit the round.</source>
            <translation>Бул жерде индикаторлордун жарым жылдык иш жүзүндөгү маанилерин (факт), иш-чаралардын абалын, аткарылуу пайызын жана чыгымдарын киргизип, далилдерди тиркеп, отчеттук мезгилди жөнөтөсүз.</translation>
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
        <name>PlanPage</name>
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
            <translation>Маалыматын көрүү үчүн пландан сапты тандаңыз.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коду</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Өлчөө бирдиги</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Ишке ашыруу мөөнөтү</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Жооптуу аткаруучу</translation>
        </message>
        <message>
            <source>Lines under it</source>
            <translation>Астындагы саптар</translation>
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
            <source>Expand all</source>
            <translation>Баарын ачуу</translation>
        </message>
        <message>
            <source>Collapse all</source>
            <translation>Баарын жыйноо</translation>
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
            <source>The plan is empty</source>
            <translation>План бош</translation>
        </message>
        <message>
            <source>Import the action plan and the indicator matrix from the council's Excel tables, or create the demo programme with File → New programme.</source>
            <translation>Иш-чаралар планын жана индикаторлордун матрицасын кеңештин Excel таблицаларынан импорттоңуз же «Файл → Жаңы программа» аркылуу демо программаны түзүңүз.</translation>
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
            <translation>Кайталоо</translation>
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
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Отчеттор</translation>
        </message>
        <message>
            <source>Here you will build the half-year report, the annual report and the citizen summary as PDF in Kyrgyz, Russian or English, export Excel tables, sign reports and verify signed files.</source>
            <translation>Бул жерде жарым жылдык отчетту, жылдык отчетту жана жарандар үчүн кыскача отчетту кыргыз, орус же англис тилинде PDF түрүндө түзүп, Excel таблицаларын экспорттоп, отчетторго кол коюп жана кол коюлган файлдарды текшересиз.</translation>
        </message>
    </context>
    <context>
        <name>RisksPage</name>
        <message>
            <source>Risks</source>
            <translation>Тобокелдиктер</translation>
        </message>
        <message>
            <source>Here you will keep the risks of the programme with their likelihood, impact and mitigation, and the SWOT analysis: strengths, weaknesses, opportunities and threats.</source>
            <translation>Бул жерде программанын тобокелдиктерин ыктымалдуулугу, таасири жана төмөндөтүү чаралары менен, ошондой эле SWOT талдоосун жүргүзөсүз: күчтүү жактары, алсыз жактары, мүмкүнчүлүктөр жана коркунучтар.</translation>
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
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation>Колдонуучулар</translation>
        </message>
        <message>
            <source>Here the administrator will add users, give them roles (viewer, editor, evaluator, administrator) and reset passwords.</source>
            <translation>Бул жерде администратор колдонуучуларды кошот, аларга ролдорду берет (көрүүчү, маалымат киргизүүчү, баалоочу, администратор) жана сырсөздөрдү жаңыртат.</translation>
        </message>
    </context>
    <context>
        <name>WorkingGroupPage</name>
        <message>
            <source>Working group</source>
            <translation>Жумушчу топ</translation>
        </message>
        <message>
            <source>Here you will keep the monitoring working group: the order that formed it, its members with their positions and sides, and the check of the shares of women and youth.</source>
            <translation>Бул жерде мониторинг жана баалоо боюнча жумушчу топту жүргүзөсүз: топту түзүү жөнүндө буйрук, мүчөлөрдүн кызматтары жана тараптары, аялдар менен жаштардын үлүшүн текшерүү.</translation>
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
            <source>evidence</source>
            <translation>далил</translation>
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
            <translation>иштетилди</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>өчүрүлдү</translation>
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
            <translation>Кол коюлган эмес (кол коюу идентификациясы жок)</translation>
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
            <source>Conflicting rows (changed both here and in the package):</source>
            <translation>Карама-каршы саптар (бул жерде да, пакетте да өзгөртүлгөн):</translation>
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
            <source>Round {period}: {state}</source>
            <translation>{period} мезгили: {state}</translation>
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
            <source>No programmes. Import the council's tables or create the demo: meapp demo</source>
            <translation>Программалар жок. Кеңештин таблицаларын импорттоңуз же демону түзүңүз: meapp demo</translation>
        </message>
        <message>
            <source>Schema: {rev} (expected {exp})</source>
            <translation>Схема: {rev} (күтүлгөнү {exp})</translation>
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
            <source>{file}: {n} signature(s)</source>
            <translation>{file}: {n} кол тамга</translation>
        </message>
        <message>
            <source>NOT VALID: a signature is broken or the file was changed after signing.</source>
            <translation>ЖАРАКСЫЗ: кол тамга бузулган же файл кол коюлгандан кийин өзгөртүлгөн.</translation>
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
            <translation>{file}: кол тамгалар жок.</translation>
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
            <translation>Бардык кол тамгалар жарактуу; кол коюлгандан кийин эч нерсе өзгөргөн жок.</translation>
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
            <translation>белгисиз кол коюучу (сертификат ишенимдүүлөрдүн тизмесинде жок)</translation>
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
            <translation>{login} өчүрүлдү</translation>
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
            <translation> (өчүрүлгөн)</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>график боюнча</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>тобокелде</translation>
        </message>
        <message>
            <source>off track</source>
            <translation>артта калууда</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>маалымат жок</translation>
        </message>
        <message>
            <source>done</source>
            <translation>аткарылды</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>аткарылууда</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>башталган жок</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>кечиктирилди</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>жокко чыгарылды</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ачык</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>жөнөтүлгөн</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>бекитилген</translation>
        </message>
        <message>
            <source>local budget</source>
            <translation>жергиликтүү бюджет</translation>
        </message>
        <message>
            <source>republican budget</source>
            <translation>республикалык бюджет</translation>
        </message>
        <message>
            <source>development fund</source>
            <translation>өнүктүрүү фонду</translation>
        </message>
        <message>
            <source>donors</source>
            <translation>донорлор</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation>демөөрчүлөр</translation>
        </message>
        <message>
            <source>community contribution</source>
            <translation>жамааттын салымы</translation>
        </message>
        <message>
            <source>investors</source>
            <translation>инвесторлор</translation>
        </message>
        <message>
            <source>public-private partnership</source>
            <translation>мамлекеттик-жеке өнөктөштүк</translation>
        </message>
        <message>
            <source>other</source>
            <translation>башка</translation>
        </message>
        <message>
            <source>total</source>
            <translation>бардыгы</translation>
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
            <source>on track</source>
            <translation>график боюнча</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>тобокелде</translation>
        </message>
        <message>
            <source>off track</source>
            <translation>артта калууда</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>маалымат жок</translation>
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
            <source>town</source>
            <translation>шаар</translation>
        </message>
        <message>
            <source>aiyl okmotu</source>
            <translation>айыл өкмөтү</translation>
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
            <translation>{id} индикатору жок</translation>
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
            <translation>{what} {id} жок</translation>
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
            <source>help page not found: {page}</source>
            <translation>жардам барагы табылган жок: {page}</translation>
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
            <translation>{n} индикатор маселеси же тобу боюнча бир да план пунктуна дал келбейт жана программага кошулат</translation>
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
            <source>unknown report {kind}; use one of {kinds}</source>
            <translation>белгисиз отчет {kind}; булардын бирин колдонуңуз: {kinds}</translation>
        </message>
        <message>
            <source>no font with Kyrgyz letters found; put NotoSans-Regular.ttf into {folder}</source>
            <translation>кыргыз тамгалары бар шрифт табылган жок; NotoSans-Regular.ttf файлын {folder} папкасына салыңыз</translation>
        </message>
        <message>
            <source>the report was cancelled</source>
            <translation>отчет токтотулду</translation>
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
            <source>the role {role} does not allow this action ({right})</source>
            <translation>{role} ролу бул аракетке уруксат бербейт ({right})</translation>
        </message>
        <message>
            <source>{file} carries no data fingerprint: only a report built by meapp can be signed</source>
            <translation>{file} файлында маалыматтардын изи жок: meapp түзгөн отчетко гана кол коюуга болот</translation>
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
            <source>not allowed: the role {role} may not {action}</source>
            <translation>уруксат жок: {role} ролу {action} мүмкүн эмес</translation>
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
            <translation>өзүңүздү өчүрө албайсыз</translation>
        </message>
        <message>
            <source>the full name is empty</source>
            <translation>толук аты-жөнү жазылган эмес</translation>
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
            <source>the workbook is damaged and cannot be read</source>
            <translation>китеп бузулган жана окулбайт</translation>
        </message>
        <message>
            <source>the sheet is too large ({rows} rows)</source>
            <translation>барак өтө чоң ({rows} сап)</translation>
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
            <source>the last year comes before the first year</source>
            <translation>акыркы жыл биринчи жылдан мурун турат</translation>
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
            <translation>{municipality} муниципалитетинен биринчи пакет: кол коюучу {signer} жазылып калат</translation>
        </message>
        <message>
            <source>signed by {signer}, as earlier packages</source>
            <translation>мурунку пакеттер сыяктуу {signer} кол койгон</translation>
        </message>
        <message>
            <source>signed by {signer}, but earlier packages from {municipality} were signed by {known}</source>
            <translation>{signer} кол койгон, бирок {municipality} муниципалитетинен мурунку пакеттерге {known} кол койгон</translation>
        </message>
        <message>
            <source>the package is not signed</source>
            <translation>пакетке кол коюлган эмес</translation>
        </message>
        <message>
            <source>the package is not signed, but earlier packages from {municipality} were signed by {known}</source>
            <translation>пакетке кол коюлган эмес, бирок {municipality} муниципалитетинен мурунку пакеттерге {known} кол койгон</translation>
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
            <source>{file} would change {n} rows of {periods}, approved here and locked; nothing was imported (an administrator can reopen the round)</source>
            <translation>{file} {periods} мезгилдериндеги {n} сапты өзгөртмөк, алар бул жерде бекитилген жана кулпуланган; эч нерсе импорттолгон жок (администратор айлампаны кайра ача алат)</translation>
        </message>
        <message>
            <source>{file}: signed by {signer}, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</source>
            <translation>{file}: {signer} кол койгон, бирок {municipality} жиберген мурунку пакеттерге {known} кол койгон; эч нерсе импорттолгон жок. Жөнөтүүчү менен текшерип, андан кийин жаңы кол коюучуну ырастаңыз (--accept-signer)</translation>
        </message>
        <message>
            <source>{file} is not signed, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm (--accept-signer)</source>
            <translation>{file} кол коюлган эмес, бирок {municipality} жиберген мурунку пакеттерге {known} кол койгон; эч нерсе импорттолгон жок. Жөнөтүүчү менен текшерип, андан кийин ырастаңыз (--accept-signer)</translation>
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
            <translation>Мониторинг отчету</translation>
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
            <translation>{year}-жыл {previous}-жылга салыштырмалуу</translation>
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
            <translation>ачык</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>жөнөтүлгөн</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>бекитилген</translation>
        </message>
        <message>
            <source>city</source>
            <translation>шаар</translation>
        </message>
        <message>
            <source>aiyl okmotu</source>
            <translation>айыл өкмөтү</translation>
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
            <translation>{year}, {half}-жарым</translation>
        </message>
        <message>
            <source>{year} Q{quarter}</source>
            <translation>{year}, {quarter}-чейр.</translation>
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
            <source>Indicators</source>
            <translation>Индикаторлор</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Иш-чаралар</translation>
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
            <translation>{period} салыштырмалуу {change} пункт</translation>
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
            <source>Measure</source>
            <translation>Иш-чара</translation>
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
            <translation>мэрия</translation>
        </message>
        <message>
            <source>council</source>
            <translation>кеңеш</translation>
        </message>
        <message>
            <source>business</source>
            <translation>бизнес</translation>
        </message>
        <message>
            <source>civil society / NGO</source>
            <translation>жарандык коом / БӨУ</translation>
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
            <source>Chair of the monitoring working group</source>
            <translation>Мониторинг жумушчу тобунун төрагасы</translation>
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
            <translation>Бекитилген маалыматтардын изи (SHA-256)</translation>
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
            <translation>график боюнча</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>тобокелде</translation>
        </message>
        <message>
            <source>off track</source>
            <translation>артта калууда</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>маалымат жок</translation>
        </message>
        <message>
            <source>done</source>
            <translation>аткарылды</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>аткарылууда</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>башталган жок</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>кечиктирилди</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>жокко чыгарылды</translation>
        </message>
        <message>
            <source>local budget</source>
            <translation>жергиликтүү бюджет</translation>
        </message>
        <message>
            <source>republican budget</source>
            <translation>республикалык бюджет</translation>
        </message>
        <message>
            <source>development fund</source>
            <translation>өнүктүрүү фонду</translation>
        </message>
        <message>
            <source>donors</source>
            <translation>донорлор</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation>демөөрчүлөр</translation>
        </message>
        <message>
            <source>community contribution</source>
            <translation>жамааттын салымы</translation>
        </message>
        <message>
            <source>investors</source>
            <translation>инвесторлор</translation>
        </message>
        <message>
            <source>public-private partnership</source>
            <translation>мамлекеттик-жеке өнөктөштүк</translation>
        </message>
        <message>
            <source>other sources</source>
            <translation>башка булактар</translation>
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
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the {office}.</source>
            <translation>Пикириңизди айтыңыз: коомдук угуулар жана мониторинг жумушчу тобу ар бир тургун үчүн ачык. {office} кайрылыңыз.</translation>
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
            <source>not started</source>
            <translation>башталган жок</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>аткарылууда</translation>
        </message>
        <message>
            <source>done</source>
            <translation>аткарылды</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>кечиктирилди</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>жокко чыгарылды</translation>
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
    </context>
</TS>
