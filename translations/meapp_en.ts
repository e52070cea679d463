<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>P&amp;osition:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Initial &amp;password:</source>
            <translation>Initial &amp;password:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Password &amp;again:</translation>
        </message>
        <message>
            <source>Tell the new user the initial password; they can change it on this page.</source>
            <translation>Tell the new user the initial password; they can change it on this page.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>any</source>
            <translation>any</translation>
        </message>
        <message>
            <source>Event No. {seq} · {time} · {user} · {action} · {object}</source>
            <translation>Event No. {seq} · {time} · {user} · {action} · {object}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <source>No event matches these filters. Clear the filters to see the whole history.</source>
            <translation>No event matches these filters. Clear the filters to see the whole history.</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} events, newest first; scroll for more.</source>
            <translation>Showing {shown} of {total} events, newest first; scroll for more.</translation>
        </message>
        <message numerus="yes">
            <source>%n events, newest first.</source>
            <translation>
                <numerusform>%n events, newest first.</numerusform>
                <numerusform>%n events, newest first.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Export the audit trail</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n events exported.</source>
            <translation>
                <numerusform>%n events exported.</numerusform>
                <numerusform>%n events exported.</numerusform>
            </translation>
        </message>
        <message>
            <source>File: {file}</source>
            <translation>File: {file}</translation>
        </message>
        <message>
            <source>Exporting the audit trail…</source>
            <translation>Exporting the audit trail…</translation>
        </message>
        <message>
            <source>Checking the history of changes…</source>
            <translation>Checking the history of changes…</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xport to Excel…</translation>
        </message>
        <message>
            <source>&amp;Verify the history</source>
            <translation>&amp;Verify the history</translation>
        </message>
        <message>
            <source>Check that no event was edited, deleted or inserted outside meapp.</source>
            <translation>Check that no event was edited, deleted or inserted outside meapp.</translation>
        </message>
        <message>
            <source>&amp;Object:</source>
            <translation>&amp;Object:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>a value, a name, a reason…</source>
            <translation>a value, a name, a reason…</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <source>This programme only</source>
            <translation>This programme only</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>&amp;Clear filters</translation>
        </message>
        <message>
            <source>Select an event to read all of it here: every field before and after.</source>
            <translation>Select an event to read all of it here: every field before and after.</translation>
        </message>
        <message>
            <source>Here you will see every change made in the database: who changed what and when, with the values before and after, and whether the audit chain is intact.</source>
            <translation type="vanished">Here you will see every change made in the database: who changed what and when, with the values before and after, and whether the audit chain is intact.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <source>at start</source>
            <translation>at start</translation>
        </message>
        <message>
            <source>at close</source>
            <translation>at close</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <source>damaged copy</source>
            <translation>damaged copy</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>Saving a backup…</source>
            <translation>Saving a backup…</translation>
        </message>
        <message>
            <source>Restoring the database…</source>
            <translation>Restoring the database…</translation>
        </message>
        <message>
            <source>meapp</source>
            <translation>meapp</translation>
        </message>
        <message>
            <source>&amp;Continue without restoring</source>
            <translation>&amp;Continue without restoring</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>The automatic backup failed: {error}</source>
            <translation>The automatic backup failed: {error}</translation>
        </message>
        <message>
            <source>Changes made after that backup are undone. The database as it is now is saved first as a backup, so nothing is lost. meapp then opens the restored database and you log in again.</source>
            <translation>Changes made after that backup are undone. The database as it is now is saved first as a backup, so nothing is lost. meapp then opens the restored database and you log in again.</translation>
        </message>
        <message>
            <source>The database was restored. meapp opens it again now.</source>
            <translation>The database was restored. meapp opens it again now.</translation>
        </message>
        <message>
            <source>The database was restored. Start meapp again to work with it.</source>
            <translation>The database was restored. Start meapp again to work with it.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Restore from a backup file</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>meapp databases (*.db *.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>No backups yet. meapp makes one at every start and close; or press Back up now.</source>
            <translation>No backups yet. meapp makes one at every start and close; or press Back up now.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Restore from &amp;another file…</source>
            <translation>Restore from &amp;another file…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>&amp;Restore the backup</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation>Backup saved: {file}</translation>
        </message>
        <message>
            <source>Your changes are saved in the database; only today's backup copy is missing. Check the backup folder {folder} (free space, permissions), then make a backup with File → Back up now the next time meapp starts.</source>
            <translation>Your changes are saved in the database; only today's backup copy is missing. Check the backup folder {folder} (free space, permissions), then make a backup with File → Back up now the next time meapp starts.</translation>
        </message>
        <message>
            <source>The database before the restore was saved as {file}.</source>
            <translation>The database before the restore was saved as {file}.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. Only an administrator can restore.</source>
            <translation>Choose the backup to go back to. Only an administrator can restore.</translation>
        </message>
        <message>
            <source>Choose the backup to go back to; the newest is at the top.</source>
            <translation>Choose the backup to go back to; the newest is at the top.</translation>
        </message>
        <message>
            <source>Ask an administrator to restore the newest backup (File → Restore).</source>
            <translation>Ask an administrator to restore the newest backup (File → Restore).</translation>
        </message>
        <message>
            <source>The newest intact backup is of {time}. Restore it? The damaged file is kept as a copy beside the backups.</source>
            <translation>The newest intact backup is of {time}. Restore it? The damaged file is kept as a copy beside the backups.</translation>
        </message>
        <message>
            <source>No intact backup was found in {folder}.</source>
            <translation>No intact backup was found in {folder}.</translation>
        </message>
        <message>
            <source>The database was restored from the backup of {time}.</source>
            <translation>The database was restored from the backup of {time}.</translation>
        </message>
        <message>
            <source>Restore the database from {file}?</source>
            <translation>Restore the database from {file}?</translation>
        </message>
        <message>
            <source>Restore the database as it was on {time}?</source>
            <translation>Restore the database as it was on {time}?</translation>
        </message>
    </context>
    <context>
        <name>BudgetModel</name>
        <message>
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <source>Planned, som</source>
            <translation>Planned, som</translation>
        </message>
    </context>
    <context>
        <name>BudgetYearsModel</name>
        <message>
            <source>An approved year: its planned amount cannot change.</source>
            <translation>An approved year: its planned amount cannot change.</translation>
        </message>
        <message>
            <source>Not split by year: the total is spread evenly over its years.</source>
            <translation>Not split by year: the total is spread evenly over its years.</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <source>Total, som</source>
            <translation>Total, som</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <source>{days} d. late</source>
            <translation>{days} d. late</translation>
        </message>
        <message>
            <source>in {days} d.</source>
            <translation>in {days} d.</translation>
        </message>
        <message>
            <source>Reporting calendar</source>
            <translation>Reporting calendar</translation>
        </message>
        <message>
            <source>The deadlines follow the programme's reporting frequency. Change a rule here: only what differs from the default is kept, and the change is recorded in the audit trail.</source>
            <translation>The deadlines follow the programme's reporting frequency. Change a rule here: only what differs from the default is kept, and the change is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Only editors and administrators change the reporting calendar.</source>
            <translation>Only editors and administrators change the reporting calendar.</translation>
        </message>
        <message>
            <source>day and month of the next year</source>
            <translation>day and month of the next year</translation>
        </message>
        <message>
            <source>days after the period ends</source>
            <translation>days after the period ends</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>Restore the defaults</source>
            <translation>Restore the defaults</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>ChainCheck</name>
        <message>
            <source>No. {seq} ({time}, {user}: {action} {entity})</source>
            <translation>No. {seq} ({time}, {user}: {action} {entity})</translation>
        </message>
        <message>
            <source>✓ The history is intact: {n} events checked, none was changed, and the {rows} rows of data are as it says.</source>
            <translation>✓ The history is intact: {n} events checked, none was changed, and the {rows} rows of data are as it says.</translation>
        </message>
        <message>
            <source>✓ The history is intact: {n} events checked, none was changed.</source>
            <translation>✓ The history is intact: {n} events checked, none was changed.</translation>
        </message>
        <message>
            <source> (and {n} more)</source>
            <translation> (and {n} more)</translation>
        </message>
        <message>
            <source>✗ The data was changed outside meapp: {finding}. Keep this database file as evidence and restore a backup made before the change.</source>
            <translation>✗ The data was changed outside meapp: {finding}. Keep this database file as evidence and restore a backup made before the change.</translation>
        </message>
        <message>
            <source>✗ The history was changed outside meapp. First broken event: {event} — {reason}. Keep this database file as evidence and restore a backup made before that event.</source>
            <translation>✗ The history was changed outside meapp. First broken event: {event} — {reason}. Keep this database file as evidence and restore a backup made before that event.</translation>
        </message>
        <message>
            <source>Checking the history of changes…</source>
            <translation>Checking the history of changes…</translation>
        </message>
        <message>
            <source>The history of changes in this database is damaged.</source>
            <translation>The history of changes in this database is damaged.</translation>
        </message>
        <message>
            <source>The data in this database was changed outside meapp.</source>
            <translation>The data in this database was changed outside meapp.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>Login: {login}</source>
            <translation>Login: {login}</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>New password &amp;again:</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>New public check</source>
            <translation>New public check</translation>
        </message>
        <message>
            <source>Public check</source>
            <translation>Public check</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Measure:</translation>
        </message>
        <message>
            <source>&amp;Stage of completion:</source>
            <translation>&amp;Stage of completion:</translation>
        </message>
        <message>
            <source>&amp;Date of the check:</source>
            <translation>&amp;Date of the check:</translation>
        </message>
        <message>
            <source>Checked &amp;by (members, citizens):</source>
            <translation>Checked &amp;by (members, citizens):</translation>
        </message>
        <message>
            <source>&amp;Citizens taking part:</source>
            <translation>&amp;Citizens taking part:</translation>
        </message>
        <message>
            <source>&amp;Timeliness (1–5):</source>
            <translation>&amp;Timeliness (1–5):</translation>
        </message>
        <message>
            <source>&amp;Quality (1–5):</source>
            <translation>&amp;Quality (1–5):</translation>
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation>&amp;Findings:</translation>
        </message>
    </context>
    <context>
        <name>ChecksTab</name>
        <message>
            <source>{period} is approved: this check and its photos can be read, not changed.</source>
            <translation>{period} is approved: this check and its photos can be read, not changed.</translation>
        </message>
        <message>
            <source>No public check recorded yet.</source>
            <translation>No public check recorded yet.</translation>
        </message>
        <message>
            <source>Select a check to read its findings.</source>
            <translation>Select a check to read its findings.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>No findings written.</source>
            <translation>No findings written.</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>Delete the public check {stage} of {date}?</source>
            <translation>Delete the public check {stage} of {date}?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n photo(s) are deleted with it.</source>
            <translation>
                <numerusform>Its %n photo(s) are deleted with it.</numerusform>
                <numerusform>Its %n photo(s) are deleted with it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure / check</source>
            <translation>Measure / check</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Citizens</source>
            <translation>Citizens</translation>
        </message>
        <message>
            <source>Timeliness</source>
            <translation>Timeliness</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Investment measures are checked by the group and citizens at 50 % and at 100 % completion. Select a measure and press “Add check…”.</source>
            <translation>Investment measures are checked by the group and citizens at 50 % and at 100 % completion. Select a measure and press “Add check…”.</translation>
        </message>
        <message>
            <source>&amp;Add check…</source>
            <translation>&amp;Add check…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Photos…</source>
            <translation>&amp;Photos…</translation>
        </message>
        <message>
            <source>No investment measures. Mark the measures that build or repair something as investment measures on the Plan page; they appear here for public checks.</source>
            <translation>No investment measures. Mark the measures that build or repair something as investment measures on the Plan page; they appear here for public checks.</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <source>This page is being prepared and comes with the next version of meapp. Meanwhile the Plan and Dashboard pages show the programme.</source>
            <translation>This page is being prepared and comes with the next version of meapp. Meanwhile the Plan and Dashboard pages show the programme.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmValueDialog</name>
        <message>
            <source>Confirm value</source>
            <translation>Confirm value</translation>
        </message>
        <message>
            <source>{indicator}, {period}: the value {value} {unit} is held out of the roll-ups ({reason}). Confirm it only if it is right as it stands; otherwise correct it in the grid. Why is it right?</source>
            <translation>{indicator}, {period}: the value {value} {unit} is held out of the roll-ups ({reason}). Confirm it only if it is right as it stands; otherwise correct it in the grid. Why is it right?</translation>
        </message>
        <message>
            <source>Confirm value…</source>
            <translation>Confirm value…</translation>
        </message>
        <message>
            <source>This figure is held because of an earlier value of the running total: confirm or correct that value in its own period.</source>
            <translation>This figure is held because of an earlier value of the running total: confirm or correct that value in its own period.</translation>
        </message>
        <message>
            <source>{code} {name}, {period}: {value} {unit} is held out of the roll-ups ({reason}). Confirm it only if it is right as it stands; otherwise correct it in the grid. Why is it right?</source>
            <translation type="vanished">{code} {name}, {period}: {value} {unit} is held out of the roll-ups ({reason}). Confirm it only if it is right as it stands; otherwise correct it in the grid. Why is it right?</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Overall progress</source>
            <translation>Overall progress</translation>
        </message>
        <message>
            <source>{change} percentage points against {period} ({before})</source>
            <translation>{change} percentage points against {period} ({before})</translation>
        </message>
        <message>
            <source>{period}; points against {previous}</source>
            <translation>{period}; points against {previous}</translation>
        </message>
        <message>
            <source>Indicators: {count}</source>
            <translation>Indicators: {count}</translation>
        </message>
        <message>
            <source>{total} measures: {done} done, {in_progress} in progress</source>
            <translation>{total} measures: {done} done, {in_progress} in progress</translation>
        </message>
        <message>
            <source>Budget executed</source>
            <translation>Budget executed</translation>
        </message>
        <message>
            <source>No budget planned</source>
            <translation>No budget planned</translation>
        </message>
        <message>
            <source>Planned: {amount}</source>
            <translation>Planned: {amount}</translation>
        </message>
        <message>
            <source>Spent: {amount}</source>
            <translation>Spent: {amount}</translation>
        </message>
        <message>
            <source>mln som</source>
            <translation>mln som</translation>
        </message>
        <message>
            <source>thousand som</source>
            <translation>thousand som</translation>
        </message>
        <message>
            <source>som</source>
            <translation>som</translation>
        </message>
        <message>
            <source>{amount} {unit}</source>
            <translation>{amount} {unit}</translation>
        </message>
        <message>
            <source>Save the chart as an image</source>
            <translation>Save the chart as an image</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Save as PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Save this chart as a PNG image</translation>
        </message>
        <message>
            <source>{name}
Click to see its trend.</source>
            <translation>{name}
Click to see its trend.</translation>
        </message>
        <message>
            <source>≈ derived from the yearly targets</source>
            <translation>≈ derived from the yearly targets</translation>
        </message>
        <message>
            <source>{executor} (by agreement)</source>
            <translation>{executor} (by agreement)</translation>
        </message>
        <message>
            <source>Objective / indicator</source>
            <translation>Objective / indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Responsible executor</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>% done</translation>
        </message>
        <message>
            <source>Objectives and indicators ({count}); click an indicator to see its trend</source>
            <translation>Objectives and indicators ({count}); click an indicator to see its trend</translation>
        </message>
        <message>
            <source>Measures: {total}, {done} done, {in_progress} in progress, {delayed} delayed</source>
            <translation>Measures: {total}, {done} done, {in_progress} in progress, {delayed} delayed</translation>
        </message>
        <message>
            <source>(no executor named in the plan)</source>
            <translation>(no executor named in the plan)</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>{count} measures, of them {cancelled} cancelled</source>
            <translation>{count} measures, of them {cancelled} cancelled</translation>
        </message>
        <message>
            <source>Done
on time</source>
            <translation>Done
on time</translation>
        </message>
        <message>
            <source>Done
late</source>
            <translation>Done
late</translation>
        </message>
        <message>
            <source>Indicator
progress</source>
            <translation>Indicator
progress</translation>
        </message>
        <message>
            <source>{with_data} of {count} indicators it answers for have data</source>
            <translation>{with_data} of {count} indicators it answers for have data</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Mean of the indicator progress ({progress}) and the share of measures done ({done})</source>
            <translation>Mean of the indicator progress ({progress}) and the share of measures done ({done})</translation>
        </message>
        <message>
            <source>Find an executor…</source>
            <translation>Find an executor…</translation>
        </message>
        <message>
            <source>{period}. Measures count by their lead executor; indicators by the responsible named in the matrix. The score is the mean of the indicator progress and the share of measures done; click a column header to sort.</source>
            <translation>{period}. Measures count by their lead executor; indicators by the responsible named in the matrix. The score is the mean of the indicator progress and the share of measures done; click a column header to sort.</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Rayon</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Data completeness</source>
            <translation>Data completeness</translation>
        </message>
        <message>
            <source>{with_data} of {indicators} indicators have an actual</source>
            <translation>{with_data} of {indicators} indicators have an actual</translation>
        </message>
        <message>
            <source>Measures done</source>
            <translation>Measures done</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Find a municipality…</source>
            <translation>Find a municipality…</translation>
        </message>
        <message>
            <source>Computing the programmes for {period}…</source>
            <translation>Computing the programmes for {period}…</translation>
        </message>
        <message>
            <source>{period}: every programme of this database. Data completeness is the share of indicators with an actual in the period. Double-click a row to open its dashboard.</source>
            <translation>{period}: every programme of this database. Data completeness is the share of indicators with an actual in the period. Double-click a row to open its dashboard.</translation>
        </message>
        <message>
            <source>{source}: planned {planned}, spent {spent} ({execution})</source>
            <translation>{source}: planned {planned}, spent {spent} ({execution})</translation>
        </message>
        <message>
            <source>{year}: {execution} of the year's plan ({spent} of {planned})</source>
            <translation>{year}: {execution} of the year's plan ({spent} of {planned})</translation>
        </message>
        <message>
            <source>partly spread evenly over the years</source>
            <translation>partly spread evenly over the years</translation>
        </message>
        <message>
            <source>A measure whose planned cost is not split by year counts as spread evenly over its years.</source>
            <translation>A measure whose planned cost is not split by year counts as spread evenly over its years.</translation>
        </message>
        <message>
            <source>{direction}
Progress: {progress} ({status}), from {count} indicators</source>
            <translation>{direction}
Progress: {progress} ({status}), from {count} indicators</translation>
        </message>
        <message>
            <source>{period}: {progress}</source>
            <translation>{period}: {progress}</translation>
        </message>
        <message>
            <source>Click to see its indicators and measures.</source>
            <translation>Click to see its indicators and measures.</translation>
        </message>
        <message>
            <source>Progress by priority direction</source>
            <translation>Progress by priority direction</translation>
        </message>
        <message>
            <source>click a direction to open it</source>
            <translation>click a direction to open it</translation>
        </message>
        <message>
            <source>Budget by funding source</source>
            <translation>Budget by funding source</translation>
        </message>
        <message>
            <source>spent / planned, {unit}</source>
            <translation>spent / planned, {unit}</translation>
        </message>
        <message>
            <source>The programme has no priority directions yet: add them on the Plan page.</source>
            <translation>The programme has no priority directions yet: add them on the Plan page.</translation>
        </message>
        <message>
            <source>No budget is planned for the measures yet.</source>
            <translation>No budget is planned for the measures yet.</translation>
        </message>
        <message>
            <source>Baseline {year}: {value}</source>
            <translation>Baseline {year}: {value}</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>actual</translation>
        </message>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>≈ derived target</source>
            <translation>≈ derived target</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>baseline</translation>
        </message>
        <message>
            <source>Target: {value}</source>
            <translation>Target: {value}</translation>
        </message>
        <message>
            <source>Actual: {value}</source>
            <translation>Actual: {value}</translation>
        </message>
        <message>
            <source>Progress: {value} ({status})</source>
            <translation>Progress: {value} ({status})</translation>
        </message>
        <message>
            <source>Open in Monitoring</source>
            <translation>Open in Monitoring</translation>
        </message>
        <message>
            <source>Save chart as PNG…</source>
            <translation>Save chart as PNG…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>cumulative: amounts add up since the baseline year</source>
            <translation>cumulative: amounts add up since the baseline year</translation>
        </message>
        <message>
            <source>sum within the year: amounts add up from January, each year anew</source>
            <translation>sum within the year: amounts add up from January, each year anew</translation>
        </message>
        <message>
            <source>level: the value at the end of each period</source>
            <translation>level: the value at the end of each period</translation>
        </message>
        <message>
            <source>Baseline {year}: {baseline}; final target {final}; {kind}.</source>
            <translation>Baseline {year}: {baseline}; final target {final}; {kind}.</translation>
        </message>
        <message>
            <source>The figures cannot be shown</source>
            <translation>The figures cannot be shown</translation>
        </message>
        <message>
            <source>{place} · figures for {period} · round: {state}</source>
            <translation>{place} · figures for {period} · round: {state}</translation>
        </message>
        <message>
            <source>No actuals have been entered for {chosen} yet, so the dashboard shows {period}, the latest period with actuals. Enter the new figures on the Monitoring page.</source>
            <translation>No actuals have been entered for {chosen} yet, so the dashboard shows {period}, the latest period with actuals. Enter the new figures on the Monitoring page.</translation>
        </message>
        <message>
            <source>No actuals have been entered for {period} yet, so progress cannot be computed. Enter them on the Monitoring page.</source>
            <translation>No actuals have been entered for {period} yet, so progress cannot be computed. Enter them on the Monitoring page.</translation>
        </message>
        <message>
            <source>The programme has no reporting periods</source>
            <translation>The programme has no reporting periods</translation>
        </message>
        <message>
            <source>Set the programme's years on the Plan page; the periods follow from them.</source>
            <translation>Set the programme's years on the Plan page; the periods follow from them.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Executors</source>
            <translation>Executors</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Municipalities</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <source>Back one level (Alt+Left)</source>
            <translation>Back one level (Alt+Left)</translation>
        </message>
        <message>
            <source>Open Monitoring</source>
            <translation>Open Monitoring</translation>
        </message>
        <message>
            <source>values to review</source>
            <translation>values to review</translation>
        </message>
        <message>
            <source>targets against the direction</source>
            <translation>targets against the direction</translation>
        </message>
        <message>
            <source>values missing</source>
            <translation>values missing</translation>
        </message>
        <message>
            <source>measures past their deadline</source>
            <translation>measures past their deadline</translation>
        </message>
        <message>
            <source>evaluation not written</source>
            <translation>evaluation not written</translation>
        </message>
        <message>
            <source>Needs attention in {period}: {items}</source>
            <translation>Needs attention in {period}: {items}</translation>
        </message>
        <message>
            <source>Needs attention before approval: {items}</source>
            <translation type="vanished">Needs attention before approval: {items}</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <source>Open Evaluation</source>
            <translation>Open Evaluation</translation>
        </message>
        <message>
            <source>{n} · {days} d.</source>
            <translation>{n} · {days} d.</translation>
        </message>
        <message>
            <source>No deadline of the reporting calendar is overdue</source>
            <translation>No deadline of the reporting calendar is overdue</translation>
        </message>
        <message>
            <source>Overdue deadlines: {n}; the latest is {days} d. late</source>
            <translation>Overdue deadlines: {n}; the latest is {days} d. late</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>{place} · {start}–{end} · status: {status}</source>
            <translation type="vanished">{place} · {start}–{end} · status: {status}</translation>
        </message>
        <message>
            <source>Approved by {body}, decision No. {number} of {date}</source>
            <translation type="vanished">Approved by {body}, decision No. {number} of {date}</translation>
        </message>
        <message>
            <source>The approval of the programme is not recorded yet.</source>
            <translation type="vanished">The approval of the programme is not recorded yet.</translation>
        </message>
        <message>
            <source>Open (no entries yet)</source>
            <translation type="vanished">Open (no entries yet)</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>No programme yet</translation>
        </message>
        <message>
            <source>Create the demo programme or an empty programme with File → New programme, or open another database with File → Open database.</source>
            <translation>Create the demo programme or an empty programme with File → New programme, or open another database with File → Open database.</translation>
        </message>
        <message>
            <source>Priority directions</source>
            <translation type="vanished">Priority directions</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation type="vanished">Sectors</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation type="vanished">Objectives</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation type="vanished">Measures</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation type="vanished">Indicators</translation>
        </message>
        <message>
            <source>Reporting rounds</source>
            <translation type="vanished">Reporting rounds</translation>
        </message>
        <message>
            <source>Period</source>
            <translation type="vanished">Period</translation>
        </message>
        <message>
            <source>State</source>
            <translation type="vanished">State</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation type="vanished">By whom</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="vanished">When</translation>
        </message>
        <message>
            <source>Progress, traffic lights and budget execution will appear on this page in a later version of meapp.</source>
            <translation type="vanished">Progress, traffic lights and budget execution will appear on this page in a later version of meapp.</translation>
        </message>
    </context>
    <context>
        <name>EmptyProgramDialog</name>
        <message>
            <source>New programme</source>
            <translation>New programme</translation>
        </message>
        <message>
            <source>e.g. Socio-economic development programme 2025–2028</source>
            <translation>e.g. Socio-economic development programme 2025–2028</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;First year:</source>
            <translation>&amp;First year:</translation>
        </message>
        <message>
            <source>&amp;Last year:</source>
            <translation>&amp;Last year:</translation>
        </message>
    </context>
    <context>
        <name>EvaluationFirstBox</name>
        <message>
            <source>The evaluation is not written</source>
            <translation>The evaluation is not written</translation>
        </message>
        <message>
            <source>The evaluation of {period} is not written yet.</source>
            <translation>The evaluation of {period} is not written yet.</translation>
        </message>
        <message>
            <source>Approving locks the period, its evaluation included: afterwards nobody can write it, and only an administrator can reopen the round. The usual order is: enter the data, write the evaluation, then approve.</source>
            <translation>Approving locks the period, its evaluation included: afterwards nobody can write it, and only an administrator can reopen the round. The usual order is: enter the data, write the evaluation, then approve.</translation>
        </message>
        <message>
            <source>Write the evaluation first</source>
            <translation>Write the evaluation first</translation>
        </message>
        <message>
            <source>Approve without it…</source>
            <translation>Approve without it…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPage</name>
        <message>
            <source>Evaluation</source>
            <translation type="vanished">Evaluation</translation>
        </message>
        <message>
            <source>Here the working group will write the evaluation of the period: summary, progress, weak points, recommendations and proposed target corrections, and approve the round.</source>
            <translation type="vanished">Here the working group will write the evaluation of the period: summary, progress, weak points, recommendations and proposed target corrections, and approve the round.</translation>
        </message>
        <message>
            <source>Save the evaluation of {period} before showing another period?</source>
            <translation>Save the evaluation of {period} before showing another period?</translation>
        </message>
        <message>
            <source>Choose No to discard the changes.</source>
            <translation>Choose No to discard the changes.</translation>
        </message>
        <message>
            <source>Save the evaluation of {period} before closing meapp?</source>
            <translation>Save the evaluation of {period} before closing meapp?</translation>
        </message>
        <message>
            <source>Choose Discard to close without the changes.</source>
            <translation type="vanished">Choose Discard to close without the changes.</translation>
        </message>
        <message>
            <source>Choose Don't save to close without the changes.</source>
            <translation>Choose Don't save to close without the changes.</translation>
        </message>
        <message>
            <source>{code} {name}: progress {progress}</source>
            <translation>{code} {name}: progress {progress}</translation>
        </message>
        <message>
            <source>Double-click to open the monitoring grid</source>
            <translation>Double-click to open the monitoring grid</translation>
        </message>
        <message>
            <source>{code} {title} (responsible: {executor})</source>
            <translation>{code} {title} (responsible: {executor})</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>Delayed</translation>
        </message>
        <message>
            <source>No indicator is off track and no measure is delayed.</source>
            <translation type="vanished">No indicator is off track and no measure is delayed.</translation>
        </message>
        <message>
            <source>final target</source>
            <translation>final target</translation>
        </message>
        <message>
            <source>Target revisions of the programme</source>
            <translation>Target revisions of the programme</translation>
        </message>
        <message>
            <source>No target has been revised in this programme yet.</source>
            <translation>No target has been revised in this programme yet.</translation>
        </message>
        <message>
            <source>The period is approved and locked: the evaluation can be read but not changed. An administrator can reopen the round.</source>
            <translation>The period is approved and locked: the evaluation can be read but not changed. An administrator can reopen the round.</translation>
        </message>
        <message>
            <source>Your role can read the evaluation; the chair of the working group (evaluator) writes it.</source>
            <translation>Your role can read the evaluation; the chair of the working group (evaluator) writes it.</translation>
        </message>
        <message>
            <source>Evaluation of {period}</source>
            <translation>Evaluation of {period}</translation>
        </message>
        <message>
            <source>{programme} · round: {state}</source>
            <translation>{programme} · round: {state}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Saved {when}</source>
            <translation>Saved {when}</translation>
        </message>
        <message>
            <source>Not written yet</source>
            <translation>Not written yet</translation>
        </message>
        <message>
            <source>Replace the parts you already wrote with the draft?</source>
            <translation>Replace the parts you already wrote with the draft?</translation>
        </message>
        <message>
            <source>Parts written: {parts}. Choose No to fill only the empty parts.</source>
            <translation>Parts written: {parts}. Choose No to fill only the empty parts.</translation>
        </message>
        <message>
            <source>Submit the round {period} to the chair?</source>
            <translation>Submit the round {period} to the chair?</translation>
        </message>
        <message>
            <source>Approve the round {period}?</source>
            <translation>Approve the round {period}?</translation>
        </message>
        <message>
            <source>After approval nothing in this period can be changed; only an administrator can reopen it.</source>
            <translation>After approval nothing in this period can be changed; only an administrator can reopen it.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Analysis of progress</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Weak points</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Proposed target corrections</translation>
        </message>
        <message>
            <source>No programme to evaluate</source>
            <translation>No programme to evaluate</translation>
        </message>
        <message>
            <source>Create a programme or import one from Excel on the Plan page, then choose a period in the top bar.</source>
            <translation>Create a programme or import one from Excel on the Plan page, then choose a period in the top bar.</translation>
        </message>
        <message>
            <source>The main results of the period in a few sentences.</source>
            <translation>The main results of the period in a few sentences.</translation>
        </message>
        <message>
            <source>How the indicators and measures moved, by direction.</source>
            <translation>How the indicators and measures moved, by direction.</translation>
        </message>
        <message>
            <source>What is behind, and why.</source>
            <translation>What is behind, and why.</translation>
        </message>
        <message>
            <source>What the municipality should do next.</source>
            <translation>What the municipality should do next.</translation>
        </message>
        <message>
            <source>Targets to revise, with the reason (the council decides).</source>
            <translation>Targets to revise, with the reason (the council decides).</translation>
        </message>
        <message>
            <source>Needs attention in this period</source>
            <translation>Needs attention in this period</translation>
        </message>
        <message>
            <source>Open before the round is approved; double-click to open its row</source>
            <translation>Open before the round is approved; double-click to open its row</translation>
        </message>
        <message>
            <source>Open before the round is approved</source>
            <translation>Open before the round is approved</translation>
        </message>
        <message>
            <source>No indicator is off track, no measure is delayed and no data-quality item is open.</source>
            <translation>No indicator is off track, no measure is delayed and no data-quality item is open.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Draft from the data</source>
            <translation>Draft from the data</translation>
        </message>
        <message>
            <source>Fill the empty parts from the figures of the period</source>
            <translation>Fill the empty parts from the figures of the period</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save the evaluation (Ctrl+S)</source>
            <translation>Save the evaluation (Ctrl+S)</translation>
        </message>
        <message>
            <source>Submit the round</source>
            <translation>Submit the round</translation>
        </message>
        <message>
            <source>Approve the round</source>
            <translation>Approve the round</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Attach a file</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</source>
            <translation>Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Storing the file…</source>
            <translation>Storing the file…</translation>
        </message>
        <message>
            <source>Remove the file {name}?</source>
            <translation>Remove the file {name}?</translation>
        </message>
        <message>
            <source>The file is deleted from the database; the audit trail keeps its name.</source>
            <translation>The file is deleted from the database; the audit trail keeps its name.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file(s)</numerusform>
                <numerusform>%n file(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>No files are attached.</source>
            <translation>No files are attached.</translation>
        </message>
        <message>
            <source>No files are attached yet. Choose the kind of document below, write its number and date, and press “Attach a file…”.</source>
            <translation>No files are attached yet. Choose the kind of document below, write its number and date, and press “Attach a file…”.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>🔒 The period is approved: the files can be opened, not changed.</source>
            <translation>🔒 The period is approved: the files can be opened, not changed.</translation>
        </message>
        <message>
            <source>Your role can open the files but not change them.</source>
            <translation>Your role can open the files but not change them.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Attach a new file</source>
            <translation>Attach a new file</translation>
        </message>
        <message>
            <source>&amp;Kind of document:</source>
            <translation>&amp;Kind of document:</translation>
        </message>
        <message>
            <source>Document &amp;number:</source>
            <translation>Document &amp;number:</translation>
        </message>
        <message>
            <source>Document &amp;date:</source>
            <translation>Document &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Attach a file…</source>
            <translation>&amp;Attach a file…</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialogs</name>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Plan items</source>
            <translation>Plan items</translation>
        </message>
        <message>
            <source>Measure budgets</source>
            <translation>Measure budgets</translation>
        </message>
        <message>
            <source>Measure budgets per year</source>
            <translation>Measure budgets per year</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Working group</translation>
        </message>
        <message>
            <source>Group members</source>
            <translation>Group members</translation>
        </message>
        <message>
            <source>SWOT items</source>
            <translation>SWOT items</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risks</translation>
        </message>
        <message>
            <source>Reporting calendar</source>
            <translation>Reporting calendar</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Public checks</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Hearings</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Proposals</translation>
        </message>
        <message>
            <source>Actual values</source>
            <translation>Actual values</translation>
        </message>
        <message>
            <source>Measure progress</source>
            <translation>Measure progress</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Spending</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Evaluations</translation>
        </message>
        <message>
            <source>Target revisions</source>
            <translation>Target revisions</translation>
        </message>
        <message>
            <source>Reporting rounds</source>
            <translation>Reporting rounds</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comment</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>% complete</source>
            <translation>% complete</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>amount</translation>
        </message>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>state</source>
            <translation>state</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>summary</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>conflicting</source>
            <translation>conflicting</translation>
        </message>
        <message>
            <source>outdated</source>
            <translation>outdated</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>meapp packages (*.mepkg);;All files (*)</source>
            <translation>meapp packages (*.mepkg);;All files (*)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Export package</source>
            <translation>Export package</translation>
        </message>
        <message>
            <source>Writing the package…</source>
            <translation>Writing the package…</translation>
        </message>
        <message>
            <source>Not signed.</source>
            <translation>Not signed.</translation>
        </message>
        <message>
            <source>What to send</source>
            <translation>What to send</translation>
        </message>
        <message>
            <source>The &amp;whole programme (the first package, or everything again)</source>
            <translation>The &amp;whole programme (the first package, or everything again)</translation>
        </message>
        <message>
            <source>The data of &amp;chosen periods:</source>
            <translation>The data of &amp;chosen periods:</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Package file</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Sign the package with my signing identity</source>
            <translation>&amp;Sign the package with my signing identity</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Import package</source>
            <translation>Import package</translation>
        </message>
        <message>
            <source>Checking the package…</source>
            <translation>Checking the package…</translation>
        </message>
        <message>
            <source>Holds the whole programme, with the data of {periods}.</source>
            <translation>Holds the whole programme, with the data of {periods}.</translation>
        </message>
        <message>
            <source>Holds the data of {periods}.</source>
            <translation>Holds the data of {periods}.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Importing the package…</source>
            <translation>Importing the package…</translation>
        </message>
        <message>
            <source>Nothing changed: this database already holds everything in the package.</source>
            <translation>Nothing changed: this database already holds everything in the package.</translation>
        </message>
        <message>
            <source>&amp;Package:</source>
            <translation>&amp;Package:</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Sender's signature</source>
            <translation>Sender's signature</translation>
        </message>
        <message>
            <source>I checked with the sender: import it anyway and record this signer</source>
            <translation type="vanished">I checked with the sender: import it anyway and record this signer</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Keep all &amp;mine</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Take all &amp;theirs</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Sign the package</source>
            <translation>Sign the package</translation>
        </message>
        <message>
            <source>Choose a programme in the top bar first.</source>
            <translation>Choose a programme in the top bar first.</translation>
        </message>
        <message>
            <source>The receiver sees who sent the package and that nothing changed on the way.</source>
            <translation>The receiver sees who sent the package and that nothing changed on the way.</translation>
        </message>
        <message>
            <source>You have no signing identity, so the package goes unsigned. Create one with File → My signing identity…</source>
            <translation>You have no signing identity, so the package goes unsigned. Create one with File → My signing identity…</translation>
        </message>
        <message>
            <source>Choose a package file (.mepkg) to see what it would change.</source>
            <translation>Choose a package file (.mepkg) to see what it would change.</translation>
        </message>
        <message>
            <source>The programme is new here: it will be created.</source>
            <translation>The programme is new here: it will be created.</translation>
        </message>
        <message>
            <source>Nothing would change: this database already holds all of it.</source>
            <translation>Nothing would change: this database already holds all of it.</translation>
        </message>
        <message>
            <source>Rows that would change approved (locked) periods here: %n. The package cannot be imported; an administrator can reopen the round first.</source>
            <translation>Rows that would change approved (locked) periods here: %n. The package cannot be imported; an administrator can reopen the round first.</translation>
        </message>
        <message>
            <source>I checked with the sender: import this unsigned package anyway</source>
            <translation>I checked with the sender: import this unsigned package anyway</translation>
        </message>
        <message>
            <source>Nothing changed: this database already has newer data than the package.</source>
            <translation>Nothing changed: this database already has newer data than the package.</translation>
        </message>
        <message>
            <source>Nothing would change: this database already has newer data than the package (rows move forward only).</source>
            <translation>Nothing would change: this database already has newer data than the package (rows move forward only).</translation>
        </message>
        <message>
            <source>Nobody vouches for where this package comes from.</source>
            <translation>Nobody vouches for where this package comes from.</translation>
        </message>
        <message>
            <source>I compared the SHA-256 fingerprint with the sender: import it and record this signer for {municipality}</source>
            <translation>I compared the SHA-256 fingerprint with the sender: import it and record this signer for {municipality}</translation>
        </message>
        <message>
            <source>Rows changed both here and in the package: %n. For each, keep mine (this database) or take theirs (the package).</source>
            <translation>Rows changed both here and in the package: %n. For each, keep mine (this database) or take theirs (the package).</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Mine (this database)</source>
            <translation>Mine (this database)</translation>
        </message>
        <message>
            <source>Theirs (the package)</source>
            <translation>Theirs (the package)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Signed by {signer}.</source>
            <translation>Signed by {signer}.</translation>
        </message>
        <message>
            <source>Package written: {file}</source>
            <translation>Package written: {file}</translation>
        </message>
        <message>
            <source>{rows} rows and {files} evidence files. {signed}</source>
            <translation>{rows} rows and {files} evidence files. {signed}</translation>
        </message>
        <message>
            <source>{municipality} · {title} ({code})</source>
            <translation>{municipality} · {title} ({code})</translation>
        </message>
        <message>
            <source>Sent by {sender} on {date}.</source>
            <translation>Sent by {sender} on {date}.</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Take theirs</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>taken</source>
            <translation>taken</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>Rows the import would change:</source>
            <translation>Rows the import would change:</translation>
        </message>
        <message>
            <source>No row would change.</source>
            <translation>No row would change.</translation>
        </message>
        <message>
            <source>Password of your signing identity ({login}):</source>
            <translation>Password of your signing identity ({login}):</translation>
        </message>
        <message>
            <source>Signer's certificate: {who}; valid {start} – {end}; SHA-256 {sha256}</source>
            <translation>Signer's certificate: {who}; valid {start} – {end}; SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>New rows: {n}</source>
            <translation>New rows: {n}</translation>
        </message>
        <message>
            <source>Updated rows: {n}</source>
            <translation>Updated rows: {n}</translation>
        </message>
        <message>
            <source>Kept as they are here: {n}</source>
            <translation>Kept as they are here: {n}</translation>
        </message>
        <message>
            <source>Older than here, left alone: {n}</source>
            <translation>Older than here, left alone: {n}</translation>
        </message>
        <message>
            <source>The signer {signer} is now recorded for {municipality}.</source>
            <translation>The signer {signer} is now recorded for {municipality}.</translation>
        </message>
        <message>
            <source>The programme {code} was imported.</source>
            <translation>The programme {code} was imported.</translation>
        </message>
        <message>
            <source>The package was imported into {code}.</source>
            <translation>The package was imported into {code}.</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>meapp — the administrator</source>
            <translation>meapp — the administrator</translation>
        </message>
        <message>
            <source>The database {name} has no users yet. Create the administrator account: the administrator adds the other users and gives them roles. Keep the password safe; from the next start everybody logs in.</source>
            <translation>The database {name} has no users yet. Create the administrator account: the administrator adds the other users and gives them roles. Keep the password safe; from the next start everybody logs in.</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>La&amp;nguage:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>P&amp;osition:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Password &amp;again:</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice.</source>
            <translation>The two passwords differ; type the same password twice.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>New programme</source>
            <translation>New programme</translation>
        </message>
        <message>
            <source>Welcome to meapp</source>
            <translation>Welcome to meapp</translation>
        </message>
        <message>
            <source>The database {name} holds no programme yet. How would you like to begin?</source>
            <translation>The database {name} holds no programme yet. How would you like to begin?</translation>
        </message>
        <message>
            <source>Add a programme to the database {name}:</source>
            <translation>Add a programme to the database {name}:</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>La&amp;nguage:</translation>
        </message>
        <message>
            <source>Create the demo programme</source>
            <translation>Create the demo programme</translation>
        </message>
        <message>
            <source>A town programme with four directions and two years of half-year data, to look around and practise. Users {users}, password: {password}.</source>
            <translation>A town programme with four directions and two years of half-year data, to look around and practise. Users {users}, password: {password}.</translation>
        </message>
        <message>
            <source>Start an empty programme</source>
            <translation>Start an empty programme</translation>
        </message>
        <message>
            <source>Give the title, the municipality and the years; import the plan later.</source>
            <translation>Give the title, the municipality and the years; import the plan later.</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Open another database file</translation>
        </message>
        <message>
            <source>A meapp database from this computer or a USB stick.</source>
            <translation>A meapp database from this computer or a USB stick.</translation>
        </message>
        <message>
            <source>Creating the demo programme…</source>
            <translation>Creating the demo programme…</translation>
        </message>
        <message>
            <source>Open a meapp database</source>
            <translation>Open a meapp database</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>meapp databases (*.db *.sqlite);;All files (*)</translation>
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
            <translation>New hearing or meeting</translation>
        </message>
        <message>
            <source>Hearing or meeting</source>
            <translation>Hearing or meeting</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>&amp;Attendance:</source>
            <translation>&amp;Attendance:</translation>
        </message>
        <message>
            <source>&amp;Women among them:</source>
            <translation>&amp;Women among them:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes:</translation>
        </message>
    </context>
    <context>
        <name>HearingsTab</name>
        <message>
            <source>{period} is approved: this hearing and its proposals can be read, not changed.</source>
            <translation>{period} is approved: this hearing and its proposals can be read, not changed.</translation>
        </message>
        <message>
            <source>Delete this {kind} of {date}?</source>
            <translation>Delete this {kind} of {date}?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n proposal(s) and attached files are deleted with it.</source>
            <translation>
                <numerusform>Its %n proposal(s) and attached files are deleted with it.</numerusform>
                <numerusform>Its %n proposal(s) and attached files are deleted with it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the proposal “{text}”?</source>
            <translation>Delete the proposal “{text}”?</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Proposals</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Proposal received</source>
            <translation>Proposal received</translation>
        </message>
        <message>
            <source>Answer / what was done</source>
            <translation>Answer / what was done</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Add hearing or meeting…</source>
            <translation>&amp;Add hearing or meeting…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Minutes and &amp;photos…</source>
            <translation>Minutes and &amp;photos…</translation>
        </message>
        <message>
            <source>Add &amp;proposal…</source>
            <translation>Add &amp;proposal…</translation>
        </message>
        <message>
            <source>Edit proposal / &amp;answer…</source>
            <translation>Edit proposal / &amp;answer…</translation>
        </message>
        <message>
            <source>Delete proposal</source>
            <translation>Delete proposal</translation>
        </message>
        <message>
            <source>No hearings or meetings yet. After a public hearing or an expanded meeting of the group, press “Add hearing or meeting…” and record the date, place and attendance, then the proposals received.</source>
            <translation>No hearings or meetings yet. After a public hearing or an expanded meeting of the group, press “Add hearing or meeting…” and record the date, place and attendance, then the proposals received.</translation>
        </message>
        <message>
            <source>No proposals recorded. Press “Add proposal…” for each one received.</source>
            <translation>No proposals recorded. Press “Add proposal…” for each one received.</translation>
        </message>
    </context>
    <context>
        <name>HeatMatrix</name>
        <message>
            <source>Likelihood {likelihood} × impact {impact} = {score} ({level}); open risks: {n}</source>
            <translation>Likelihood {likelihood} × impact {impact} = {score} ({level}); open risks: {n}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>The dashboard shows the state of the programme at a glance: its approval, how many directions, measures and indicators it has, and which reporting rounds are open, submitted or approved. Choose the programme and the period at the top.</source>
            <translation>The dashboard shows the state of the programme at a glance: its approval, how many directions, measures and indicators it has, and which reporting rounds are open, submitted or approved. Choose the programme and the period at the top.</translation>
        </message>
        <message>
            <source>The plan is the programme tree: priority directions, sectors, objectives and measures, with the indicators under them. Click a line to see its details on the right. Press Ctrl+F and type a word or a code to filter the tree.</source>
            <translation>The plan is the programme tree: priority directions, sectors, objectives and measures, with the indicators under them. Click a line to see its details on the right. Press Ctrl+F and type a word or a code to filter the tree.</translation>
        </message>
        <message>
            <source>Monitoring is where the half-year actuals of indicators and the status and spending of measures are entered, with their evidence. An approved period is locked and cannot be changed.</source>
            <translation>Monitoring is where the half-year actuals of indicators and the status and spending of measures are entered, with their evidence. An approved period is locked and cannot be changed.</translation>
        </message>
        <message>
            <source>Evaluation holds the working group's text for a period: summary, progress, weak points, recommendations and proposed target corrections.</source>
            <translation>Evaluation holds the working group's text for a period: summary, progress, weak points, recommendations and proposed target corrections.</translation>
        </message>
        <message>
            <source>Reports builds the half-year report, the annual report and the citizen summary as PDF, and the Excel tables; signed reports can be verified here.</source>
            <translation>Reports builds the half-year report, the annual report and the citizen summary as PDF, and the Excel tables; signed reports can be verified here.</translation>
        </message>
        <message>
            <source>The working group page lists the members of the monitoring working group, the order that formed it, and checks the shares of women and young people.</source>
            <translation>The working group page lists the members of the monitoring working group, the order that formed it, and checks the shares of women and young people.</translation>
        </message>
        <message>
            <source>Risks lists what may stop the programme, with likelihood, impact and mitigation, next to the SWOT analysis.</source>
            <translation>Risks lists what may stop the programme, with likelihood, impact and mitigation, next to the SWOT analysis.</translation>
        </message>
        <message>
            <source>The audit trail shows every change: who, when, what was before and after. The trail is chained, so any later edit of history is detected.</source>
            <translation>The audit trail shows every change: who, when, what was before and after. The trail is chained, so any later edit of history is detected.</translation>
        </message>
        <message>
            <source>Users and their roles: a viewer reads, an editor enters data, an evaluator approves rounds and signs reports, an administrator sets up the programme and users.</source>
            <translation>Users and their roles: a viewer reads, an editor enters data, an evaluator approves rounds and signs reports, an administrator sets up the programme and users.</translation>
        </message>
        <message>
            <source>Settings: the language of the program (it changes at once), the traffic-light thresholds of the programme, and the folder for backups.</source>
            <translation>Settings: the language of the program (it changes at once), the traffic-light thresholds of the programme, and the folder for backups.</translation>
        </message>
        <message>
            <source>Press F1 on any page to read its guide. Keyboard: Ctrl+1 … Ctrl+9 open the pages, Ctrl+F searches, Ctrl+O opens another database, Ctrl+Q quits.</source>
            <translation>Press F1 on any page to read its guide. Keyboard: Ctrl+1 … Ctrl+9 open the pages, Ctrl+F searches, Ctrl+O opens another database, Ctrl+Q quits.</translation>
        </message>
    </context>
    <context>
        <name>HelpPage</name>
        <message>
            <source>Save the guide as PDF</source>
            <translation>Save the guide as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the guide…</source>
            <translation>Writing the guide…</translation>
        </message>
        <message>
            <source>The guide was saved.</source>
            <translation>The guide was saved.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>The whole guide as one PDF file, to print</source>
            <translation>The whole guide as one PDF file, to print</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation type="vanished">Keyboard</translation>
        </message>
        <message>
            <source>help for the current page</source>
            <translation type="vanished">help for the current page</translation>
        </message>
        <message>
            <source>open the first nine pages of the navigation</source>
            <translation type="vanished">open the first nine pages of the navigation</translation>
        </message>
        <message>
            <source>previous or next page</source>
            <translation type="vanished">previous or next page</translation>
        </message>
        <message>
            <source>move between the navigation and the page</source>
            <translation type="vanished">move between the navigation and the page</translation>
        </message>
        <message>
            <source>search on the current page</source>
            <translation type="vanished">search on the current page</translation>
        </message>
        <message>
            <source>open another database</source>
            <translation type="vanished">open another database</translation>
        </message>
        <message>
            <source>quit</source>
            <translation type="vanished">quit</translation>
        </message>
        <message>
            <source>monitoring and evaluation of municipal development programmes</source>
            <translation type="vanished">monitoring and evaluation of municipal development programmes</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>% done</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Spending</translation>
        </message>
        <message>
            <source>History of this value</source>
            <translation>History of this value</translation>
        </message>
        <message>
            <source>{subject} · {period}</source>
            <translation>{subject} · {period}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>No change of this value has been recorded yet.</source>
            <translation>No change of this value has been recorded yet.</translation>
        </message>
        <message>
            <source>imported from {file}</source>
            <translation>imported from {file}</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>cleared</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>Targets below the baseline ({baseline}) of an indicator to increase: {periods}</source>
            <translation>Targets below the baseline ({baseline}) of an indicator to increase: {periods}</translation>
        </message>
        <message>
            <source>Targets above the baseline ({baseline}) of an indicator to decrease: {periods}</source>
            <translation>Targets above the baseline ({baseline}) of an indicator to decrease: {periods}</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>C&amp;ode:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Unit of measure:</source>
            <translation>&amp;Unit of measure:</translation>
        </message>
        <message>
            <source>&amp;Value type:</source>
            <translation>&amp;Value type:</translation>
        </message>
        <message>
            <source>Di&amp;rection:</source>
            <translation>Di&amp;rection:</translation>
        </message>
        <message>
            <source>How periods &amp;combine:</source>
            <translation>How periods &amp;combine:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>&amp;Baseline value:</source>
            <translation>&amp;Baseline value:</translation>
        </message>
        <message>
            <source>&amp;Targets:</source>
            <translation>&amp;Targets:</translation>
        </message>
        <message>
            <source>&amp;Final target:</source>
            <translation>&amp;Final target:</translation>
        </message>
        <message>
            <source>Data &amp;source:</source>
            <translation>Data &amp;source:</translation>
        </message>
        <message>
            <source>Measurement &amp;method:</source>
            <translation>Measurement &amp;method:</translation>
        </message>
        <message>
            <source>Verifying &amp;document:</source>
            <translation>Verifying &amp;document:</translation>
        </message>
        <message>
            <source>Res&amp;ponsible:</source>
            <translation>Res&amp;ponsible:</translation>
        </message>
        <message>
            <source>Methodology note:</source>
            <translation>Methodology note:</translation>
        </message>
        <message>
            <source>Measurement frequency:</source>
            <translation>Measurement frequency:</translation>
        </message>
        <message>
            <source>Measurement date:</source>
            <translation>Measurement date:</translation>
        </message>
        <message>
            <source>Weight in roll-ups:</source>
            <translation>Weight in roll-ups:</translation>
        </message>
        <message>
            <source>Issue:</source>
            <translation>Issue:</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Group:</translation>
        </message>
        <message>
            <source>in the year</source>
            <translation>in the year</translation>
        </message>
        <message>
            <source>Type a year's target, or the half-years' own. ≈ marks a derived value; a lock marks an approved year, whose targets change only by a revision.</source>
            <translation>Type a year's target, or the half-years' own. ≈ marks a derived value; a lock marks an approved year, whose targets change only by a revision.</translation>
        </message>
        <message>
            <source>As written in the council's indicator matrix</source>
            <translation>As written in the council's indicator matrix</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Demo users: {users}; password: {password}</source>
            <translation>Demo users: {users}; password: {password}</translation>
        </message>
        <message>
            <source>meapp — log in</source>
            <translation>meapp — log in</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Database: {name}</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>La&amp;nguage:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Type your login.</source>
            <translation>Type your login.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open a meapp database</source>
            <translation>Open a meapp database</translation>
        </message>
        <message>
            <source>meapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>meapp databases (*.db *.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>This page has no search.</source>
            <translation>This page has no search.</translation>
        </message>
        <message>
            <source>Help: {page}</source>
            <translation>Help: {page}</translation>
        </message>
        <message>
            <source>The guides of all pages are on the Help page.</source>
            <translation type="vanished">The guides of all pages are on the Help page.</translation>
        </message>
        <message>
            <source>Logged in as {login} ({role})</source>
            <translation>Logged in as {login} ({role})</translation>
        </message>
        <message>
            <source>About meapp</source>
            <translation>About meapp</translation>
        </message>
        <message>
            <source>meapp {version}: monitoring and evaluation of municipal development programmes. Works without internet; your data stay in {folder}.</source>
            <translation>meapp {version}: monitoring and evaluation of municipal development programmes. Works without internet; your data stay in {folder}.</translation>
        </message>
        <message>
            <source>Open for data entry</source>
            <translation>Open for data entry</translation>
        </message>
        <message>
            <source>Submitted · {who} · {date}</source>
            <translation>Submitted · {who} · {date}</translation>
        </message>
        <message>
            <source>Approved · {who} · {date}</source>
            <translation>Approved · {who} · {date}</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Database: {name}</translation>
        </message>
        <message>
            <source>Viewing only</source>
            <translation>Viewing only</translation>
        </message>
        <message>
            <source>Set-up mode (no users yet)</source>
            <translation>Set-up mode (no users yet)</translation>
        </message>
        <message>
            <source>User: {login} ({role})</source>
            <translation>User: {login} ({role})</translation>
        </message>
        <message>
            <source>No period</source>
            <translation>No period</translation>
        </message>
        <message>
            <source>Period open</source>
            <translation>Period open</translation>
        </message>
        <message>
            <source>Period submitted, awaiting approval</source>
            <translation>Period submitted, awaiting approval</translation>
        </message>
        <message>
            <source>Period locked (approved)</source>
            <translation>Period locked (approved)</translation>
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation>Backup saved: {file}</translation>
        </message>
        <message>
            <source>Backups: by the database server</source>
            <translation>Backups: by the database server</translation>
        </message>
        <message>
            <source>The last backup failed</source>
            <translation>The last backup failed</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>No backup yet</translation>
        </message>
        <message>
            <source>Last backup: {time}</source>
            <translation>Last backup: {time}</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Programme:</translation>
        </message>
        <message>
            <source>P&amp;eriod:</source>
            <translation>P&amp;eriod:</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New programme…</source>
            <translation>&amp;New programme…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Export package…</source>
            <translation>&amp;Export package…</translation>
        </message>
        <message>
            <source>&amp;Import package…</source>
            <translation>&amp;Import package…</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <source>My &amp;signing identity…</source>
            <translation>My &amp;signing identity…</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF…</source>
            <translation>&amp;Verify a signed PDF…</translation>
        </message>
        <message>
            <source>&amp;Log out / switch user…</source>
            <translation>&amp;Log out / switch user…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Page &amp;names in the navigation</source>
            <translation>Page &amp;names in the navigation</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Help for this page</source>
            <translation>&amp;Help for this page</translation>
        </message>
        <message>
            <source>&amp;About meapp</source>
            <translation>&amp;About meapp</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>New member</source>
            <translation>New member</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Side:</source>
            <translation>&amp;Side:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Gender:</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>&amp;Birth year:</translation>
        </message>
        <message>
            <source>&amp;Role in the group:</source>
            <translation>&amp;Role in the group:</translation>
        </message>
        <message>
            <source>surname, name, patronymic</source>
            <translation>surname, name, patronymic</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Remove {name} from the working group?</source>
            <translation>Remove {name} from the working group?</translation>
        </message>
        <message>
            <source>Order forming the group: &amp;No.</source>
            <translation>Order forming the group: &amp;No.</translation>
        </message>
        <message>
            <source>&amp;dated</source>
            <translation>&amp;dated</translation>
        </message>
        <message>
            <source>Save the order</source>
            <translation>Save the order</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Approved by:</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>for another body: its name</source>
            <translation>for another body: its name</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation>&amp;Add member…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>No members yet. Press “Add member…” and enter the members named in the order: the chair, the secretary and the members from the mayor's office, the council, business and civic organisations.</source>
            <translation>No members yet. Press “Add member…” and enter the members named in the order: the chair, the secretary and the members from the mayor's office, the council, business and civic organisations.</translation>
        </message>
        <message>
            <source>No members yet. The chair of the group or an administrator enters them.</source>
            <translation>No members yet. The chair of the group or an administrator enters them.</translation>
        </message>
        <message>
            <source>Only the chair of the group (evaluator) or an administrator can change the members and the order.</source>
            <translation>Only the chair of the group (evaluator) or an administrator can change the members and the order.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Nothing was changed. Correct the input and try again.</source>
            <translation>Nothing was changed. Correct the input and try again.</translation>
        </message>
        <message>
            <source>The period is approved and locked. An administrator can reopen it.</source>
            <translation>The period is approved and locked. An administrator can reopen it.</translation>
        </message>
        <message>
            <source>Someone else changed this meanwhile. Your change was not saved; reload and try again.</source>
            <translation>Someone else changed this meanwhile. Your change was not saved; reload and try again.</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask an administrator.</source>
            <translation>Your role does not allow this. Ask an administrator.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>meapp</source>
            <translation>meapp</translation>
        </message>
        <message>
            <source>Something went wrong inside meapp. This is a bug.</source>
            <translation>Something went wrong inside meapp. This is a bug.</translation>
        </message>
        <message>
            <source>Your data are safe: an unfinished change is not saved. Details are in the log file.</source>
            <translation>Your data are safe: an unfinished change is not saved. Details are in the log file.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringGrid</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>The baseline value and its year</source>
            <translation>The baseline value and its year</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>The target for the period; for a cumulative indicator the total since the baseline year, for one summed within the year the year's target to date. ≈ marks a target derived from the yearly ones.</source>
            <translation>The target for the period; for a cumulative indicator the total since the baseline year, for one summed within the year the year's target to date. ≈ marks a target derived from the yearly ones.</translation>
        </message>
        <message>
            <source>Cumulative indicators: the total since the baseline year; indicators summed within the year: the total of the year so far. Compared with the target</source>
            <translation>Cumulative indicators: the total since the baseline year; indicators summed within the year: the total of the year so far. Compared with the target</translation>
        </message>
        <message>
            <source>The total of {year} so far, compared with the year's target</source>
            <translation>The total of {year} so far, compared with the year's target</translation>
        </message>
        <message>
            <source>The target for the period; for a cumulative indicator the total since the baseline year. ≈ marks a target derived from the yearly ones.</source>
            <translation type="vanished">The target for the period; for a cumulative indicator the total since the baseline year. ≈ marks a target derived from the yearly ones.</translation>
        </message>
        <message>
            <source>Actual ✎</source>
            <translation>Actual ✎</translation>
        </message>
        <message>
            <source>Type the actual value of this period (comma or dot; spaces between thousands are fine). Enter or Tab moves to the next cell.</source>
            <translation>Type the actual value of this period (comma or dot; spaces between thousands are fine). Enter or Tab moves to the next cell.</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>To date</translation>
        </message>
        <message>
            <source>Cumulative indicators: the total since the baseline year, compared with the target</source>
            <translation type="vanished">Cumulative indicators: the total since the baseline year, compared with the target</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Plan, %</source>
            <translation>Plan, %</translation>
        </message>
        <message>
            <source>Actual ÷ target (target ÷ actual for a decreasing indicator)</source>
            <translation>Actual ÷ target (target ÷ actual for a decreasing indicator)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Comment ✎</source>
            <translation>Comment ✎</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Attached documents; double-click to see or attach them</source>
            <translation>Attached documents; double-click to see or attach them</translation>
        </message>
        <message>
            <source>Derived from the yearly targets (≈)</source>
            <translation>Derived from the yearly targets (≈)</translation>
        </message>
        <message>
            <source>Baseline year: {year}</source>
            <translation>Baseline year: {year}</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Status ✎</source>
            <translation>Status ✎</translation>
        </message>
        <message>
            <source>Choose the status; a period without its own entry shows the last one</source>
            <translation>Choose the status; a period without its own entry shows the last one</translation>
        </message>
        <message>
            <source>% done ✎</source>
            <translation>% done ✎</translation>
        </message>
        <message>
            <source>spent ✎</source>
            <translation type="vanished">spent ✎</translation>
        </message>
        <message>
            <source>spent, som ✎</source>
            <translation>spent, som ✎</translation>
        </message>
        <message>
            <source>Responsible executor: {who}</source>
            <translation>Responsible executor: {who}</translation>
        </message>
        <message>
            <source>Deadline: {deadline}</source>
            <translation>Deadline: {deadline}</translation>
        </message>
        <message>
            <source>Carried over from an earlier period</source>
            <translation>Carried over from an earlier period</translation>
        </message>
        <message>
            <source>Nothing planned from this source for this measure</source>
            <translation>Nothing planned from this source for this measure</translation>
        </message>
        <message>
            <source>Planned: {planned} · spent to date: {spent} ({share})</source>
            <translation>Planned: {planned} · spent to date: {spent} ({share})</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPage</name>
        <message>
            <source>Programme progress: {progress}</source>
            <translation>Programme progress: {progress}</translation>
        </message>
        <message>
            <source>Measures: {done} done, {in_progress} in progress, {not_started} not started, {delayed} delayed, {cancelled} cancelled</source>
            <translation>Measures: {done} done, {in_progress} in progress, {not_started} not started, {delayed} delayed, {cancelled} cancelled</translation>
        </message>
        <message>
            <source>Pasted {n} cells.</source>
            <translation>Pasted {n} cells.</translation>
        </message>
        <message>
            <source>Submit the figures of {period} to the chair?</source>
            <translation>Submit the figures of {period} to the chair?</translation>
        </message>
        <message>
            <source>The data can still be corrected until the round is approved.</source>
            <translation>The data can still be corrected until the round is approved.</translation>
        </message>
        <message>
            <source>Approve the round {period}?</source>
            <translation>Approve the round {period}?</translation>
        </message>
        <message>
            <source>After approval nobody can change the figures of this period; only an administrator can reopen it, giving a reason.</source>
            <translation>After approval nobody can change the figures of this period; only an administrator can reopen it, giving a reason.</translation>
        </message>
        <message>
            <source>Reopen the round</source>
            <translation>Reopen the round</translation>
        </message>
        <message>
            <source>Why is the round {period} reopened? The reason is kept in the audit trail.</source>
            <translation>Why is the round {period} reopened? The reason is kept in the audit trail.</translation>
        </message>
        <message>
            <source>History of this value…</source>
            <translation>History of this value…</translation>
        </message>
        <message>
            <source>Revise target…</source>
            <translation>Revise target…</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>Evidence…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Calendar…</source>
            <translation>Calendar…</translation>
        </message>
        <message>
            <source>The programme's reporting deadlines</source>
            <translation>The programme's reporting deadlines</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>&amp;Submit</translation>
        </message>
        <message>
            <source>Hand the figures of the period to the chair</source>
            <translation>Hand the figures of the period to the chair</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Approve the round: the period is locked afterwards</source>
            <translation>Approve the round: the period is locked afterwards</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>&amp;Reopen…</translation>
        </message>
        <message>
            <source>Only an administrator reopens a round, giving a reason</source>
            <translation>Only an administrator reopens a round, giving a reason</translation>
        </message>
        <message>
            <source>Indicators ({n})</source>
            <translation>Indicators ({n})</translation>
        </message>
        <message>
            <source>Measures ({n})</source>
            <translation>Measures ({n})</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>No programme yet</translation>
        </message>
        <message>
            <source>Create the programme with File → New programme: import the council's Excel tables or start with the demo data.</source>
            <translation>Create the programme with File → New programme: import the council's Excel tables or start with the demo data.</translation>
        </message>
        <message>
            <source>No reporting period</source>
            <translation>No reporting period</translation>
        </message>
        <message>
            <source>The programme has no reporting periods. Check its start and end years on the Plan page, then choose a period in the top bar.</source>
            <translation>The programme has no reporting periods. Check its start and end years on the Plan page, then choose a period in the top bar.</translation>
        </message>
        <message>
            <source>No indicators</source>
            <translation>No indicators</translation>
        </message>
        <message>
            <source>Import the indicator matrix on the Plan page; the indicators then appear here for every period.</source>
            <translation>Import the indicator matrix on the Plan page; the indicators then appear here for every period.</translation>
        </message>
        <message>
            <source>No measures</source>
            <translation>No measures</translation>
        </message>
        <message>
            <source>Import the action plan on the Plan page; its measures then appear here.</source>
            <translation>Import the action plan on the Plan page; its measures then appear here.</translation>
        </message>
        <message>
            <source>Approved · {who} · {date}. The figures of {period} are locked: only an administrator can reopen the round.</source>
            <translation>Approved · {who} · {date}. The figures of {period} are locked: only an administrator can reopen the round.</translation>
        </message>
        <message>
            <source>You can look at the figures; entering them needs the role of an editor.</source>
            <translation>You can look at the figures; entering them needs the role of an editor.</translation>
        </message>
        <message>
            <source>The round is submitted and waits for the chair's approval; corrections are still possible.</source>
            <translation>The round is submitted and waits for the chair's approval; corrections are still possible.</translation>
        </message>
        <message>
            <source>Here you will enter the half-year actuals of the indicators and the status, per cent complete and spending of the measures, attach evidence and submit the round.</source>
            <translation type="vanished">Here you will enter the half-year actuals of the indicators and the status, per cent complete and spending of the measures, attach evidence and submit the round.</translation>
        </message>
        <message>
            <source>row {row}, column «{column}»</source>
            <translation>row {row}, column «{column}»</translation>
        </message>
        <message>
            <source>not a measure status: {text}</source>
            <translation>not a measure status: {text}</translation>
        </message>
        <message>
            <source>the values are computed here; paste into a ✎ column</source>
            <translation>the values are computed here; paste into a ✎ column</translation>
        </message>
        <message>
            <source>the block reaches beyond the table</source>
            <translation>the block reaches beyond the table</translation>
        </message>
        <message>
            <source>nothing planned from this source here</source>
            <translation>nothing planned from this source here</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>row {row}</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Show the page names</source>
            <translation>Show the page names</translation>
        </message>
        <message>
            <source>Hide names</source>
            <translation>Hide names</translation>
        </message>
        <message>
            <source>Show icons only</source>
            <translation>Show icons only</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Working group</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risks</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
    </context>
    <context>
        <name>OverdueBanner</name>
        <message>
            <source>Reporting calendar…</source>
            <translation>Reporting calendar…</translation>
        </message>
        <message>
            <source>…and {n} more overdue</source>
            <translation>…and {n} more overdue</translation>
        </message>
        <message>
            <source>Overdue on the reporting calendar:</source>
            <translation>Overdue on the reporting calendar:</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Previous page (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Next page (Page Down)</translation>
        </message>
    </context>
    <context>
        <name>PlanExportDialog</name>
        <message>
            <source>Kyrgyz</source>
            <translation>Kyrgyz</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Export the plan to Excel</source>
            <translation>Export the plan to Excel</translation>
        </message>
        <message>
            <source>The programme {title} in the council's table layout.</source>
            <translation>The programme {title} in the council's table layout.</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Headers in:</source>
            <translation>Headers in:</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Save as:</translation>
        </message>
        <message>
            <source>The action plan</source>
            <translation>The action plan</translation>
        </message>
        <message>
            <source>The indicator matrix</source>
            <translation>The indicator matrix</translation>
        </message>
        <message>
            <source>Both, as two sheets of one workbook</source>
            <translation>Both, as two sheets of one workbook</translation>
        </message>
        <message>
            <source>Add each measure's status and spending in {period}</source>
            <translation>Add each measure's status and spending in {period}</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Save the Excel file</source>
            <translation>Save the Excel file</translation>
        </message>
        <message>
            <source>The folder does not exist: {folder}</source>
            <translation>The folder does not exist: {folder}</translation>
        </message>
        <message>
            <source>The Excel file was written.</source>
            <translation>The Excel file was written.</translation>
        </message>
        <message>
            <source>Saved to {file}</source>
            <translation>Saved to {file}</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Writing the Excel file…</translation>
        </message>
    </context>
    <context>
        <name>PlanImportWizard</name>
        <message>
            <source>Priority directions</source>
            <translation>Priority directions</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectors</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Import the plan from Excel</source>
            <translation>Import the plan from Excel</translation>
        </message>
        <message>
            <source>Step 1: the council's tables and the programme they go into.</source>
            <translation>Step 1: the council's tables and the programme they go into.</translation>
        </message>
        <message>
            <source>Choose the action plan and/or the indicator matrix as the council approved them (.xlsx). One workbook may hold both; then choose it once. Nothing is changed until you press Import after the preview.</source>
            <translation>Choose the action plan and/or the indicator matrix as the council approved them (.xlsx). One workbook may hold both; then choose it once. Nothing is changed until you press Import after the preview.</translation>
        </message>
        <message>
            <source>Action plan:</source>
            <translation>Action plan:</translation>
        </message>
        <message>
            <source>Indicator matrix:</source>
            <translation>Indicator matrix:</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Import into:</translation>
        </message>
        <message>
            <source>Choose the action plan</source>
            <translation>Choose the action plan</translation>
        </message>
        <message>
            <source>Choose the indicator matrix</source>
            <translation>Choose the indicator matrix</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>path of the .xlsx file</source>
            <translation>path of the .xlsx file</translation>
        </message>
        <message>
            <source>optional: a second .xlsx file</source>
            <translation>optional: a second .xlsx file</translation>
        </message>
        <message>
            <source>{title} ({municipality}, {start}–{end})</source>
            <translation>{title} ({municipality}, {start}–{end})</translation>
        </message>
        <message>
            <source>A new programme</source>
            <translation>A new programme</translation>
        </message>
        <message>
            <source>Your role cannot import a plan: ask an administrator.</source>
            <translation>Your role cannot import a plan: ask an administrator.</translation>
        </message>
        <message>
            <source>File not found: {file}</source>
            <translation>File not found: {file}</translation>
        </message>
        <message>
            <source>Step 2: the database holds no programme for these tables yet. Name it.</source>
            <translation>Step 2: the database holds no programme for these tables yet. Name it.</translation>
        </message>
        <message>
            <source>Programme title:</source>
            <translation>Programme title:</translation>
        </message>
        <message>
            <source>Municipality:</source>
            <translation>Municipality:</translation>
        </message>
        <message>
            <source>Years:</source>
            <translation>Years:</translation>
        </message>
        <message>
            <source>as in the council's decision</source>
            <translation>as in the council's decision</translation>
        </message>
        <message>
            <source>for example Kara-Balta town</source>
            <translation>for example Kara-Balta town</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Reading the files…</translation>
        </message>
        <message>
            <source>The files suggest {start}–{end}.</source>
            <translation>The files suggest {start}–{end}.</translation>
        </message>
        <message>
            <source>Year 1 of the matrix is the programme's first year.</source>
            <translation>Year 1 of the matrix is the programme's first year.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Step 3: what the import will create. Check where each indicator goes; nothing is written until you press Import.</source>
            <translation>Step 3: what the import will create. Check where each indicator goes; nothing is written until you press Import.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Plan item</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>What happens</translation>
        </message>
        <message>
            <source>Where in the file</source>
            <translation>Where in the file</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Final target</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Goes under</source>
            <translation>Goes under</translation>
        </message>
        <message>
            <source>Why there</source>
            <translation>Why there</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Plan ({n})</source>
            <translation>Plan ({n})</translation>
        </message>
        <message>
            <source>Indicators ({n})</source>
            <translation>Indicators ({n})</translation>
        </message>
        <message>
            <source>Warnings ({n})</source>
            <translation>Warnings ({n})</translation>
        </message>
        <message>
            <source>The files cannot be imported: {reason}</source>
            <translation>The files cannot be imported: {reason}</translation>
        </message>
        <message>
            <source>The import cannot go ahead because of errors in the files (errors: {n}, see Warnings). Correct the files, then choose them again.</source>
            <translation>The import cannot go ahead because of errors in the files (errors: {n}, see Warnings). Correct the files, then choose them again.</translation>
        </message>
        <message>
            <source>Ready to import. Warnings to read: {n}.</source>
            <translation>Ready to import. Warnings to read: {n}.</translation>
        </message>
        <message>
            <source>Ready to import. No warnings.</source>
            <translation>Ready to import. No warnings.</translation>
        </message>
        <message>
            <source>Indicators not linked to a plan item: {n} (choose their place in the Indicators tab).</source>
            <translation>Indicators not linked to a plan item: {n} (choose their place in the Indicators tab).</translation>
        </message>
        <message>
            <source>A new programme: {title} ({municipality}, {years})</source>
            <translation>A new programme: {title} ({municipality}, {years})</translation>
        </message>
        <message>
            <source>Into the programme: {title} ({municipality}, {years})</source>
            <translation>Into the programme: {title} ({municipality}, {years})</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>The programme itself</source>
            <translation>The programme itself</translation>
        </message>
        <message>
            <source>you chose it</source>
            <translation>you chose it</translation>
        </message>
        <message>
            <source>where it already is</source>
            <translation>where it already is</translation>
        </message>
        <message>
            <source>the measure on its row</source>
            <translation>the measure on its row</translation>
        </message>
        <message>
            <source>the plan item the matrix names</source>
            <translation>the plan item the matrix names</translation>
        </message>
        <message>
            <source>its number is this item's number</source>
            <translation>its number is this item's number</translation>
        </message>
        <message>
            <source>its issue matches this item</source>
            <translation>its issue matches this item</translation>
        </message>
        <message>
            <source>its group row names this item</source>
            <translation>its group row names this item</translation>
        </message>
        <message>
            <source>no match: the programme</source>
            <translation>no match: the programme</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>cumulative</translation>
        </message>
        <message>
            <source>level</source>
            <translation>level</translation>
        </message>
        <message>
            <source>average</source>
            <translation>average</translation>
        </message>
        <message>
            <source>annual sum</source>
            <translation>annual sum</translation>
        </message>
        <message>
            <source>Issue: {text}</source>
            <translation>Issue: {text}</translation>
        </message>
        <message>
            <source>Group: {text}</source>
            <translation>Group: {text}</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Error:</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>Import done</translation>
        </message>
        <message>
            <source>Step 4: the programme now holds the council's tables.</source>
            <translation>Step 4: the programme now holds the council's tables.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>The programme holds</source>
            <translation>The programme holds</translation>
        </message>
        <message>
            <source>Warnings to check in the plan:</source>
            <translation>Warnings to check in the plan:</translation>
        </message>
        <message>
            <source>The programme was created and the files were imported.</source>
            <translation>The programme was created and the files were imported.</translation>
        </message>
        <message>
            <source>The files were imported into the programme.</source>
            <translation>The files were imported into the programme.</translation>
        </message>
        <message>
            <source>Check the warnings below, then edit the plan on the Plan page.</source>
            <translation>Check the warnings below, then edit the plan on the Plan page.</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>No warnings.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
    </context>
    <context>
        <name>PlanItemForm</name>
        <message>
            <source>Total planned: {amount} som</source>
            <translation>Total planned: {amount} som</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>C&amp;ode:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Deadline (as written):</source>
            <translation>&amp;Deadline (as written):</translation>
        </message>
        <message>
            <source>Years of implementation:</source>
            <translation>Years of implementation:</translation>
        </message>
        <message>
            <source>E&amp;xpected result (output):</source>
            <translation>E&amp;xpected result (output):</translation>
        </message>
        <message>
            <source>&amp;Responsible executor:</source>
            <translation>&amp;Responsible executor:</translation>
        </message>
        <message>
            <source>Co-e&amp;xecutors:</source>
            <translation>Co-e&amp;xecutors:</translation>
        </message>
        <message>
            <source>By agreement:</source>
            <translation>By agreement:</translation>
        </message>
        <message>
            <source>Investment measure:</source>
            <translation>Investment measure:</translation>
        </message>
        <message>
            <source>Annual plan years:</source>
            <translation>Annual plan years:</translation>
        </message>
        <message>
            <source>Planned cost:</source>
            <translation>Planned cost:</translation>
        </message>
        <message>
            <source>outside the mayor's authority (by agreement)</source>
            <translation>outside the mayor's authority (by agreement)</translation>
        </message>
        <message>
            <source>public monitoring at 50 % and 100 %</source>
            <translation>public monitoring at 50 % and 100 %</translation>
        </message>
        <message>
            <source>e.g. 2023-2026-жж., Жыл сайын</source>
            <translation>e.g. 2023-2026-жж., Жыл сайын</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>New priority direction</source>
            <translation>New priority direction</translation>
        </message>
        <message>
            <source>New sector</source>
            <translation>New sector</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>New objective</translation>
        </message>
        <message>
            <source>New measure</source>
            <translation>New measure</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <source>Save your changes to “{name}”?</source>
            <translation>Save your changes to “{name}”?</translation>
        </message>
        <message numerus="yes">
            <source>%n priority direction(s)</source>
            <translation>
                <numerusform>%n priority direction</numerusform>
                <numerusform>%n priority directions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sector(s)</source>
            <translation>
                <numerusform>%n sector</numerusform>
                <numerusform>%n sectors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n measure</numerusform>
                <numerusform>%n measures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target value(s)</source>
            <translation>
                <numerusform>%n target value</numerusform>
                <numerusform>%n target values</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actual value(s)</source>
            <translation>
                <numerusform>%n actual value</numerusform>
                <numerusform>%n actual values</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n progress record(s)</source>
            <translation>
                <numerusform>%n progress record</numerusform>
                <numerusform>%n progress records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned cost(s)</source>
            <translation>
                <numerusform>%n planned cost</numerusform>
                <numerusform>%n planned costs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n public check(s)</source>
            <translation>
                <numerusform>%n public check</numerusform>
                <numerusform>%n public checks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s)</source>
            <translation>
                <numerusform>%n evidence file</numerusform>
                <numerusform>%n evidence files</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply your changes to “{name}”?</source>
            <translation type="vanished">Apply your changes to “{name}”?</translation>
        </message>
        <message>
            <source>edit {kind} “{name}”</source>
            <translation>edit {kind} “{name}”</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Undo: {what} (Ctrl+Z)</source>
            <translation>Undo: {what} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo: {what} (Ctrl+Y)</source>
            <translation>Redo: {what} (Ctrl+Y)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Y)</source>
            <translation>Redo (Ctrl+Y)</translation>
        </message>
        <message>
            <source>add {kind}</source>
            <translation>add {kind}</translation>
        </message>
        <message>
            <source>add indicator</source>
            <translation>add indicator</translation>
        </message>
        <message>
            <source>copy {kind}</source>
            <translation>copy {kind}</translation>
        </message>
        <message>
            <source>Delete the {kind} “{name}”?</source>
            <translation>Delete the {kind} “{name}”?</translation>
        </message>
        <message>
            <source>With it go: {what}.</source>
            <translation>With it go: {what}.</translation>
        </message>
        <message>
            <source>Nothing else goes with it.</source>
            <translation>Nothing else goes with it.</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <source>delete {kind}</source>
            <translation>delete {kind}</translation>
        </message>
        <message>
            <source>move {kind}</source>
            <translation>move {kind}</translation>
        </message>
        <message>
            <source>rename {kind}</source>
            <translation>rename {kind}</translation>
        </message>
        <message>
            <source>edit the programme</source>
            <translation>edit the programme</translation>
        </message>
        <message>
            <source>Matches: {n}</source>
            <translation>Matches: {n}</translation>
        </message>
        <message>
            <source>{directions} priority directions · {measures} measures · {indicators} indicators</source>
            <translation>{directions} priority directions · {measures} measures · {indicators} indicators</translation>
        </message>
        <message>
            <source>Select a line of the plan to see its details.</source>
            <translation type="vanished">Select a line of the plan to see its details.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation type="vanished">Code</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="vanished">Unit</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation type="vanished">Deadline</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation type="vanished">Responsible executor</translation>
        </message>
        <message>
            <source>Lines under it</source>
            <translation type="vanished">Lines under it</translation>
        </message>
        <message>
            <source>Programme plan</source>
            <translation>Programme plan</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>word or code (Ctrl+F)</source>
            <translation>word or code (Ctrl+F)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add a line to the plan</source>
            <translation>Add a line to the plan</translation>
        </message>
        <message>
            <source>Add under it</source>
            <translation>Add under it</translation>
        </message>
        <message>
            <source>Add beside it</source>
            <translation>Add beside it</translation>
        </message>
        <message>
            <source>Add an indicator</source>
            <translation>Add an indicator</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>Add a measure</translation>
        </message>
        <message>
            <source>Add a priority direction</source>
            <translation>Add a priority direction</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Programme…</source>
            <translation>Programme…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Expand all</source>
            <translation>Expand all</translation>
        </message>
        <message>
            <source>Collapse all</source>
            <translation>Collapse all</translation>
        </message>
        <message>
            <source>The programme: title, approval, vision, goal, thresholds</source>
            <translation>The programme: title, approval, vision, goal, thresholds</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Responsible / unit</source>
            <translation>Responsible / unit</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>Save the changes of this form (Ctrl+S)</source>
            <translation>Save the changes of this form (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Re&amp;vert</translation>
        </message>
        <message>
            <source>Read only: setting up the programme needs an administrator.</source>
            <translation>Read only: setting up the programme needs an administrator.</translation>
        </message>
        <message>
            <source>Select a line of the plan to see its details. Add lines with Add, move them by dragging or with Alt+Up / Alt+Down, rename with F2.</source>
            <translation>Select a line of the plan to see its details. Add lines with Add, move them by dragging or with Alt+Up / Alt+Down, rename with F2.</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>No programme yet</translation>
        </message>
        <message>
            <source>No programme. Import the council's action plan and indicator matrix from Excel, or create an empty programme and type the plan in.</source>
            <translation>No programme. Import the council's action plan and indicator matrix from Excel, or create an empty programme and type the plan in.</translation>
        </message>
        <message>
            <source>Create a programme…</source>
            <translation>Create a programme…</translation>
        </message>
        <message>
            <source>The plan is empty</source>
            <translation>The plan is empty</translation>
        </message>
        <message>
            <source>Import the action plan and the indicator matrix from the council's Excel tables, or add the first priority direction.</source>
            <translation>Import the action plan and the indicator matrix from the council's Excel tables, or add the first priority direction.</translation>
        </message>
        <message>
            <source>Import the action plan and the indicator matrix from the council's Excel tables, or create the demo programme with File → New programme.</source>
            <translation type="vanished">Import the action plan and the indicator matrix from the council's Excel tables, or create the demo programme with File → New programme.</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Name and position</source>
            <translation>Name and position</translation>
        </message>
        <message>
            <source>Login: {login}</source>
            <translation>Login: {login}</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>P&amp;osition:</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>Programme: {title}</source>
            <translation>Programme: {title}</translation>
        </message>
    </context>
    <context>
        <name>ProgramForm</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>C&amp;ode:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <source>&amp;Kind of municipality:</source>
            <translation>&amp;Kind of municipality:</translation>
        </message>
        <message>
            <source>&amp;Rayon:</source>
            <translation>&amp;Rayon:</translation>
        </message>
        <message>
            <source>O&amp;blast:</source>
            <translation>O&amp;blast:</translation>
        </message>
        <message>
            <source>&amp;Years:</source>
            <translation>&amp;Years:</translation>
        </message>
        <message>
            <source>Approved &amp;by:</source>
            <translation>Approved &amp;by:</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>Decision &amp;number:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <translation>Decision &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Vision:</source>
            <translation>&amp;Vision:</translation>
        </message>
        <message>
            <source>&amp;Strategic goal:</source>
            <translation>&amp;Strategic goal:</translation>
        </message>
        <message>
            <source>Reporting &amp;frequency:</source>
            <translation>Reporting &amp;frequency:</translation>
        </message>
        <message>
            <source>On track from (progress ≥):</source>
            <translation>On track from (progress ≥):</translation>
        </message>
        <message>
            <source>At risk from (progress ≥):</source>
            <translation>At risk from (progress ≥):</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <source>e.g. the town council</source>
            <translation>e.g. the town council</translation>
        </message>
        <message>
            <source>known:</source>
            <translation>known:</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>New proposal</source>
            <translation>New proposal</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>&amp;Proposal:</source>
            <translation>&amp;Proposal:</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Answer:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 File</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>TargetsModel</source>
            <comment>Year</comment>
            <translation type="vanished">TargetsModel</translation>
        </message>
        <message>
            <source>BudgetModel</source>
            <comment>Funding source</comment>
            <translation type="vanished">BudgetModel</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation type="vanished">Look in:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation type="vanished">Files of type:</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choose</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Find Directory</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Go forward</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Parent Directory</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Go to the parent directory</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Create New Folder</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Create a New Folder</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>New Folder</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;New Folder</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>List View</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detail View</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Change to list view mode</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Change to detail view mode</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Sidebar</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>List of places and bookmarks</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Recent Places</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>My Computer</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Directory:</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Directories</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>File Folder</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 File</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>All Files (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Show &amp;hidden files</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Are you sure you want to delete '%1'?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Could not delete directory.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 already exists.
Do you want to replace it?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
File not found.
Please verify the correct file name was given.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Date Modified</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>My Computer</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Invalid filename</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Show Details...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Hide Details...</translation>
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
            <translation>Save</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Save All</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>QualityGateDialog</name>
        <message>
            <source>Open data-quality items</source>
            <translation>Open data-quality items</translation>
        </message>
        <message>
            <source>Open items in this period: {n}. Resolve them first, or go on anyway: your acknowledgement of these items is kept in the audit trail and printed in the report's data-quality note.</source>
            <translation>Open items in this period: {n}. Resolve them first, or go on anyway: your acknowledgement of these items is kept in the audit trail and printed in the report's data-quality note.</translation>
        </message>
        <message>
            <source>I have read these items and approve the round anyway</source>
            <translation>I have read these items and approve the round anyway</translation>
        </message>
        <message>
            <source>I have read these items and submit the round anyway</source>
            <translation>I have read these items and submit the round anyway</translation>
        </message>
        <message>
            <source>Approve anyway</source>
            <translation>Approve anyway</translation>
        </message>
        <message>
            <source>Submit anyway</source>
            <translation>Submit anyway</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>QuotaPanel</name>
        <message>
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>not met</translation>
        </message>
        <message>
            <source>Composition of the group</source>
            <translation>Composition of the group</translation>
        </message>
        <message>
            <source>Women: {n} of {total} (at least {target})</source>
            <translation>Women: {n} of {total} (at least {target})</translation>
        </message>
        <message>
            <source>Youth under {age}: {n} of {total} (about {target})</source>
            <translation>Youth under {age}: {n} of {total} (about {target})</translation>
        </message>
        <message>
            <source>Chair: {name}</source>
            <translation>Chair: {name}</translation>
        </message>
    </context>
    <context>
        <name>ReportKinds</name>
        <message>
            <source>Half-year monitoring report (PDF)</source>
            <translation>Half-year monitoring report (PDF)</translation>
        </message>
        <message>
            <source>Annual report to the council (PDF)</source>
            <translation>Annual report to the council (PDF)</translation>
        </message>
        <message>
            <source>Citizen summary (PDF)</source>
            <translation>Citizen summary (PDF)</translation>
        </message>
        <message>
            <source>Citizen summary as a picture (PNG)</source>
            <translation>Citizen summary as a picture (PNG)</translation>
        </message>
        <message>
            <source>Excel: indicator performance table (IPTT)</source>
            <translation>Excel: indicator performance table (IPTT)</translation>
        </message>
        <message>
            <source>Excel: action plan with status and spending</source>
            <translation>Excel: action plan with status and spending</translation>
        </message>
        <message>
            <source>Excel: indicator matrix</source>
            <translation>Excel: indicator matrix</translation>
        </message>
        <message>
            <source>Quarterly monitoring report (PDF)</source>
            <translation>Quarterly monitoring report (PDF)</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>The workbook covers every period of the programme.</source>
            <translation>The workbook covers every period of the programme.</translation>
        </message>
        <message>
            <source>The period is not approved yet: the report is marked as a draft and cannot be signed.</source>
            <translation>The period is not approved yet: the report is marked as a draft and cannot be signed.</translation>
        </message>
        <message>
            <source>The period is approved: the report can be signed after it is built.</source>
            <translation>The period is approved: the report can be signed after it is built.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG pictures (*.png)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the report as</source>
            <translation>Save the report as</translation>
        </message>
        <message>
            <source>Building {what}…</source>
            <translation>Building {what}…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>The build was cancelled; no file was written.</source>
            <translation>The build was cancelled; no file was written.</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>The file could not be written: {error}</translation>
        </message>
        <message>
            <source>Close the file if another program has it open, or choose another folder. Nothing in the database was changed.</source>
            <translation>Close the file if another program has it open, or choose another folder. Nothing in the database was changed.</translation>
        </message>
        <message>
            <source>The file cannot be shown</source>
            <translation>The file cannot be shown</translation>
        </message>
        <message>
            <source>The Excel workbook is ready</source>
            <translation>The Excel workbook is ready</translation>
        </message>
        <message>
            <source>Open it with Excel or LibreOffice Calc: “Open the file” on the left.</source>
            <translation>Open it with Excel or LibreOffice Calc: “Open the file” on the left.</translation>
        </message>
        <message>
            <source>The system could not open the file.</source>
            <translation>The system could not open the file.</translation>
        </message>
        <message>
            <source>The system could not open the folder.</source>
            <translation>The system could not open the folder.</translation>
        </message>
        <message>
            <source>Choose the report to sign</source>
            <translation>Choose the report to sign</translation>
        </message>
        <message>
            <source>PDF reports (*.pdf)</source>
            <translation>PDF reports (*.pdf)</translation>
        </message>
        <message>
            <source>This PDF is not a report built by meapp, so it cannot be signed here.</source>
            <translation>This PDF is not a report built by meapp, so it cannot be signed here.</translation>
        </message>
        <message>
            <source>Folder for the website pack</source>
            <translation>Folder for the website pack</translation>
        </message>
        <message>
            <source>The report {file} is published with its SHA-256.</source>
            <translation>The report {file} is published with its SHA-256.</translation>
        </message>
        <message>
            <source>No report of this period was built here, so the pages say it is not published yet: build and sign it, then make the pack again.</source>
            <translation>No report of this period was built here, so the pages say it is not published yet: build and sign it, then make the pack again.</translation>
        </message>
        <message>
            <source>The website pack is in {folder}: upload the whole folder, or open index.html.</source>
            <translation>The website pack is in {folder}: upload the whole folder, or open index.html.</translation>
        </message>
        <message>
            <source>Writing the website pack…</source>
            <translation>Writing the website pack…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>No programme yet</translation>
        </message>
        <message>
            <source>Create a programme or import one from Excel on the Plan page; then its reports can be built here.</source>
            <translation>Create a programme or import one from Excel on the Plan page; then its reports can be built here.</translation>
        </message>
        <message>
            <source>Build a report to see its pages here</source>
            <translation>Build a report to see its pages here</translation>
        </message>
        <message>
            <source>Choose what to build on the left and press Build…</source>
            <translation>Choose what to build on the left and press Build…</translation>
        </message>
        <message>
            <source>&amp;What to build</source>
            <translation>&amp;What to build</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <source>&amp;Language of the report</source>
            <translation>&amp;Language of the report</translation>
        </message>
        <message>
            <source>&amp;Build…</source>
            <translation>&amp;Build…</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;Open the file</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Show in &amp;folder</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Sign…</translation>
        </message>
        <message>
            <source>Sign a half-year or annual report of an approved period: the one just built, or a report file you choose (to countersign)</source>
            <translation>Sign a half-year or annual report of an approved period: the one just built, or a report file you choose (to countersign)</translation>
        </message>
        <message>
            <source>Sign a half-year or annual report of an approved period</source>
            <translation type="vanished">Sign a half-year or annual report of an approved period</translation>
        </message>
        <message>
            <source>&amp;Verify a signed PDF…</source>
            <translation>&amp;Verify a signed PDF…</translation>
        </message>
        <message>
            <source>&amp;Website pack…</source>
            <translation>&amp;Website pack…</translation>
        </message>
        <message>
            <source>Pages in Kyrgyz and Russian, the report with its SHA-256 and open data (CSV, JSON) for the municipality's website</source>
            <translation>Pages in Kyrgyz and Russian, the report with its SHA-256 and open data (CSV, JSON) for the municipality's website</translation>
        </message>
        <message>
            <source>Built lately</source>
            <translation>Built lately</translation>
        </message>
        <message>
            <source>No file built yet</source>
            <translation>No file built yet</translation>
        </message>
        <message>
            <source>Here you will build the half-year report, the annual report and the citizen summary as PDF in Kyrgyz, Russian or English, export Excel tables, sign reports and verify signed files.</source>
            <translation type="vanished">Here you will build the half-year report, the annual report and the citizen summary as PDF in Kyrgyz, Russian or English, export Excel tables, sign reports and verify signed files.</translation>
        </message>
    </context>
    <context>
        <name>RiskDialog</name>
        <message>
            <source>Edit the risk</source>
            <translation>Edit the risk</translation>
        </message>
        <message>
            <source>New risk</source>
            <translation>New risk</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>&amp;Risk:</translation>
        </message>
        <message>
            <source>&amp;Likelihood (1–5):</source>
            <translation>&amp;Likelihood (1–5):</translation>
        </message>
        <message>
            <source>&amp;Impact (1–5):</source>
            <translation>&amp;Impact (1–5):</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Score:</translation>
        </message>
        <message>
            <source>&amp;Mitigation:</source>
            <translation>&amp;Mitigation:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
    </context>
    <context>
        <name>RiskTableModel</name>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Likelihood</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Mitigation</translation>
        </message>
    </context>
    <context>
        <name>RisksPage</name>
        <message>
            <source>Risks</source>
            <translation type="vanished">Risks</translation>
        </message>
        <message>
            <source>Here you will keep the risks of the programme with their likelihood, impact and mitigation, and the SWOT analysis: strengths, weaknesses, opportunities and threats.</source>
            <translation type="vanished">Here you will keep the risks of the programme with their likelihood, impact and mitigation, and the SWOT analysis: strengths, weaknesses, opportunities and threats.</translation>
        </message>
        <message>
            <source>Add to: {list}</source>
            <translation>Add to: {list}</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>Edit: {list}</source>
            <translation>Edit: {list}</translation>
        </message>
        <message>
            <source>Delete this item from {list}?</source>
            <translation>Delete this item from {list}?</translation>
        </message>
        <message>
            <source>Delete this risk from the register?</source>
            <translation>Delete this risk from the register?</translation>
        </message>
        <message numerus="yes">
            <source>Risk register: %n risks</source>
            <translation>
                <numerusform>Risk register: %n risks</numerusform>
                <numerusform>Risk register: %n risks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n high and not closed</source>
            <translation>
                <numerusform>%n high and not closed</numerusform>
                <numerusform>%n high and not closed</numerusform>
            </translation>
        </message>
        <message>
            <source>SWOT analysis and risks</source>
            <translation>SWOT analysis and risks</translation>
        </message>
        <message>
            <source>You can read this page; the chair or an administrator changes it.</source>
            <translation>You can read this page; the chair or an administrator changes it.</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>No programme yet</translation>
        </message>
        <message>
            <source>The SWOT analysis and the risk register belong to a programme. Create one with File → New programme, or import the action plan on the Plan page.</source>
            <translation>The SWOT analysis and the risk register belong to a programme. Create one with File → New programme, or import the action plan on the Plan page.</translation>
        </message>
        <message>
            <source>&amp;Add risk…</source>
            <translation>&amp;Add risk…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Open risks</source>
            <translation>Open risks</translation>
        </message>
        <message>
            <source>↑ likelihood · impact →</source>
            <translation>↑ likelihood · impact →</translation>
        </message>
        <message>
            <source>How many open risks sit in each cell: likelihood in the rows (5 at the top), impact in the columns. Closed risks are not counted.</source>
            <translation>How many open risks sit in each cell: likelihood in the rows (5 at the top), impact in the columns. Closed risks are not counted.</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change the role</source>
            <translation>Change the role</translation>
        </message>
        <message>
            <source>User: {name} ({login})</source>
            <translation>User: {name} ({login})</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
    </context>
    <context>
        <name>SetPasswordDialog</name>
        <message>
            <source>Set a new password</source>
            <translation>Set a new password</translation>
        </message>
        <message>
            <source>User: {name} ({login}). Their signing key keeps its old password.</source>
            <translation>User: {name} ({login}). Their signing key keeps its old password.</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>New &amp;password:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Password &amp;again:</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Folder for backups</source>
            <translation>Folder for backups</translation>
        </message>
        <message>
            <source>The backup is saved.</source>
            <translation type="vanished">The backup is saved.</translation>
        </message>
        <message>
            <source>Saving a backup…</source>
            <translation>Saving a backup…</translation>
        </message>
        <message>
            <source>made by the database server</source>
            <translation>made by the database server</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>progress {green} or more</source>
            <translation>progress {green} or more</translation>
        </message>
        <message>
            <source>progress from {amber} to {green}</source>
            <translation>progress from {amber} to {green}</translation>
        </message>
        <message>
            <source>progress below {amber}</source>
            <translation>progress below {amber}</translation>
        </message>
        <message>
            <source>no actual value for the period</source>
            <translation>no actual value for the period</translation>
        </message>
        <message>
            <source>a value far off its series or outside its unit: left out of the roll-ups until an evaluator confirms or corrects it</source>
            <translation>a value far off its series or outside its unit: left out of the roll-ups until an evaluator confirms or corrects it</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Language of the program:</source>
            <translation>&amp;Language of the program:</translation>
        </message>
        <message>
            <source>The new language applies at once, and again at the next start.</source>
            <translation>The new language applies at once, and again at the next start.</translation>
        </message>
        <message>
            <source>Traffic lights of the programme</source>
            <translation>Traffic lights of the programme</translation>
        </message>
        <message>
            <source>Progress is (actual − baseline) / (target − baseline). The thresholds belong to the programme; an administrator changes them with the plan.</source>
            <translation>Progress is (actual − baseline) / (target − baseline). The thresholds belong to the programme; an administrator changes them with the plan.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>&amp;Backup folder:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>Back up &amp;now</translation>
        </message>
        <message>
            <source>Last backup:</source>
            <translation>Last backup:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Backups:</translation>
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
            <translation>Both windows can work on it at once, but each shows the other's changes only after a reload, and a backup cannot be restored while both are open. Go on in the window that is already open (this one closes), or open the database here as well.</translation>
        </message>
        <message>
            <source>&amp;Use the open window</source>
            <translation>&amp;Use the open window</translation>
        </message>
        <message>
            <source>&amp;Open here as well</source>
            <translation>&amp;Open here as well</translation>
        </message>
        <message>
            <source>{file} is already open in another meapp window (process {pid}).</source>
            <translation>{file} is already open in another meapp window (process {pid}).</translation>
        </message>
        <message>
            <source>This database is already open in another meapp window (process {pid}).</source>
            <translation type="vanished">This database is already open in another meapp window (process {pid}).</translation>
        </message>
        <message>
            <source>{file}

Both windows can work on it at once, but each shows the other's changes only after a reload, and a backup cannot be restored while both are open. Go on in the window that is already open (this one closes), or open the database here as well.</source>
            <translation type="vanished">{file}

Both windows can work on it at once, but each shows the other's changes only after a reload, and a backup cannot be restored while both are open. Go on in the window that is already open (this one closes), or open the database here as well.</translation>
        </message>
    </context>
    <context>
        <name>SigningDialogs</name>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>self-signed (made in meapp)</source>
            <translation>self-signed (made in meapp)</translation>
        </message>
        <message>
            <source>Checking the signatures…</source>
            <translation>Checking the signatures…</translation>
        </message>
        <message>
            <source>Sign the report</source>
            <translation>Sign the report</translation>
        </message>
        <message>
            <source>Signing the report…</source>
            <translation>Signing the report…</translation>
        </message>
        <message>
            <source>An unknown signer's signature can still be intact; add their certificate to the trusted signatories (My signing identity…) to confirm who they are.</source>
            <translation type="vanished">An unknown signer's signature can still be intact; add their certificate to the trusted signatories (My signing identity…) to confirm who they are.</translation>
        </message>
        <message>
            <source>Verify a signed PDF</source>
            <translation>Verify a signed PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>PDF files (*.pdf);;All files (*)</translation>
        </message>
        <message>
            <source>Replace your signing identity?</source>
            <translation>Replace your signing identity?</translation>
        </message>
        <message>
            <source>Reports you signed stay valid, but new signatures will carry the new certificate: send it again to those who trust yours.</source>
            <translation>Reports you signed stay valid, but new signatures will carry the new certificate: send it again to those who trust yours.</translation>
        </message>
        <message>
            <source>Making a key and a certificate…</source>
            <translation>Making a key and a certificate…</translation>
        </message>
        <message>
            <source>Your signing identity is ready.</source>
            <translation>Your signing identity is ready.</translation>
        </message>
        <message>
            <source>Export the certificate and give it to those who check your signatures, so they see you as a trusted signer.</source>
            <translation>Export the certificate and give it to those who check your signatures, so they see you as a trusted signer.</translation>
        </message>
        <message>
            <source>Import a signing identity</source>
            <translation>Import a signing identity</translation>
        </message>
        <message>
            <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
            <translation>PKCS#12 files (*.p12 *.pfx);;All files (*)</translation>
        </message>
        <message>
            <source>Your password to protect the key in meapp (your login password is best):</source>
            <translation>Your password to protect the key in meapp (your login password is best):</translation>
        </message>
        <message>
            <source>The same password again:</source>
            <translation>The same password again:</translation>
        </message>
        <message>
            <source>Importing the signing identity…</source>
            <translation>Importing the signing identity…</translation>
        </message>
        <message>
            <source>Export my certificate</source>
            <translation>Export my certificate</translation>
        </message>
        <message>
            <source>Certificate (*.pem *.cer *.crt *.der)</source>
            <translation>Certificate (*.pem *.cer *.crt *.der)</translation>
        </message>
        <message>
            <source>It holds no secret: send it to those who check your signatures.</source>
            <translation>It holds no secret: send it to those who check your signatures.</translation>
        </message>
        <message>
            <source>Trust a signatory's certificate</source>
            <translation>Trust a signatory's certificate</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
            <translation>Certificates (*.pem *.cer *.crt *.der);;All files (*)</translation>
        </message>
        <message>
            <source>My signing identity</source>
            <translation>My signing identity</translation>
        </message>
        <message>
            <source>Trusted signatories</source>
            <translation>Trusted signatories</translation>
        </message>
        <message>
            <source>Current identity</source>
            <translation>Current identity</translation>
        </message>
        <message>
            <source>&amp;Import a PKCS#12 file…</source>
            <translation>&amp;Import a PKCS#12 file…</translation>
        </message>
        <message>
            <source>&amp;Export my certificate…</source>
            <translation>&amp;Export my certificate…</translation>
        </message>
        <message>
            <source>Create a new identity (key and certificate)</source>
            <translation>Create a new identity (key and certificate)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>&amp;Repeat the password:</translation>
        </message>
        <message>
            <source>&amp;Valid for (years):</source>
            <translation>&amp;Valid for (years):</translation>
        </message>
        <message>
            <source>The name, position and organisation come from your user profile. Use your login password: meapp then re-protects the key when you change it.</source>
            <translation>The name, position and organisation come from your user profile. Use your login password: meapp then re-protects the key when you change it.</translation>
        </message>
        <message>
            <source>Signatures by these people show as trusted. The users of this database count as trusted too.</source>
            <translation>Signatures by these people show as trusted. The users of this database count as trusted too.</translation>
        </message>
        <message>
            <source>No trusted certificates yet. Add the certificate file a colleague exported.</source>
            <translation>No trusted certificates yet. Add the certificate file a colleague exported.</translation>
        </message>
        <message>
            <source>&amp;Add a certificate…</source>
            <translation>&amp;Add a certificate…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Name: {name}</source>
            <translation>Name: {name}</translation>
        </message>
        <message>
            <source>Issued by: {issuer}</source>
            <translation>Issued by: {issuer}</translation>
        </message>
        <message>
            <source>Valid from {start} to {end}</source>
            <translation>Valid from {start} to {end}</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256): {sha256}</source>
            <translation>Fingerprint (SHA-256): {sha256}</translation>
        </message>
        <message>
            <source>Not a meapp report: no data fingerprint.</source>
            <translation>Not a meapp report: no data fingerprint.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>Signed at</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Signer known</source>
            <translation>Signer known</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Log in to keep a signing identity.</source>
            <translation>Log in to keep a signing identity.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Replace with a new one</source>
            <translation>Replace with a new one</translation>
        </message>
        <message>
            <source>Their signatures will show as by an unknown signer.</source>
            <translation>Their signatures will show as by an unknown signer.</translation>
        </message>
        <message>
            <source>Name and position</source>
            <translation>Name and position</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Position: {position}</translation>
        </message>
        <message>
            <source>Organisation: {organisation}</source>
            <translation>Organisation: {organisation}</translation>
        </message>
        <message>
            <source>Password of your signing identity ({login}):</source>
            <translation>Password of your signing identity ({login}):</translation>
        </message>
        <message>
            <source>The report is signed by {who}.</source>
            <translation>The report is signed by {who}.</translation>
        </message>
        <message>
            <source>The signature is in the field {field} of {file}. Anyone can check it in meapp, in Adobe Reader or with pdfsig.</source>
            <translation>The signature is in the field {field} of {file}. Anyone can check it in meapp, in Adobe Reader or with pdfsig.</translation>
        </message>
        <message>
            <source>Signatures of {file}</source>
            <translation>Signatures of {file}</translation>
        </message>
        <message>
            <source>{login} does not hold this box: it is another role's.</source>
            <translation>{login} does not hold this box: it is another role's.</translation>
        </message>
        <message>
            <source>The certificate (SHA-256 {sha256}) is not in your list of trusted signatories.</source>
            <translation>The certificate (SHA-256 {sha256}) is not in your list of trusted signatories.</translation>
        </message>
        <message>
            <source>The certificate is not in your list of trusted signatories.</source>
            <translation type="vanished">The certificate is not in your list of trusted signatories.</translation>
        </message>
        <message>
            <source>You have no signing identity yet. Create one below, or import the PKCS#12 file (.p12, .pfx) a certificate authority gave you.</source>
            <translation>You have no signing identity yet. Create one below, or import the PKCS#12 file (.p12, .pfx) a certificate authority gave you.</translation>
        </message>
        <message>
            <source>Password of {file}:</source>
            <translation>Password of {file}:</translation>
        </message>
        <message>
            <source>Anyone can make a certificate in any name, so a signature by an unknown signer makes the report not valid even when it is intact. If the certificate is theirs (compare its SHA-256 with them), add it to the trusted signatories (My signing identity…).</source>
            <translation>Anyone can make a certificate in any name, so a signature by an unknown signer makes the report not valid even when it is intact. If the certificate is theirs (compare its SHA-256 with them), add it to the trusted signatories (My signing identity…).</translation>
        </message>
        <message>
            <source>This database does not hold the report's programme: its figures were not compared with approved data.</source>
            <translation>This database does not hold the report's programme: its figures were not compared with approved data.</translation>
        </message>
        <message>
            <source>Only the chair of the working group and the mayor sign reports, so you need no signing identity. You can still trust colleagues' certificates.</source>
            <translation>Only the chair of the working group and the mayor sign reports, so you need no signing identity. You can still trust colleagues' certificates.</translation>
        </message>
        <message>
            <source>Your signing identity was imported from {file}.</source>
            <translation>Your signing identity was imported from {file}.</translation>
        </message>
        <message>
            <source>Certificate written: {file}</source>
            <translation>Certificate written: {file}</translation>
        </message>
        <message>
            <source>Trusted: {name}</source>
            <translation>Trusted: {name}</translation>
        </message>
        <message>
            <source>{mark} {file} carries no signature.</source>
            <translation>{mark} {file} carries no signature.</translation>
        </message>
        <message>
            <source>{mark} Valid: {n} signature(s), all intact; nothing was changed after signing.</source>
            <translation type="vanished">{mark} Valid: {n} signature(s), all intact; nothing was changed after signing.</translation>
        </message>
        <message>
            <source>{mark} NOT VALID: a signature is broken or the file was changed after signing.</source>
            <translation type="vanished">{mark} NOT VALID: a signature is broken or the file was changed after signing.</translation>
        </message>
        <message>
            <source>Report of the period {period}; data fingerprint {fingerprint}</source>
            <translation>Report of the period {period}; data fingerprint {fingerprint}</translation>
        </message>
        <message>
            <source>The figures are the approved data of this database.</source>
            <translation>The figures are the approved data of this database.</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>intact</translation>
        </message>
        <message>
            <source>broken: the signed content was altered</source>
            <translation>broken: the signed content was altered</translation>
        </message>
        <message>
            <source>changed after signing</source>
            <translation>changed after signing</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>trusted</translation>
        </message>
        <message>
            <source>unknown signer</source>
            <translation>unknown signer</translation>
        </message>
        <message>
            <source>Stop trusting {name}?</source>
            <translation>Stop trusting {name}?</translation>
        </message>
        <message>
            <source>{mark} Valid: {n} signature(s), all intact and by trusted signers; nothing was changed after signing.</source>
            <translation>{mark} Valid: {n} signature(s), all intact and by trusted signers; nothing was changed after signing.</translation>
        </message>
        <message>
            <source>{mark} NOT VALID: {reason}</source>
            <translation>{mark} NOT VALID: {reason}</translation>
        </message>
        <message>
            <source>Create your signing identity now? It takes a minute.</source>
            <translation>Create your signing identity now? It takes a minute.</translation>
        </message>
        <message>
            <source>covers the whole document</source>
            <translation>covers the whole document</translation>
        </message>
        <message>
            <source>later only further signatures were added</source>
            <translation>later only further signatures were added</translation>
        </message>
    </context>
    <context>
        <name>SummaryProgress</name>
        <message>
            <source>Computing summaries: {done} of {total}</source>
            <translation>Computing summaries: {done} of {total}</translation>
        </message>
    </context>
    <context>
        <name>SwotBox</name>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <source>Revise target</source>
            <translation>Revise target</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Final target</translation>
        </message>
        <message>
            <source>e.g. 1 250,5</source>
            <translation>e.g. 1 250,5</translation>
        </message>
        <message>
            <source>e.g. council resolution No. 12 of 05.03.2025</source>
            <translation>e.g. council resolution No. 12 of 05.03.2025</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;New target ({unit}):</source>
            <translation>&amp;New target ({unit}):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <source>Earlier revisions of this indicator</source>
            <translation>Earlier revisions of this indicator</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>From → to</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Reason and decision</source>
            <translation>Reason and decision</translation>
        </message>
    </context>
    <context>
        <name>TargetsModel</name>
        <message>
            <source>An approved period: its targets change only through a target revision.</source>
            <translation>An approved period: its targets change only through a target revision.</translation>
        </message>
        <message>
            <source>Derived from the year's target; type a value to set it.</source>
            <translation>Derived from the year's target; type a value to set it.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Year target</source>
            <translation>Year target</translation>
        </message>
        <message>
            <source>I half-year</source>
            <translation>I half-year</translation>
        </message>
        <message>
            <source>II half-year</source>
            <translation>II half-year</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>{year} H1</source>
            <translation>{year} H1</translation>
        </message>
        <message>
            <source>{year} H2</source>
            <translation>{year} H2</translation>
        </message>
        <message>
            <source>{year} Q1</source>
            <translation>{year} Q1</translation>
        </message>
        <message>
            <source>{year} Q2</source>
            <translation>{year} Q2</translation>
        </message>
        <message>
            <source>{year} Q3</source>
            <translation>{year} Q3</translation>
        </message>
        <message>
            <source>{year} Q4</source>
            <translation>{year} Q4</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Last recorded action</source>
            <translation>Last recorded action</translation>
        </message>
        <message>
            <source>When the user last changed something, from the audit trail</source>
            <translation>When the user last changed something, from the audit trail</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>A&amp;ctivate</source>
            <translation>A&amp;ctivate</translation>
        </message>
        <message>
            <source>De&amp;activate</source>
            <translation>De&amp;activate</translation>
        </message>
        <message>
            <source>Select a user to see what their role allows.</source>
            <translation>Select a user to see what their role allows.</translation>
        </message>
        <message>
            <source>A user with the role {role} may: {rights}.</source>
            <translation>A user with the role {role} may: {rights}.</translation>
        </message>
        <message>
            <source>Deactivate {name} ({login})?</source>
            <translation>Deactivate {name} ({login})?</translation>
        </message>
        <message>
            <source>They can no longer log in; their name stays in the history.</source>
            <translation>They can no longer log in; their name stays in the history.</translation>
        </message>
        <message>
            <source>The new password of {login} is set.</source>
            <translation>The new password of {login} is set.</translation>
        </message>
        <message>
            <source>Tell it to them in person; they can change it on this page.</source>
            <translation>Tell it to them in person; they can change it on this page.</translation>
        </message>
        <message>
            <source>Your password is changed.</source>
            <translation>Your password is changed.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Change &amp;my password…</source>
            <translation>Change &amp;my password…</translation>
        </message>
        <message>
            <source>Viewing only: nothing can be changed here.</source>
            <translation>Viewing only: nothing can be changed here.</translation>
        </message>
        <message>
            <source>Set-up mode: nobody has logged in. Add the first user, an administrator with a password; from the next start everybody logs in.</source>
            <translation>Set-up mode: nobody has logged in. Add the first user, an administrator with a password; from the next start everybody logs in.</translation>
        </message>
        <message>
            <source>Add a user for each member of the working group. A deactivated user can no longer log in; their name stays in the history.</source>
            <translation>Add a user for each member of the working group. A deactivated user can no longer log in; their name stays in the history.</translation>
        </message>
        <message>
            <source>Only an administrator adds users and changes roles.</source>
            <translation>Only an administrator adds users and changes roles.</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Add user…</translation>
        </message>
        <message>
            <source>&amp;Name and position…</source>
            <translation>&amp;Name and position…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Change &amp;role…</translation>
        </message>
        <message>
            <source>Set a new &amp;password…</source>
            <translation>Set a new &amp;password…</translation>
        </message>
        <message>
            <source>Here the administrator will add users, give them roles (viewer, editor, evaluator, administrator) and reset passwords.</source>
            <translation type="vanished">Here the administrator will add users, give them roles (viewer, editor, evaluator, administrator) and reset passwords.</translation>
        </message>
    </context>
    <context>
        <name>WebsiteBox</name>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Municipality's &amp;website:</source>
            <translation>Municipality's &amp;website:</translation>
        </message>
        <message>
            <source>The citizen summary prints a QR code that opens this address with the fingerprint of its figures, so citizens can check a printed sheet against the approved figures. Left empty, the code holds the fingerprint only.</source>
            <translation>The citizen summary prints a QR code that opens this address with the fingerprint of its figures, so citizens can check a printed sheet against the approved figures. Left empty, the code holds the fingerprint only.</translation>
        </message>
    </context>
    <context>
        <name>WorkingGroupPage</name>
        <message>
            <source>Working group</source>
            <translation type="vanished">Working group</translation>
        </message>
        <message>
            <source>Here you will keep the monitoring working group: the order that formed it, its members with their positions and sides, and the check of the shares of women and youth.</source>
            <translation type="vanished">Here you will keep the monitoring working group: the order that formed it, its members with their positions and sides, and the check of the shares of women and youth.</translation>
        </message>
        <message>
            <source>Monitoring working group</source>
            <translation>Monitoring working group</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Hearings and meetings</source>
            <translation>Hearings and meetings</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Public checks</translation>
        </message>
        <message>
            <source>No programme yet</source>
            <translation>No programme yet</translation>
        </message>
        <message>
            <source>The working group belongs to a programme. Import the programme's plan from Excel or create the demo programme first.</source>
            <translation>The working group belongs to a programme. Import the programme's plan from Excel or create the demo programme first.</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>programme</source>
            <translation>programme</translation>
        </message>
        <message>
            <source>municipality</source>
            <translation>municipality</translation>
        </message>
        <message>
            <source>plan item</source>
            <translation>plan item</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>indicator</translation>
        </message>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>target revision</source>
            <translation>target revision</translation>
        </message>
        <message>
            <source>actual value</source>
            <translation>actual value</translation>
        </message>
        <message>
            <source>measure progress</source>
            <translation>measure progress</translation>
        </message>
        <message>
            <source>measure budget</source>
            <translation>measure budget</translation>
        </message>
        <message>
            <source>measure budget of a year</source>
            <translation>measure budget of a year</translation>
        </message>
        <message>
            <source>measure spending</source>
            <translation>measure spending</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidence</translation>
        </message>
        <message>
            <source>reporting deadline</source>
            <translation>reporting deadline</translation>
        </message>
        <message>
            <source>reporting round</source>
            <translation>reporting round</translation>
        </message>
        <message>
            <source>evaluation</source>
            <translation>evaluation</translation>
        </message>
        <message>
            <source>report</source>
            <translation>report</translation>
        </message>
        <message>
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <source>SWOT item</source>
            <translation>SWOT item</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>risk</translation>
        </message>
        <message>
            <source>working group</source>
            <translation>working group</translation>
        </message>
        <message>
            <source>working group member</source>
            <translation>working group member</translation>
        </message>
        <message>
            <source>exchange package</source>
            <translation>exchange package</translation>
        </message>
        <message>
            <source>database</source>
            <translation>database</translation>
        </message>
        <message>
            <source>public check</source>
            <translation>public check</translation>
        </message>
        <message>
            <source>hearing or meeting</source>
            <translation>hearing or meeting</translation>
        </message>
        <message>
            <source>proposal</source>
            <translation>proposal</translation>
        </message>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>submitted</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>reopened</translation>
        </message>
        <message>
            <source>role changed</source>
            <translation>role changed</translation>
        </message>
        <message>
            <source>activated</source>
            <translation>activated</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>password changed</translation>
        </message>
        <message>
            <source>password reset</source>
            <translation>password reset</translation>
        </message>
        <message>
            <source>signing identity created</source>
            <translation>signing identity created</translation>
        </message>
        <message>
            <source>signing identity imported</source>
            <translation>signing identity imported</translation>
        </message>
        <message>
            <source>signing identity deleted</source>
            <translation>signing identity deleted</translation>
        </message>
        <message>
            <source>report signed</source>
            <translation>report signed</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>moved</translation>
        </message>
        <message>
            <source>created (several)</source>
            <translation>created (several)</translation>
        </message>
        <message>
            <source>package exported</source>
            <translation>package exported</translation>
        </message>
        <message>
            <source>package imported</source>
            <translation>package imported</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>value confirmed</source>
            <translation>value confirmed</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>SWOT category</source>
            <translation>SWOT category</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>% done</source>
            <translation>% done</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Spending</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Acknowledged items</source>
            <translation>Acknowledged items</translation>
        </message>
        <message>
            <source>Fingerprint of the acknowledged list</source>
            <translation>Fingerprint of the acknowledged list</translation>
        </message>
        <message>
            <source>How acknowledged</source>
            <translation>How acknowledged</translation>
        </message>
        <message>
            <source>Rayon</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <source>Oblast</source>
            <translation>Oblast</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Start year</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>End year</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>Strategic goal</source>
            <translation>Strategic goal</translation>
        </message>
        <message>
            <source>Approving body</source>
            <translation>Approving body</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>Decision number</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <source>Reporting frequency</source>
            <translation>Reporting frequency</translation>
        </message>
        <message>
            <source>On track from (progress ≥)</source>
            <translation>On track from (progress ≥)</translation>
        </message>
        <message>
            <source>At risk from (progress ≥)</source>
            <translation>At risk from (progress ≥)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Deadline (as written)</source>
            <translation>Deadline (as written)</translation>
        </message>
        <message>
            <source>Expected result (output)</source>
            <translation>Expected result (output)</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Responsible executor</translation>
        </message>
        <message>
            <source>Co-executors</source>
            <translation>Co-executors</translation>
        </message>
        <message>
            <source>By agreement</source>
            <translation>By agreement</translation>
        </message>
        <message>
            <source>Annual plan years</source>
            <translation>Annual plan years</translation>
        </message>
        <message>
            <source>Investment measure</source>
            <translation>Investment measure</translation>
        </message>
        <message>
            <source>Unit of measure</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <source>Value type</source>
            <translation>Value type</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>How periods combine</source>
            <translation>How periods combine</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Baseline value</source>
            <translation>Baseline value</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Baseline year</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Final target</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Data source</translation>
        </message>
        <message>
            <source>Measurement frequency</source>
            <translation>Measurement frequency</translation>
        </message>
        <message>
            <source>Measurement date</source>
            <translation>Measurement date</translation>
        </message>
        <message>
            <source>Measurement method</source>
            <translation>Measurement method</translation>
        </message>
        <message>
            <source>Verifying document</source>
            <translation>Verifying document</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Methodology note</source>
            <translation>Methodology note</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Weight in roll-ups</source>
            <translation>Weight in roll-ups</translation>
        </message>
        <message>
            <source>Target before</source>
            <translation>Target before</translation>
        </message>
        <message>
            <source>New target</source>
            <translation>New target</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Revised by</source>
            <translation>Revised by</translation>
        </message>
        <message>
            <source>Revised at</source>
            <translation>Revised at</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Analysis of progress</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Weak points</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Proposed target corrections</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Submitted by</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Submitted at</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Approved at</source>
            <translation>Approved at</translation>
        </message>
        <message>
            <source>Likelihood (1–5)</source>
            <translation>Likelihood (1–5)</translation>
        </message>
        <message>
            <source>Impact (1–5)</source>
            <translation>Impact (1–5)</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Mitigation</translation>
        </message>
        <message>
            <source>Order No.</source>
            <translation>Order No.</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Order date</translation>
        </message>
        <message>
            <source>Place in the list</source>
            <translation>Place in the list</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Birth year</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Women among them</source>
            <translation>Women among them</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Answer / what was done</source>
            <translation>Answer / what was done</translation>
        </message>
        <message>
            <source>Stage of completion</source>
            <translation>Stage of completion</translation>
        </message>
        <message>
            <source>Date of the check</source>
            <translation>Date of the check</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>Citizens taking part</source>
            <translation>Citizens taking part</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Timeliness (1–5)</source>
            <translation>Timeliness (1–5)</translation>
        </message>
        <message>
            <source>Quality (1–5)</source>
            <translation>Quality (1–5)</translation>
        </message>
        <message>
            <source>Attached to</source>
            <translation>Attached to</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Document number</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>Document date</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>File type</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Size (bytes)</translation>
        </message>
        <message>
            <source>Account active</source>
            <translation>Account active</translation>
        </message>
        <message>
            <source>Days after the period</source>
            <translation>Days after the period</translation>
        </message>
        <message>
            <source>Due month</source>
            <translation>Due month</translation>
        </message>
        <message>
            <source>Due day</source>
            <translation>Due day</translation>
        </message>
        <message>
            <source>Signing key re-encrypted with the new password</source>
            <translation>Signing key re-encrypted with the new password</translation>
        </message>
        <message>
            <source>Certificate holder</source>
            <translation>Certificate holder</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Signature field</source>
            <translation>Signature field</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Periods</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>Sent by</translation>
        </message>
        <message>
            <source>Signature check</source>
            <translation>Signature check</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Attached files</translation>
        </message>
        <message>
            <source>Rows created</source>
            <translation>Rows created</translation>
        </message>
        <message>
            <source>Rows updated</source>
            <translation>Rows updated</translation>
        </message>
        <message>
            <source>Rows replaced</source>
            <translation>Rows replaced</translation>
        </message>
        <message>
            <source>Rows kept</source>
            <translation>Rows kept</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Rows skipped</translation>
        </message>
        <message>
            <source>Copy of the previous database</source>
            <translation>Copy of the previous database</translation>
        </message>
        <message>
            <source>Number of rows</source>
            <translation>Number of rows</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Entered by</translation>
        </message>
        <message>
            <source>Value confirmed</source>
            <translation>Value confirmed</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <source>Confirmed at</source>
            <translation>Confirmed at</translation>
        </message>
        <message>
            <source>Reason for confirming</source>
            <translation>Reason for confirming</translation>
        </message>
        <message>
            <source>Why it was held</source>
            <translation>Why it was held</translation>
        </message>
        <message>
            <source>Stored text</source>
            <translation>Stored text</translation>
        </message>
        <message>
            <source>Plan item (id)</source>
            <translation>Plan item (id)</translation>
        </message>
        <message>
            <source>Parent item (id)</source>
            <translation>Parent item (id)</translation>
        </message>
        <message>
            <source>Indicator (id)</source>
            <translation>Indicator (id)</translation>
        </message>
        <message>
            <source>Measure (id)</source>
            <translation>Measure (id)</translation>
        </message>
        <message>
            <source>Measure progress (id)</source>
            <translation>Measure progress (id)</translation>
        </message>
        <message>
            <source>Measure budget (id)</source>
            <translation>Measure budget (id)</translation>
        </message>
        <message>
            <source>Hearing or meeting (id)</source>
            <translation>Hearing or meeting (id)</translation>
        </message>
        <message>
            <source>Working group (id)</source>
            <translation>Working group (id)</translation>
        </message>
        <message>
            <source>Attached to (id)</source>
            <translation>Attached to (id)</translation>
        </message>
        <message>
            <source>Municipality (id)</source>
            <translation>Municipality (id)</translation>
        </message>
        <message>
            <source>Programme (id)</source>
            <translation>Programme (id)</translation>
        </message>
        <message>
            <source>Object (id)</source>
            <translation>Object (id)</translation>
        </message>
        <message>
            <source>Report fingerprint</source>
            <translation>Report fingerprint</translation>
        </message>
        <message>
            <source>Checksum (SHA-256)</source>
            <translation>Checksum (SHA-256)</translation>
        </message>
        <message>
            <source>Certificate (SHA-256)</source>
            <translation>Certificate (SHA-256)</translation>
        </message>
        <message>
            <source>Signer's certificate (SHA-256)</source>
            <translation>Signer's certificate (SHA-256)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Target (as written)</source>
            <translation>Target (as written)</translation>
        </message>
        <message>
            <source>Actual value</source>
            <translation>Actual value</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>Kind of municipality</source>
            <translation>Kind of municipality</translation>
        </message>
        <message>
            <source>Kind of document</source>
            <translation>Kind of document</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Position in the certificate</source>
            <translation>Position in the certificate</translation>
        </message>
        <message>
            <source>Role in the group</source>
            <translation>Role in the group</translation>
        </message>
        <message>
            <source>Kind of deadline</source>
            <translation>Kind of deadline</translation>
        </message>
        <message>
            <source>Deadline kept</source>
            <translation>Deadline kept</translation>
        </message>
        <message>
            <source>the whole programme</source>
            <translation>the whole programme</translation>
        </message>
        <message>
            <source>chosen periods</source>
            <translation>chosen periods</translation>
        </message>
        <message>
            <source>first package: its signer was recorded</source>
            <translation>first package: its signer was recorded</translation>
        </message>
        <message>
            <source>signed by the known signer</source>
            <translation>signed by the known signer</translation>
        </message>
        <message>
            <source>signed by another signer</source>
            <translation>signed by another signer</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>not signed</translation>
        </message>
        <message>
            <source>not signed, though earlier packages were</source>
            <translation>not signed, though earlier packages were</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Object id</source>
            <translation>Object id</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Programme id</source>
            <translation>Programme id</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Event id</source>
            <translation>Event id</translation>
        </message>
        <message>
            <source>(set-up)</source>
            <translation>(set-up)</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <source>{what}: due {due}, {days} d. late</source>
            <translation>{what}: due {due}, {days} d. late</translation>
        </message>
        <message>
            <source>{kind} at {stage} %: {measure}</source>
            <translation>{kind} at {stage} %: {measure}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Restored {target} from {file}</source>
            <translation>Restored {target} from {file}</translation>
        </message>
        <message>
            <source>Backup written: {file}</source>
            <translation>Backup written: {file}</translation>
        </message>
        <message>
            <source>{programs} programme(s), {indicators} indicators, {measures} measures, {actuals} actuals.</source>
            <translation type="vanished">{programs} programme(s), {indicators} indicators, {measures} measures, {actuals} actuals.</translation>
        </message>
        <message>
            <source>Demo users (password: {password}):</source>
            <translation>Demo users (password: {password}):</translation>
        </message>
        <message>
            <source>Demo created in {seconds} s:</source>
            <translation type="vanished">Demo created in {seconds} s:</translation>
        </message>
        <message>
            <source>The demo is already in the database; nothing was changed.</source>
            <translation>The demo is already in the database; nothing was changed.</translation>
        </message>
        <message>
            <source>Creating the demo: {done} of {total}</source>
            <translation>Creating the demo: {done} of {total}</translation>
        </message>
        <message>
            <source>Screenshot saved: {file}</source>
            <translation>Screenshot saved: {file}</translation>
        </message>
        <message>
            <source>{code} · {title}</source>
            <translation>{code} · {title}</translation>
        </message>
        <message>
            <source>Period {period} · round {state}</source>
            <translation>Period {period} · round {state}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Ratio</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Measures: {parts}</source>
            <translation>Measures: {parts}</translation>
        </message>
        <message>
            <source>Imported {file}: {created} new, {updated} changed, {deleted} cleared, {unchanged} unchanged, {skipped} empty rows skipped</source>
            <translation>Imported {file}: {created} new, {updated} changed, {deleted} cleared, {unchanged} unchanged, {skipped} empty rows skipped</translation>
        </message>
        <message>
            <source>No indicators.</source>
            <translation>No indicators.</translation>
        </message>
        <message>
            <source>({sign}{delta} since {period})</source>
            <translation type="vanished">({sign}{delta} since {period})</translation>
        </message>
        <message>
            <source>Programme progress: {progress} ({status})</source>
            <translation>Programme progress: {progress} ({status})</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>nothing was imported</translation>
        </message>
        <message>
            <source>warning: {text}</source>
            <translation type="vanished">warning: {text}</translation>
        </message>
        <message>
            <source>The previous database was saved as {file}</source>
            <translation>The previous database was saved as {file}</translation>
        </message>
        <message>
            <source>The backup was made by an older meapp; its data was upgraded</source>
            <translation>The backup was made by an older meapp; its data was upgraded</translation>
        </message>
        <message>
            <source>No backups yet</source>
            <translation>No backups yet</translation>
        </message>
        <message>
            <source>Programmes: {programs}, indicators: {indicators}, measures: {measures}, actuals: {actuals}.</source>
            <translation>Programmes: {programs}, indicators: {indicators}, measures: {measures}, actuals: {actuals}.</translation>
        </message>
        <message>
            <source>Demo created in {seconds} s.</source>
            <translation>Demo created in {seconds} s.</translation>
        </message>
        <message>
            <source>the whole programme {code}</source>
            <translation>the whole programme {code}</translation>
        </message>
        <message>
            <source>programme {code}, periods {periods}</source>
            <translation>programme {code}, periods {periods}</translation>
        </message>
        <message>
            <source>Package written: {file} ({what})</source>
            <translation>Package written: {file} ({what})</translation>
        </message>
        <message>
            <source>Rows: {rows}, evidence files: {files}</source>
            <translation>Rows: {rows}, evidence files: {files}</translation>
        </message>
        <message>
            <source>{file}: {municipality}, programme {code}, periods {periods}</source>
            <translation>{file}: {municipality}, programme {code}, periods {periods}</translation>
        </message>
        <message>
            <source>Imported {file}: {created} new, {updated} changed, {replaced} replaced, {kept} kept here, {unchanged} unchanged, {outdated} newer here</source>
            <translation>Imported {file}: {created} new, {updated} changed, {replaced} replaced, {kept} kept here, {unchanged} unchanged, {outdated} newer here</translation>
        </message>
        <message>
            <source>Signed by {signer}</source>
            <translation>Signed by {signer}</translation>
        </message>
        <message>
            <source>Not signed (no signing identity)</source>
            <translation>Not signed (no signing identity)</translation>
        </message>
        <message>
            <source>Sent by {name} ({login})</source>
            <translation>Sent by {name} ({login})</translation>
        </message>
        <message>
            <source>The programme is new here: it will be created</source>
            <translation>The programme is new here: it will be created</translation>
        </message>
        <message>
            <source>Conflicting rows:</source>
            <translation>Conflicting rows:</translation>
        </message>
        <message>
            <source>Rows of approved (locked) periods that would change:</source>
            <translation>Rows of approved (locked) periods that would change:</translation>
        </message>
        <message>
            <source>Nothing to import: this database already holds everything in the package</source>
            <translation>Nothing to import: this database already holds everything in the package</translation>
        </message>
        <message>
            <source>Nothing imported: this database already holds everything in {file} ({unchanged} rows unchanged, {outdated} newer here)</source>
            <translation>Nothing imported: this database already holds everything in {file} ({unchanged} rows unchanged, {outdated} newer here)</translation>
        </message>
        <message>
            <source>Sender's audit chain anchor: {anchor}</source>
            <translation>Sender's audit chain anchor: {anchor}</translation>
        </message>
        <message>
            <source>Nothing to import: this database already has newer data</source>
            <translation>Nothing to import: this database already has newer data</translation>
        </message>
        <message>
            <source>Nothing imported: this database already has newer data than {file} ({outdated} rows newer here, {unchanged} unchanged)</source>
            <translation>Nothing imported: this database already has newer data than {file} ({outdated} rows newer here, {unchanged} unchanged)</translation>
        </message>
        <message>
            <source>Programme {code} created from the package</source>
            <translation>Programme {code} created from the package</translation>
        </message>
        <message>
            <source>{n} rows skipped: they belong to rows kept here</source>
            <translation>{n} rows skipped: they belong to rows kept here</translation>
        </message>
        <message>
            <source>The signer's certificate was recorded for {municipality}</source>
            <translation>The signer's certificate was recorded for {municipality}</translation>
        </message>
        <message>
            <source>{n} new</source>
            <translation>{n} new</translation>
        </message>
        <message>
            <source>{n} changed</source>
            <translation>{n} changed</translation>
        </message>
        <message>
            <source>{n} unchanged</source>
            <translation>{n} unchanged</translation>
        </message>
        <message>
            <source>{n} conflicting</source>
            <translation>{n} conflicting</translation>
        </message>
        <message>
            <source>{n} outdated (kept here)</source>
            <translation>{n} outdated (kept here)</translation>
        </message>
        <message>
            <source>{n} locked</source>
            <translation>{n} locked</translation>
        </message>
        <message>
            <source>{column}: here {mine}, in the package {theirs}</source>
            <translation>{column}: here {mine}, in the package {theirs}</translation>
        </message>
        <message>
            <source>another row here: {id}</source>
            <translation>another row here: {id}</translation>
        </message>
        <message>
            <source>The import needs {flag}</source>
            <translation>The import needs {flag}</translation>
        </message>
        <message>
            <source>Conflicting rows (changed both here and in the package):</source>
            <translation>Conflicting rows (changed both here and in the package):</translation>
        </message>
        <message>
            <source>The user guide was written to {file}</source>
            <translation>The user guide was written to {file}</translation>
        </message>
        <message>
            <source>the round {period} was not changed: the open data-quality items are no longer the list {given}: {n} open now. Check them, and repeat with --accept-fingerprint {fingerprint} to {action} anyway:</source>
            <translation>the round {period} was not changed: the open data-quality items are no longer the list {given}: {n} open now. Check them, and repeat with --accept-fingerprint {fingerprint} to {action} anyway:</translation>
        </message>
        <message>
            <source>the round {period} was not changed: open data-quality items: {n}. Resolve them, or repeat with --accept-warnings (or --accept-fingerprint {fingerprint}: exactly these items) to {action} anyway:</source>
            <translation>the round {period} was not changed: open data-quality items: {n}. Resolve them, or repeat with --accept-warnings (or --accept-fingerprint {fingerprint}: exactly these items) to {action} anyway:</translation>
        </message>
        <message>
            <source>Overdue:</source>
            <translation>Overdue:</translation>
        </message>
        <message>
            <source>({sign}{delta} points since {period})</source>
            <translation>({sign}{delta} points since {period})</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>warning: {warning}</translation>
        </message>
        <message>
            <source>warning: acknowledged: {item}</source>
            <translation>warning: acknowledged: {item}</translation>
        </message>
        <message>
            <source>Round {period}: {state}</source>
            <translation>Round {period}: {state}</translation>
        </message>
        <message>
            <source>the round {period} was not changed: open data-quality items: {n}. Resolve them, or repeat with --accept-warnings to {action} anyway:</source>
            <translation type="vanished">the round {period} was not changed: open data-quality items: {n}. Resolve them, or repeat with --accept-warnings to {action} anyway:</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Plan item</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Execution</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Deviation</translation>
        </message>
        <message>
            <source>(and {n} more problems)</source>
            <translation>(and {n} more problems)</translation>
        </message>
        <message>
            <source>Programme {id}: {d} directions, {s} sectors, {o} objectives, {m} measures, {i} indicators</source>
            <translation>Programme {id}: {d} directions, {s} sectors, {o} objectives, {m} measures, {i} indicators</translation>
        </message>
        <message>
            <source>Created {n} rows, updated {u}.</source>
            <translation>Created {n} rows, updated {u}.</translation>
        </message>
        <message>
            <source>Programme created: {id}</source>
            <translation>Programme created: {id}</translation>
        </message>
        <message>
            <source>Indicators not linked to a plan item: {n} (named in the warnings below); place them in the plan editor or name the plan item in a "Plan item" column.</source>
            <translation>Indicators not linked to a plan item: {n} (named in the warnings below); place them in the plan editor or name the plan item in a "Plan item" column.</translation>
        </message>
        <message>
            <source>No programmes. Import the council's tables or create the demo: meapp demo</source>
            <translation>No programmes. Import the council's tables or create the demo: meapp demo</translation>
        </message>
        <message>
            <source>Anchor: none to compare with (no backup yet; give --anchor COUNT:HASH)</source>
            <translation type="vanished">Anchor: none to compare with (no backup yet; give --anchor COUNT:HASH)</translation>
        </message>
        <message>
            <source>Anchor of this database (keep it elsewhere for a later check --anchor): {anchor}</source>
            <translation>Anchor of this database (keep it elsewhere for a later check --anchor): {anchor}</translation>
        </message>
        <message>
            <source>All signatures are valid, every signer is trusted and nothing was changed after signing.</source>
            <translation>All signatures are valid, every signer is trusted and nothing was changed after signing.</translation>
        </message>
        <message>
            <source>NOT THEIR BOX: {login} does not hold this box</source>
            <translation>NOT THEIR BOX: {login} does not hold this box</translation>
        </message>
        <message>
            <source>UNKNOWN signer: certificate SHA-256 {sha256} is not trusted</source>
            <translation>UNKNOWN signer: certificate SHA-256 {sha256} is not trusted</translation>
        </message>
        <message>
            <source>Schema: {rev} (expected {exp})</source>
            <translation>Schema: {rev} (expected {exp})</translation>
        </message>
        <message>
            <source>Database integrity: {state}</source>
            <translation>Database integrity: {state}</translation>
        </message>
        <message>
            <source>Programmes: {n}</source>
            <translation>Programmes: {n}</translation>
        </message>
        <message>
            <source>Broken references: {n}</source>
            <translation>Broken references: {n}</translation>
        </message>
        <message>
            <source>Audit trail: {n} events, chain intact</source>
            <translation>Audit trail: {n} events, chain intact</translation>
        </message>
        <message>
            <source>Audit trail: BROKEN at event #{seq} ({id}): {reason}</source>
            <translation>Audit trail: BROKEN at event #{seq} ({id}): {reason}</translation>
        </message>
        <message>
            <source>Anchor: none (no backup yet; give --anchor COUNT:HASH)</source>
            <translation type="vanished">Anchor: none (no backup yet; give --anchor COUNT:HASH)</translation>
        </message>
        <message>
            <source>Data: not compared, the history itself is damaged</source>
            <translation>Data: not compared, the history itself is damaged</translation>
        </message>
        <message>
            <source>Schema: {problem}</source>
            <translation>Schema: {problem}</translation>
        </message>
        <message>
            <source>Anchor: the history still holds the {n} events of {source}</source>
            <translation>Anchor: the history still holds the {n} events of {source}</translation>
        </message>
        <message>
            <source>Anchor: {problem}</source>
            <translation>Anchor: {problem}</translation>
        </message>
        <message>
            <source>Data: {n} rows, all as the history says</source>
            <translation>Data: {n} rows, all as the history says</translation>
        </message>
        <message>
            <source>Data: {n} differences from the history in {rows} rows</source>
            <translation>Data: {n} differences from the history in {rows} rows</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <source>Website pack for {period} written to {folder} ({n} files); open index.html.</source>
            <translation>Website pack for {period} written to {folder} ({n} files); open index.html.</translation>
        </message>
        <message>
            <source>The period is not approved yet: the pages say so.</source>
            <translation>The period is not approved yet: the pages say so.</translation>
        </message>
        <message>
            <source>No report was given (--report FILE.pdf): the pages say it is not published yet.</source>
            <translation>No report was given (--report FILE.pdf): the pages say it is not published yet.</translation>
        </message>
        <message>
            <source>Report for {period} written to {file} ({pages} pages)</source>
            <translation>Report for {period} written to {file} ({pages} pages)</translation>
        </message>
        <message>
            <source>Excel file written to {file}</source>
            <translation>Excel file written to {file}</translation>
        </message>
        <message>
            <source>Citizen summary for {period} written to {file}</source>
            <translation>Citizen summary for {period} written to {file}</translation>
        </message>
        <message>
            <source>The period is not approved yet: the report is marked as a draft.</source>
            <translation>The period is not approved yet: the report is marked as a draft.</translation>
        </message>
        <message>
            <source>No value is held for review.</source>
            <translation>No value is held for review.</translation>
        </message>
        <message>
            <source>{period}  {code}  {name}: {value} — {reason}</source>
            <translation>{period}  {code}  {name}: {value} — {reason}</translation>
        </message>
        <message>
            <source>Confirmed the value of {indicator} for {period}: it counts in the roll-ups.</source>
            <translation>Confirmed the value of {indicator} for {period}: it counts in the roll-ups.</translation>
        </message>
        <message>
            <source>Password for {login}: </source>
            <translation>Password for {login}: </translation>
        </message>
        <message>
            <source>Name: {name}</source>
            <translation>Name: {name}</translation>
        </message>
        <message>
            <source>Issued by: {issuer}</source>
            <translation>Issued by: {issuer}</translation>
        </message>
        <message>
            <source>Valid: {start} – {end}</source>
            <translation>Valid: {start} – {end}</translation>
        </message>
        <message>
            <source>SHA-256: {sha256}</source>
            <translation>SHA-256: {sha256}</translation>
        </message>
        <message>
            <source>Signing identity created for {login}.</source>
            <translation>Signing identity created for {login}.</translation>
        </message>
        <message>
            <source>Password of {file}: </source>
            <translation>Password of {file}: </translation>
        </message>
        <message>
            <source>Signing identity imported for {login}.</source>
            <translation>Signing identity imported for {login}.</translation>
        </message>
        <message>
            <source>field: {field}</source>
            <translation>field: {field}</translation>
        </message>
        <message>
            <source>The audit trail still holds the {count} events it had when the report was signed.</source>
            <translation>The audit trail still holds the {count} events it had when the report was signed.</translation>
        </message>
        <message>
            <source>The report was signed in another database: its audit trail was not compared.</source>
            <translation>The report was signed in another database: its audit trail was not compared.</translation>
        </message>
        <message>
            <source>{file}: {n} signature(s)</source>
            <translation>{file}: {n} signature(s)</translation>
        </message>
        <message>
            <source>NOT VALID: a signature is broken or the file was changed after signing.</source>
            <translation type="vanished">NOT VALID: a signature is broken or the file was changed after signing.</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Position: {position}</translation>
        </message>
        <message>
            <source>Organisation: {organisation}</source>
            <translation>Organisation: {organisation}</translation>
        </message>
        <message>
            <source>Certificate written: {file}</source>
            <translation>Certificate written: {file}</translation>
        </message>
        <message>
            <source>{login} has no signing identity.</source>
            <translation>{login} has no signing identity.</translation>
        </message>
        <message>
            <source>Trusted: {name}</source>
            <translation>Trusted: {name}</translation>
        </message>
        <message>
            <source>No trusted certificates. Add one: meapp identity trust FILE.pem</source>
            <translation>No trusted certificates. Add one: meapp identity trust FILE.pem</translation>
        </message>
        <message>
            <source>Signed {file} as {who} in the field {field}.</source>
            <translation>Signed {file} as {who} in the field {field}.</translation>
        </message>
        <message>
            <source>{file}: no signatures.</source>
            <translation type="vanished">{file}: no signatures.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>BROKEN: the signed content was altered</source>
            <translation>BROKEN: the signed content was altered</translation>
        </message>
        <message>
            <source>All signatures are valid; nothing was changed after signing.</source>
            <translation type="vanished">All signatures are valid; nothing was changed after signing.</translation>
        </message>
        <message>
            <source>signed: {when}</source>
            <translation>signed: {when}</translation>
        </message>
        <message>
            <source>intact, but the document was CHANGED after signing</source>
            <translation>intact, but the document was CHANGED after signing</translation>
        </message>
        <message>
            <source>Signed report of {period}, data fingerprint {fingerprint}</source>
            <translation>Signed report of {period}, data fingerprint {fingerprint}</translation>
        </message>
        <message>
            <source>The figures are the approved data of {period} in this database.</source>
            <translation>The figures are the approved data of {period} in this database.</translation>
        </message>
        <message>
            <source>All signatures are valid and by trusted signers; nothing was changed after signing.</source>
            <translation type="vanished">All signatures are valid and by trusted signers; nothing was changed after signing.</translation>
        </message>
        <message>
            <source>self-signed</source>
            <translation>self-signed</translation>
        </message>
        <message>
            <source>intact, covers the whole document</source>
            <translation>intact, covers the whole document</translation>
        </message>
        <message>
            <source>Anchor: none to compare with (no backup here; give --anchor COUNT:HASH)</source>
            <translation>Anchor: none to compare with (no backup here; give --anchor COUNT:HASH)</translation>
        </message>
        <message>
            <source>intact; later only further signatures were added</source>
            <translation>intact; later only further signatures were added</translation>
        </message>
        <message>
            <source>trusted signer</source>
            <translation>trusted signer</translation>
        </message>
        <message>
            <source>unknown signer (certificate not in the trusted list)</source>
            <translation type="vanished">unknown signer (certificate not in the trusted list)</translation>
        </message>
        <message>
            <source>New password for {login}: </source>
            <translation>New password for {login}: </translation>
        </message>
        <message>
            <source>Repeat the new password: </source>
            <translation>Repeat the new password: </translation>
        </message>
        <message>
            <source>User {login} ({role}) created</source>
            <translation>User {login} ({role}) created</translation>
        </message>
        <message>
            <source>{login} is now {role}</source>
            <translation>{login} is now {role}</translation>
        </message>
        <message>
            <source>{login} can log in again</source>
            <translation>{login} can log in again</translation>
        </message>
        <message>
            <source>{login} is deactivated</source>
            <translation>{login} is deactivated</translation>
        </message>
        <message>
            <source>Administrator {login} created</source>
            <translation>Administrator {login} created</translation>
        </message>
        <message>
            <source>Password of {login} changed</source>
            <translation>Password of {login} changed</translation>
        </message>
        <message>
            <source>No users yet. Create the administrator: meapp user add LOGIN --name NAME</source>
            <translation>No users yet. Create the administrator: meapp user add LOGIN --name NAME</translation>
        </message>
        <message>
            <source> (deactivated)</source>
            <translation> (deactivated)</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">on track</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">at risk</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">off track</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">no data</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">done</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">in progress</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">not started</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">delayed</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">cancelled</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="vanished">open</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation type="vanished">submitted</translation>
        </message>
        <message>
            <source>approved</source>
            <translation type="vanished">approved</translation>
        </message>
        <message>
            <source>local budget</source>
            <translation type="vanished">local budget</translation>
        </message>
        <message>
            <source>republican budget</source>
            <translation type="vanished">republican budget</translation>
        </message>
        <message>
            <source>development fund</source>
            <translation type="vanished">development fund</translation>
        </message>
        <message>
            <source>donors</source>
            <translation type="vanished">donors</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation type="vanished">sponsors</translation>
        </message>
        <message>
            <source>community contribution</source>
            <translation type="vanished">community contribution</translation>
        </message>
        <message>
            <source>investors</source>
            <translation type="vanished">investors</translation>
        </message>
        <message>
            <source>public-private partnership</source>
            <translation type="vanished">public-private partnership</translation>
        </message>
        <message>
            <source>other</source>
            <translation type="vanished">other</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>submit</source>
            <translation>submit</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>approve</translation>
        </message>
    </context>
    <context>
        <name>evaluation</name>
        <message>
            <source>Programme progress in {period}: {progress} ({status}). Indicators: {on_track} on track, {at_risk} at risk, {off_track} off track, {no_data} without data. Measures: {done} done, {in_progress} in progress, {not_started} not started, {delayed} delayed, {cancelled} cancelled.</source>
            <translation>Programme progress in {period}: {progress} ({status}). Indicators: {on_track} on track, {at_risk} at risk, {off_track} off track, {no_data} without data. Measures: {done} done, {in_progress} in progress, {not_started} not started, {delayed} delayed, {cancelled} cancelled.</translation>
        </message>
        <message>
            <source>Budget: {spent} som spent of {planned} som planned ({execution}).</source>
            <translation>Budget: {spent} som spent of {planned} som planned ({execution}).</translation>
        </message>
        <message>
            <source>Indicators off track:</source>
            <translation>Indicators off track:</translation>
        </message>
        <message>
            <source>{code} {name}: actual {actual}, target {target} {unit} (progress {progress})</source>
            <translation>{code} {name}: actual {actual}, target {target} {unit} (progress {progress})</translation>
        </message>
        <message>
            <source>Delayed measures:</source>
            <translation>Delayed measures:</translation>
        </message>
        <message>
            <source>{code} {title} (responsible: {executor})</source>
            <translation>{code} {title} (responsible: {executor})</translation>
        </message>
        <message>
            <source>Indicators without data for the period:</source>
            <translation>Indicators without data for the period:</translation>
        </message>
        <message>
            <source>{code} {name}: review the target {target} {unit} (progress {progress})</source>
            <translation>{code} {name}: review the target {target} {unit} (progress {progress})</translation>
        </message>
        <message>
            <source>Progress by priority direction:</source>
            <translation>Progress by priority direction:</translation>
        </message>
        <message>
            <source>{code} {title}: {progress} ({status})</source>
            <translation>{code} {title}: {progress} ({status})</translation>
        </message>
        <message>
            <source>Programme progress was {previous} in {previous_period} and is {progress} now.</source>
            <translation>Programme progress was {previous} in {previous_period} and is {progress} now.</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">on track</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">at risk</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">off track</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">no data</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Priority direction</source>
            <translation>Priority direction</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>viewer</source>
            <translation>viewer</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>editor</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>evaluator</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archived</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Off track</source>
            <translation>Off track</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <source>Orders of magnitude off the series</source>
            <translation>Orders of magnitude off the series</translation>
        </message>
        <message>
            <source>Outside what the unit allows</source>
            <translation>Outside what the unit allows</translation>
        </message>
        <message>
            <source>A number the program cannot compute with</source>
            <translation>A number the program cannot compute with</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>Delayed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Local budget</source>
            <translation>Local budget</translation>
        </message>
        <message>
            <source>Republican budget</source>
            <translation>Republican budget</translation>
        </message>
        <message>
            <source>Development fund</source>
            <translation>Development fund</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>Donors</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Sponsors</translation>
        </message>
        <message>
            <source>Community contribution</source>
            <translation>Community contribution</translation>
        </message>
        <message>
            <source>Investors</source>
            <translation>Investors</translation>
        </message>
        <message>
            <source>Public-private partnership</source>
            <translation>Public-private partnership</translation>
        </message>
        <message>
            <source>Other sources</source>
            <translation>Other sources</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Strengths</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Weaknesses</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Threats</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>mitigated</source>
            <translation>mitigated</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>medium</translation>
        </message>
        <message>
            <source>high</source>
            <translation>high</translation>
        </message>
        <message>
            <source>town</source>
            <translation>town</translation>
        </message>
        <message>
            <source>aiyl okmotu</source>
            <translation>aiyl okmotu</translation>
        </message>
        <message>
            <source>every half-year</source>
            <translation>every half-year</translation>
        </message>
        <message>
            <source>every quarter</source>
            <translation>every quarter</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>every year</translation>
        </message>
        <message>
            <source>number</source>
            <translation>number</translation>
        </message>
        <message>
            <source>per cent</source>
            <translation>per cent</translation>
        </message>
        <message>
            <source>ratio (1:x)</source>
            <translation>ratio (1:x)</translation>
        </message>
        <message>
            <source>yes/no milestone</source>
            <translation>yes/no milestone</translation>
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
            <translation>ratio</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>yes/no</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>higher is better</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>lower is better</translation>
        </message>
        <message>
            <source>keep the level</source>
            <translation>keep the level</translation>
        </message>
        <message>
            <source>increase</source>
            <translation>increase</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation>decrease</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>keep</translation>
        </message>
        <message>
            <source>cumulative: periods add up</source>
            <translation>cumulative: periods add up</translation>
        </message>
        <message>
            <source>level: the latest value</source>
            <translation>level: the latest value</translation>
        </message>
        <message>
            <source>level: the average</source>
            <translation>level: the average</translation>
        </message>
        <message>
            <source>annual sum: periods add up within each year</source>
            <translation>annual sum: periods add up within each year</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>cumulative</translation>
        </message>
        <message>
            <source>level</source>
            <translation>level</translation>
        </message>
        <message>
            <source>average</source>
            <translation>average</translation>
        </message>
        <message>
            <source>annual sum</source>
            <translation>annual sum</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impact</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>outcome</translation>
        </message>
        <message>
            <source>output</source>
            <translation>output</translation>
        </message>
        <message>
            <source>Council resolution</source>
            <translation>Council resolution</translation>
        </message>
        <message>
            <source>Order of the head (mayor, head of the aiyl okmotu)</source>
            <translation>Order of the head (mayor, head of the aiyl okmotu)</translation>
        </message>
        <message>
            <source>Other body</source>
            <translation>Other body</translation>
        </message>
        <message>
            <source>{year}</source>
            <translation>{year}</translation>
        </message>
        <message>
            <source>{year}, first half-year</source>
            <translation>{year}, first half-year</translation>
        </message>
        <message>
            <source>{year}, second half-year</source>
            <translation>{year}, second half-year</translation>
        </message>
        <message>
            <source>{year}, 1st quarter</source>
            <translation>{year}, 1st quarter</translation>
        </message>
        <message>
            <source>{year}, 2nd quarter</source>
            <translation>{year}, 2nd quarter</translation>
        </message>
        <message>
            <source>{year}, 3rd quarter</source>
            <translation>{year}, 3rd quarter</translation>
        </message>
        <message>
            <source>{year}, 4th quarter</source>
            <translation>{year}, 4th quarter</translation>
        </message>
        <message>
            <source>Reporting round</source>
            <translation>Reporting round</translation>
        </message>
        <message>
            <source>Quarterly report to the mayor</source>
            <translation>Quarterly report to the mayor</translation>
        </message>
        <message>
            <source>Half-year information to the working group</source>
            <translation>Half-year information to the working group</translation>
        </message>
        <message>
            <source>Annual report to the council</source>
            <translation>Annual report to the council</translation>
        </message>
        <message>
            <source>Public check</source>
            <translation>Public check</translation>
        </message>
        <message>
            <source>Act of completed works</source>
            <translation>Act of completed works</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Survey report</source>
            <translation>Survey report</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Other document</translation>
        </message>
        <message>
            <source>Mayor's office</source>
            <translation>Mayor's office</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Council</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>Civic / NGO</source>
            <translation>Civic / NGO</translation>
        </message>
        <message>
            <source>woman</source>
            <translation>woman</translation>
        </message>
        <message>
            <source>man</source>
            <translation>man</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>chair</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>secretary</translation>
        </message>
        <message>
            <source>member</source>
            <translation>member</translation>
        </message>
        <message>
            <source>Public hearing</source>
            <translation>Public hearing</translation>
        </message>
        <message>
            <source>Expanded group meeting</source>
            <translation>Expanded group meeting</translation>
        </message>
        <message>
            <source>received</source>
            <translation>received</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>at 50 %</source>
            <translation>at 50 %</translation>
        </message>
        <message>
            <source>at 100 %</source>
            <translation>at 100 %</translation>
        </message>
        <message>
            <source>other stage</source>
            <translation>other stage</translation>
        </message>
    </context>
    <context>
        <name>menu</name>
        <message>
            <source>Confirm value…</source>
            <translation type="vanished">Confirm value…</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>missing event before this one</source>
            <translation>missing event before this one</translation>
        </message>
        <message>
            <source>link to the previous event broken</source>
            <translation>link to the previous event broken</translation>
        </message>
        <message>
            <source>content changed after it was written</source>
            <translation>content changed after it was written</translation>
        </message>
        <message>
            <source>(and {n} more problems)</source>
            <translation>(and {n} more problems)</translation>
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation>sheet {sheet}</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>row {row}</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>column {column}</translation>
        </message>
        <message>
            <source>invalid input</source>
            <translation>invalid input</translation>
        </message>
        <message>
            <source>the database holds no programme yet: run `meapp demo` or `meapp import-plan`</source>
            <translation>the database holds no programme yet: run `meapp demo` or `meapp import-plan`</translation>
        </message>
        <message>
            <source>{details}</source>
            <translation>{details}</translation>
        </message>
        <message>
            <source>no password: set {env} or run the command in a terminal</source>
            <translation>no password: set {env} or run the command in a terminal</translation>
        </message>
        <message>
            <source>give --user LOGIN</source>
            <translation>give --user LOGIN</translation>
        </message>
        <message>
            <source>file not found: {file}</source>
            <translation>file not found: {file}</translation>
        </message>
        <message>
            <source>cannot read {file}: {error}</source>
            <translation>cannot read {file}: {error}</translation>
        </message>
        <message>
            <source>{file} is not a meapp database</source>
            <translation>{file} is not a meapp database</translation>
        </message>
        <message>
            <source>{file} is damaged: {detail}</source>
            <translation>{file} is damaged: {detail}</translation>
        </message>
        <message>
            <source>{file} was made by a newer meapp (schema {revision}); update meapp first</source>
            <translation>{file} was made by a newer meapp (schema {revision}); update meapp first</translation>
        </message>
        <message>
            <source>no new password: set MEAPP_NEW_PASSWORD or run the command in a terminal</source>
            <translation>no new password: set MEAPP_NEW_PASSWORD or run the command in a terminal</translation>
        </message>
        <message>
            <source>the two passwords differ</source>
            <translation>the two passwords differ</translation>
        </message>
        <message>
            <source>this command changes data: give --user LOGIN</source>
            <translation>this command changes data: give --user LOGIN</translation>
        </message>
        <message>
            <source>no password: set MEAPP_PASSWORD or run the command in a terminal</source>
            <translation>no password: set MEAPP_PASSWORD or run the command in a terminal</translation>
        </message>
        <message>
            <source>give the role: --role viewer, editor, evaluator or admin</source>
            <translation>give the role: --role viewer, editor, evaluator or admin</translation>
        </message>
        <message>
            <source>the first user must be an administrator</source>
            <translation>the first user must be an administrator</translation>
        </message>
        <message>
            <source>database not found: {file}</source>
            <translation>database not found: {file}</translation>
        </message>
        <message>
            <source>the import was cancelled; nothing was changed</source>
            <translation>the import was cancelled; nothing was changed</translation>
        </message>
        <message>
            <source>a page holds 1 to {n} events</source>
            <translation>a page holds 1 to {n} events</translation>
        </message>
        <message>
            <source>backups are made by the server's own tools for a shared database</source>
            <translation>backups are made by the server's own tools for a shared database</translation>
        </message>
        <message>
            <source>{file} is not an intact meapp database</source>
            <translation type="vanished">{file} is not an intact meapp database</translation>
        </message>
        <message>
            <source>not a database URL: {url}</source>
            <translation>not a database URL: {url}</translation>
        </message>
        <message>
            <source>unknown demo scale {scale}; use one of {scales}</source>
            <translation>unknown demo scale {scale}; use one of {scales}</translation>
        </message>
        <message>
            <source>the demo was not created: cancelled</source>
            <translation>the demo was not created: cancelled</translation>
        </message>
        <message>
            <source>not allowed: log in as an administrator to create the demo</source>
            <translation>not allowed: log in as an administrator to create the demo</translation>
        </message>
        <message>
            <source>unknown part of the evaluation: {part}</source>
            <translation>unknown part of the evaluation: {part}</translation>
        </message>
        <message>
            <source>a target revision needs a reason</source>
            <translation>a target revision needs a reason</translation>
        </message>
        <message>
            <source>no indicator {indicator}</source>
            <translation>no indicator {indicator}</translation>
        </message>
        <message>
            <source>no programme {program}</source>
            <translation>no programme {program}</translation>
        </message>
        <message>
            <source>not a number: {value}</source>
            <translation>not a number: {value}</translation>
        </message>
        <message>
            <source>unknown measure status {status}; use one of {statuses}</source>
            <translation>unknown measure status {status}; use one of {statuses}</translation>
        </message>
        <message>
            <source>the per cent complete lies between 0 and 100: {value}</source>
            <translation>the per cent complete lies between 0 and 100: {value}</translation>
        </message>
        <message>
            <source>unknown funding source {source}; use one of {sources}</source>
            <translation>unknown funding source {source}; use one of {sources}</translation>
        </message>
        <message>
            <source>spending cannot be negative: {value}</source>
            <translation>spending cannot be negative: {value}</translation>
        </message>
        <message>
            <source>no measure {measure}</source>
            <translation>no measure {measure}</translation>
        </message>
        <message>
            <source>the database holds several programmes: choose one with --program</source>
            <translation>the database holds several programmes: choose one with --program</translation>
        </message>
        <message>
            <source>no programme with id or code {program}</source>
            <translation>no programme with id or code {program}</translation>
        </message>
        <message>
            <source>the export was cancelled</source>
            <translation>the export was cancelled</translation>
        </message>
        <message>
            <source>not a period: {period}</source>
            <translation>not a period: {period}</translation>
        </message>
        <message>
            <source>--years takes two years, for example 2023-2026: {value}</source>
            <translation>--years takes two years, for example 2023-2026: {value}</translation>
        </message>
        <message>
            <source>the programme ends before it starts: {start}–{end}</source>
            <translation>the programme ends before it starts: {start}–{end}</translation>
        </message>
        <message>
            <source>the database holds no programme yet: give --title, --municipality and --years (for example --years 2023-2026) to create it</source>
            <translation>the database holds no programme yet: give --title, --municipality and --years (for example --years 2023-2026) to create it</translation>
        </message>
        <message>
            <source>to create the programme give --title, --municipality and --years (for example --years 2023-2026)</source>
            <translation>to create the programme give --title, --municipality and --years (for example --years 2023-2026)</translation>
        </message>
        <message>
            <source>unknown language {lang}; use one of {langs}</source>
            <translation>unknown language {lang}; use one of {langs}</translation>
        </message>
        <message>
            <source>{period} is a year: use --kind annual, or give a half-year such as {period}-H2</source>
            <translation>{period} is a year: use --kind annual, or give a half-year such as {period}-H2</translation>
        </message>
        <message>
            <source>the output file must end in {suffixes}: {file}</source>
            <translation>the output file must end in {suffixes}: {file}</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file</source>
            <translation>{file} is a folder, not a file</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>the folder {folder} does not exist</translation>
        </message>
        <message>
            <source>{period} is a year: give a half-year such as {period}-H2</source>
            <translation>{period} is a year: give a half-year such as {period}-H2</translation>
        </message>
        <message>
            <source>changed by someone else: reload and try again</source>
            <translation>changed by someone else: reload and try again</translation>
        </message>
        <message>
            <source>thresholds must satisfy 0 ≤ amber ≤ green ≤ 100 %</source>
            <translation>thresholds must satisfy 0 ≤ amber ≤ green ≤ 100 %</translation>
        </message>
        <message>
            <source>unknown reporting frequency: {value}</source>
            <translation>unknown reporting frequency: {value}</translation>
        </message>
        <message>
            <source>unknown programme status: {value}</source>
            <translation>unknown programme status: {value}</translation>
        </message>
        <message>
            <source>unknown kind of municipality: {value}</source>
            <translation>unknown kind of municipality: {value}</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <translation>unknown field {field}</translation>
        </message>
        <message>
            <source>no plan item {id}</source>
            <translation>no plan item {id}</translation>
        </message>
        <message>
            <source>the parent belongs to another programme</source>
            <translation>the parent belongs to another programme</translation>
        </message>
        <message>
            <source>a measure cannot hold other plan items</source>
            <translation>a measure cannot hold other plan items</translation>
        </message>
        <message>
            <source>a {kind} cannot sit under a {parent}</source>
            <translation>a {kind} cannot sit under a {parent}</translation>
        </message>
        <message>
            <source>a plan item needs a title</source>
            <translation>a plan item needs a title</translation>
        </message>
        <message>
            <source>unknown kind of plan item: {value}</source>
            <translation>unknown kind of plan item: {value}</translation>
        </message>
        <message>
            <source>the deadline ends before it starts: {start}–{end}</source>
            <translation>the deadline ends before it starts: {start}–{end}</translation>
        </message>
        <message>
            <source>no indicator {id}</source>
            <translation type="vanished">no indicator {id}</translation>
        </message>
        <message>
            <source>an indicator needs a name</source>
            <translation>an indicator needs a name</translation>
        </message>
        <message>
            <source>unknown {field}: {value}</source>
            <translation>unknown {field}: {value}</translation>
        </message>
        <message>
            <source>the weight cannot be negative</source>
            <translation>the weight cannot be negative</translation>
        </message>
        <message>
            <source>the plan item belongs to another programme</source>
            <translation>the plan item belongs to another programme</translation>
        </message>
        <message>
            <source>no {what} {id}</source>
            <translation type="vanished">no {what} {id}</translation>
        </message>
        <message>
            <source>not a year: {value}</source>
            <translation>not a year: {value}</translation>
        </message>
        <message>
            <source>an item cannot be moved into itself</source>
            <translation>an item cannot be moved into itself</translation>
        </message>
        <message>
            <source>text too long ({n} characters, at most {max})</source>
            <translation>text too long ({n} characters, at most {max})</translation>
        </message>
        <message>
            <source>only measures have a planned cost</source>
            <translation>only measures have a planned cost</translation>
        </message>
        <message>
            <source>the code {code} is taken</source>
            <translation>the code {code} is taken</translation>
        </message>
        <message>
            <source>the items under it do not fit under a {kind}</source>
            <translation>the items under it do not fit under a {kind}</translation>
        </message>
        <message>
            <source>the period {period} is approved: its data cannot change</source>
            <translation>the period {period} is approved: its data cannot change</translation>
        </message>
        <message>
            <source>the period {period} is approved: how the periods of this indicator combine cannot change</source>
            <translation>the period {period} is approved: how the periods of this indicator combine cannot change</translation>
        </message>
        <message>
            <source>the period {period} is approved: the baseline of this indicator cannot change</source>
            <translation>the period {period} is approved: the baseline of this indicator cannot change</translation>
        </message>
        <message>
            <source>the period {period} is approved: the direction of this indicator cannot change</source>
            <translation>the period {period} is approved: the direction of this indicator cannot change</translation>
        </message>
        <message>
            <source>the period {period} is approved: the unit of this indicator cannot change</source>
            <translation>the period {period} is approved: the unit of this indicator cannot change</translation>
        </message>
        <message>
            <source>the period {period} is approved: the final target of this indicator cannot change (the council changes it with a target revision)</source>
            <translation>the period {period} is approved: the final target of this indicator cannot change (the council changes it with a target revision)</translation>
        </message>
        <message>
            <source>the period {period} is approved: the weight of this indicator cannot change</source>
            <translation>the period {period} is approved: the weight of this indicator cannot change</translation>
        </message>
        <message>
            <source>targets are set per year or half-year: {value}</source>
            <translation>targets are set per year or half-year: {value}</translation>
        </message>
        <message>
            <source>the period {period} is approved: its target cannot change</source>
            <translation>the period {period} is approved: its target cannot change</translation>
        </message>
        <message>
            <source>the year {year} is outside the programme</source>
            <translation>the year {year} is outside the programme</translation>
        </message>
        <message>
            <source>unknown funding source: {value}</source>
            <translation>unknown funding source: {value}</translation>
        </message>
        <message>
            <source>not a date: {value}</source>
            <translation>not a date: {value}</translation>
        </message>
        <message>
            <source>not a period: {value}</source>
            <translation>not a period: {value}</translation>
        </message>
        <message>
            <source>a planned cost cannot be negative: {value}</source>
            <translation>a planned cost cannot be negative: {value}</translation>
        </message>
        <message>
            <source>cannot write {file}: {reason}</source>
            <translation>cannot write {file}: {reason}</translation>
        </message>
        <message>
            <source>no action plan or indicator matrix found: no sheet has a header with measures or indicators</source>
            <translation>no action plan or indicator matrix found: no sheet has a header with measures or indicators</translation>
        </message>
        <message>
            <source>no measures or indicators found in the file</source>
            <translation>no measures or indicators found in the file</translation>
        </message>
        <message>
            <source>the database holds no programme yet: give its title, municipality and years (--title, --municipality, --years 2023-2026)</source>
            <translation>the database holds no programme yet: give its title, municipality and years (--title, --municipality, --years 2023-2026)</translation>
        </message>
        <message>
            <source>import cancelled: nothing was changed</source>
            <translation>import cancelled: nothing was changed</translation>
        </message>
        <message>
            <source>no plan item {key} to attach the indicator to</source>
            <translation>no plan item {key} to attach the indicator to</translation>
        </message>
        <message>
            <source>a shared database is restored with the server's own tools</source>
            <translation>a shared database is restored with the server's own tools</translation>
        </message>
        <message>
            <source>the database is damaged: log in as an administrator of the backup (--user and MEAPP_PASSWORD)</source>
            <translation>the database is damaged: log in as an administrator of the backup (--user and MEAPP_PASSWORD)</translation>
        </message>
        <message>
            <source>--item is for a screenshot: give --screenshot FILE.png too</source>
            <translation>--item is for a screenshot: give --screenshot FILE.png too</translation>
        </message>
        <message>
            <source>the export was cancelled; no file was written</source>
            <translation>the export was cancelled; no file was written</translation>
        </message>
        <message>
            <source>a backup cannot overwrite the database itself: {file}</source>
            <translation>a backup cannot overwrite the database itself: {file}</translation>
        </message>
        <message>
            <source>{file} is the database itself; choose a backup</source>
            <translation>{file} is the database itself; choose a backup</translation>
        </message>
        <message>
            <source>the database is damaged ({detail}); the backup was not kept</source>
            <translation>the database is damaged ({detail}); the backup was not kept</translation>
        </message>
        <message>
            <source>cannot replace {file}: {error} (is meapp still running on it?)</source>
            <translation>cannot replace {file}: {error} (is meapp still running on it?)</translation>
        </message>
        <message>
            <source>no direction {direction}</source>
            <translation>no direction {direction}</translation>
        </message>
        <message>
            <source>File: no file was given</source>
            <translation>File: no file was given</translation>
        </message>
        <message>
            <source>File: the file name is empty</source>
            <translation>File: the file name is empty</translation>
        </message>
        <message>
            <source>File: {name} is too large ({size}); the limit is {limit}</source>
            <translation>File: {name} is too large ({size}); the limit is {limit}</translation>
        </message>
        <message>
            <source>File: {name} is empty</source>
            <translation>File: {name} is empty</translation>
        </message>
        <message>
            <source>unknown owner of evidence {owner}; use one of {owners}</source>
            <translation>unknown owner of evidence {owner}; use one of {owners}</translation>
        </message>
        <message>
            <source>no hearing {hearing}</source>
            <translation>no hearing {hearing}</translation>
        </message>
        <message>
            <source>the stored evidence file {name} is damaged (its SHA-256 does not match); run meapp check or restore a backup</source>
            <translation>the stored evidence file {name} is damaged (its SHA-256 does not match); run meapp check or restore a backup</translation>
        </message>
        <message>
            <source>Kind of document: unknown kind {kind}; use one of {kinds}</source>
            <translation>Kind of document: unknown kind {kind}; use one of {kinds}</translation>
        </message>
        <message>
            <source>Document number: at most {n} characters</source>
            <translation>Document number: at most {n} characters</translation>
        </message>
        <message>
            <source>File: there is no file {path}</source>
            <translation>File: there is no file {path}</translation>
        </message>
        <message>
            <source>no public check {check}</source>
            <translation>no public check {check}</translation>
        </message>
        <message>
            <source>no evidence file {evidence}</source>
            <translation>no evidence file {evidence}</translation>
        </message>
        <message>
            <source>Document date: not a date: {value} (write 2024-03-15)</source>
            <translation>Document date: not a date: {value} (write 2024-03-15)</translation>
        </message>
        <message>
            <source>File: {name} cannot be read: {reason}</source>
            <translation>File: {name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>choose at least one period to export</source>
            <translation>choose at least one period to export</translation>
        </message>
        <message>
            <source>the export was cancelled; no package was written</source>
            <translation>the export was cancelled; no package was written</translation>
        </message>
        <message>
            <source>the stored evidence file {sha256} is damaged; run meapp check</source>
            <translation>the stored evidence file {sha256} is damaged; run meapp check</translation>
        </message>
        <message>
            <source>{file} is from another programme: it carries {code}, not {program}</source>
            <translation>{file} is from another programme: it carries {code}, not {program}</translation>
        </message>
        <message>
            <source>--prefer takes mine or theirs, not {value}</source>
            <translation>--prefer takes mine or theirs, not {value}</translation>
        </message>
        <message>
            <source>{file}: {n} rows were changed both here and in the package; nothing was imported. Choose which to keep (--prefer mine or --prefer theirs)</source>
            <translation>{file}: {n} rows were changed both here and in the package; nothing was imported. Choose which to keep (--prefer mine or --prefer theirs)</translation>
        </message>
        <message>
            <source>a conflict is resolved with mine or theirs, not {value}</source>
            <translation>a conflict is resolved with mine or theirs, not {value}</translation>
        </message>
        <message>
            <source>{file} does not fit this database (a row breaks its rules); nothing was imported</source>
            <translation>{file} does not fit this database (a row breaks its rules); nothing was imported</translation>
        </message>
        <message>
            <source>the database is busy with another change; try again in a moment</source>
            <translation>the database is busy with another change; try again in a moment</translation>
        </message>
        <message>
            <source>{file} is from another programme: its municipality differs from the programme {code} here</source>
            <translation>{file} is from another programme: its municipality differs from the programme {code} here</translation>
        </message>
        <message>
            <source>{file} is from another programme: this database holds a different programme with the code {code}</source>
            <translation>{file} is from another programme: this database holds a different programme with the code {code}</translation>
        </message>
        <message>
            <source>{file} carries only the periods {periods} of the programme {code}, which this database does not have; import the package of the whole programme first</source>
            <translation>{file} carries only the periods {periods} of the programme {code}, which this database does not have; import the package of the whole programme first</translation>
        </message>
        <message>
            <source>{file} is damaged or is not a meapp package</source>
            <translation>{file} is damaged or is not a meapp package</translation>
        </message>
        <message>
            <source>{file} was changed after it was made: {entry} does not match its hash</source>
            <translation>{file} was changed after it was made: {entry} does not match its hash</translation>
        </message>
        <message>
            <source>{file} is too large to import: it would take {size} (at most {limit})</source>
            <translation>{file} is too large to import: it would take {size} (at most {limit})</translation>
        </message>
        <message>
            <source>{file} is not a meapp package</source>
            <translation>{file} is not a meapp package</translation>
        </message>
        <message>
            <source>{file} has package format {version}, which this meapp cannot read (it reads format {supported}); update meapp</source>
            <translation>{file} has package format {version}, which this meapp cannot read (it reads format {supported}); update meapp</translation>
        </message>
        <message>
            <source>{file}: the manifest is incomplete or damaged</source>
            <translation>{file}: the manifest is incomplete or damaged</translation>
        </message>
        <message>
            <source>{file}: the manifest names no period</source>
            <translation>{file}: the manifest names no period</translation>
        </message>
        <message>
            <source>package not found: {file}</source>
            <translation>package not found: {file}</translation>
        </message>
        <message>
            <source>{file} is too large to import: {size} (at most {limit})</source>
            <translation>{file} is too large to import: {size} (at most {limit})</translation>
        </message>
        <message>
            <source>{file} is incomplete: {entry} is missing</source>
            <translation>{file} is incomplete: {entry} is missing</translation>
        </message>
        <message>
            <source>{file} is refused: the entry {entry} points outside the package folder</source>
            <translation>{file} is refused: the entry {entry} points outside the package folder</translation>
        </message>
        <message>
            <source>{file} is refused: the entry {entry} appears twice</source>
            <translation>{file} is refused: the entry {entry} appears twice</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} is not part of a meapp package</source>
            <translation>{file} is refused: {entry} is not part of a meapp package</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} is encrypted</source>
            <translation>{file} is refused: {entry} is encrypted</translation>
        </message>
        <message>
            <source>{file} is too large to import: {entry} would take {size} (at most {limit})</source>
            <translation>{file} is too large to import: {entry} would take {size} (at most {limit})</translation>
        </message>
        <message>
            <source>{file} is refused: {entry} expands {ratio} times, like a zip bomb</source>
            <translation>{file} is refused: {entry} expands {ratio} times, like a zip bomb</translation>
        </message>
        <message>
            <source>{file}: {entry} is not valid JSON</source>
            <translation>{file}: {entry} is not valid JSON</translation>
        </message>
        <message>
            <source>{file}: {entry} is not a table of rows</source>
            <translation>{file}: {entry} is not a table of rows</translation>
        </message>
        <message>
            <source>{file} is too large to import: more than {n} rows</source>
            <translation>{file} is too large to import: more than {n} rows</translation>
        </message>
        <message>
            <source>{file}: the programme named in the manifest is missing</source>
            <translation>{file}: the programme named in the manifest is missing</translation>
        </message>
        <message>
            <source>{file}: the manifest does not match the programme it carries</source>
            <translation>{file}: the manifest does not match the programme it carries</translation>
        </message>
        <message>
            <source>{file}: the municipality named in the manifest is missing</source>
            <translation>{file}: the municipality named in the manifest is missing</translation>
        </message>
        <message>
            <source>{file} is too large to import: more than {n} entries</source>
            <translation>{file} is too large to import: more than {n} entries</translation>
        </message>
        <message>
            <source>{file} is not a meapp package: it has no manifest</source>
            <translation>{file} is not a meapp package: it has no manifest</translation>
        </message>
        <message>
            <source>{file} was changed after it was made: {entry} is not in its manifest</source>
            <translation>{file} was changed after it was made: {entry} is not in its manifest</translation>
        </message>
        <message>
            <source>{file}: the manifest names an unknown period {period}</source>
            <translation>{file}: the manifest names an unknown period {period}</translation>
        </message>
        <message>
            <source>{file}: a package of periods may not carry {table} rows</source>
            <translation>{file}: a package of periods may not carry {table} rows</translation>
        </message>
        <message>
            <source>not an anchor (COUNT:HASH): {text}</source>
            <translation>not an anchor (COUNT:HASH): {text}</translation>
        </message>
        <message>
            <source>the evidence file {sha256} is missing from the package</source>
            <translation>the evidence file {sha256} is missing from the package</translation>
        </message>
        <message>
            <source>the id {id} appears twice (also in {table})</source>
            <translation>the id {id} appears twice (also in {table})</translation>
        </message>
        <message>
            <source>the period {period} is not one of the package's periods</source>
            <translation>the period {period} is not one of the package's periods</translation>
        </message>
        <message>
            <source>the evidence file {sha256} has another size than its row says</source>
            <translation>the evidence file {sha256} has another size than its row says</translation>
        </message>
        <message>
            <source>evidence without a period travels only with the whole programme</source>
            <translation>evidence without a period travels only with the whole programme</translation>
        </message>
        <message>
            <source>{file}: the signature does not match the package; it was changed after signing</source>
            <translation>{file}: the signature does not match the package; it was changed after signing</translation>
        </message>
        <message>
            <source>not allowed: the role {role} may not change the working group and its order</source>
            <translation>not allowed: the role {role} may not change the working group and its order</translation>
        </message>
        <message>
            <source>no group member {member}</source>
            <translation type="vanished">no group member {member}</translation>
        </message>
        <message>
            <source>no proposal {proposal}</source>
            <translation type="vanished">no proposal {proposal}</translation>
        </message>
        <message>
            <source>help page not found: {page}</source>
            <translation>help page not found: {page}</translation>
        </message>
        <message>
            <source>choose a workbook to import</source>
            <translation>choose a workbook to import</translation>
        </message>
        <message>
            <source>targets for years outside the programme ({years}) were not imported</source>
            <translation>targets for years outside the programme ({years}) were not imported</translation>
        </message>
        <message>
            <source>the programme's years are needed to read the yearly targets: give them (for example 2023-2026)</source>
            <translation>the programme's years are needed to read the yearly targets: give them (for example 2023-2026)</translation>
        </message>
        <message>
            <source>{n} indicators match no plan item by issue or group and go to the programme</source>
            <translation type="vanished">{n} indicators match no plan item by issue or group and go to the programme</translation>
        </message>
        <message>
            <source>a row without a measure text was skipped</source>
            <translation>a row without a measure text was skipped</translation>
        </message>
        <message>
            <source>indicators by year: imported for the programme, the last year before it is the baseline, its years are the targets</source>
            <translation>indicators by year: imported for the programme, the last year before it is the baseline, its years are the targets</translation>
        </message>
        <message>
            <source>the same file was chosen twice: {file}</source>
            <translation>the same file was chosen twice: {file}</translation>
        </message>
        <message>
            <source>the workbook is empty: no sheet holds any text</source>
            <translation>the workbook is empty: no sheet holds any text</translation>
        </message>
        <message>
            <source>the sheet has a header but no rows under it</source>
            <translation>the sheet has a header but no rows under it</translation>
        </message>
        <message>
            <source>no number in the cell: {value} (kept as text)</source>
            <translation>no number in the cell: {value} (kept as text)</translation>
        </message>
        <message>
            <source>the baseline year is not in the header: {year} assumed</source>
            <translation>the baseline year is not in the header: {year} assumed</translation>
        </message>
        <message>
            <source>the number {code} is used twice (also row {other})</source>
            <translation>the number {code} is used twice (also row {other})</translation>
        </message>
        <message>
            <source>measure without a task: placed directly under {parent}</source>
            <translation>measure without a task: placed directly under {parent}</translation>
        </message>
        <message>
            <source>measure without a task or heading: placed at the top of the plan</source>
            <translation>measure without a task or heading: placed at the top of the plan</translation>
        </message>
        <message>
            <source>deadline not understood: the text is kept, the years are empty</source>
            <translation>deadline not understood: the text is kept, the years are empty</translation>
        </message>
        <message>
            <source>a heading without a number was read as a {kind}</source>
            <translation>a heading without a number was read as a {kind}</translation>
        </message>
        <message>
            <source>a row with values but no indicator name was skipped</source>
            <translation>a row with values but no indicator name was skipped</translation>
        </message>
        <message>
            <source>sheet not recognised as an action plan or an indicator matrix: skipped</source>
            <translation>sheet not recognised as an action plan or an indicator matrix: skipped</translation>
        </message>
        <message>
            <source>the cell holds several values: {value}; {number} was taken</source>
            <translation>the cell holds several values: {value}; {number} was taken</translation>
        </message>
        <message>
            <source>not understood: {value}</source>
            <translation>not understood: {value}</translation>
        </message>
        <message>
            <source>guessed cumulative: the yearly targets add up to the final target; change it if wrong</source>
            <translation>guessed cumulative: the yearly targets add up to the final target; change it if wrong</translation>
        </message>
        <message>
            <source>guessed a level indicator (targets are levels, not amounts); change it if wrong</source>
            <translation>guessed a level indicator (targets are levels, not amounts); change it if wrong</translation>
        </message>
        <message>
            <source>a target column without a year was not read</source>
            <translation>a target column without a year was not read</translation>
        </message>
        <message>
            <source>no indicator or plan item with id or code {item} in the programme</source>
            <translation>no indicator or plan item with id or code {item} in the programme</translation>
        </message>
        <message>
            <source>the code {item} names {count} items of the programme: give the id</source>
            <translation>the code {item} names {count} items of the programme: give the id</translation>
        </message>
        <message>
            <source>unknown report {kind}; use one of {kinds}</source>
            <translation>unknown report {kind}; use one of {kinds}</translation>
        </message>
        <message>
            <source>no font with Kyrgyz letters found; put NotoSans-Regular.ttf into {folder}</source>
            <translation type="vanished">no font with Kyrgyz letters found; put NotoSans-Regular.ttf into {folder}</translation>
        </message>
        <message>
            <source>the report was cancelled</source>
            <translation>the report was cancelled</translation>
        </message>
        <message>
            <source>unknown workbook {kind}; use one of {kinds}</source>
            <translation>unknown workbook {kind}; use one of {kinds}</translation>
        </message>
        <message>
            <source>the period {period} is approved and locked; an administrator can reopen it</source>
            <translation>the period {period} is approved and locked; an administrator can reopen it</translation>
        </message>
        <message>
            <source>reopening a round needs a reason (--reason TEXT)</source>
            <translation>reopening a round needs a reason (--reason TEXT)</translation>
        </message>
        <message>
            <source>not a period: {period} (write 2024-H1, 2024-H2 or 2024)</source>
            <translation>not a period: {period} (write 2024-H1, 2024-H2 or 2024)</translation>
        </message>
        <message>
            <source>{period} is outside the programme ({start}–{end})</source>
            <translation>{period} is outside the programme ({start}–{end})</translation>
        </message>
        <message>
            <source>the programme reports by year: write {year}</source>
            <translation>the programme reports by year: write {year}</translation>
        </message>
        <message>
            <source>changed by someone else; look again and retry</source>
            <translation>changed by someone else; look again and retry</translation>
        </message>
        <message>
            <source>the programme reports by half-year: write {year}-H1 or {year}-H2</source>
            <translation>the programme reports by half-year: write {year}-H1 or {year}-H2</translation>
        </message>
        <message>
            <source>the programme reports by quarter: write {year}-Q1 … {year}-Q4</source>
            <translation>the programme reports by quarter: write {year}-Q1 … {year}-Q4</translation>
        </message>
        <message>
            <source>not a number that can be read for sure: {value} (write 1234,5 or 1 234,5)</source>
            <translation>not a number that can be read for sure: {value} (write 1234,5 or 1 234,5)</translation>
        </message>
        <message>
            <source>column not imported: {header}</source>
            <translation>column not imported: {header}</translation>
        </message>
        <message>
            <source>control characters removed from the cell</source>
            <translation>control characters removed from the cell</translation>
        </message>
        <message>
            <source>{file} and {other} hold the same {what} ({n} rows alike): import one of them</source>
            <translation type="vanished">{file} and {other} hold the same {what} ({n} rows alike): import one of them</translation>
        </message>
        <message>
            <source>a formula without a computed value: open the file in a spreadsheet program, let it calculate, save it and import again</source>
            <translation>a formula without a computed value: open the file in a spreadsheet program, let it calculate, save it and import again</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} is a file, not a folder</translation>
        </message>
        <message>
            <source>the folder {folder} holds other files: choose an empty folder or an earlier pack</source>
            <translation>the folder {folder} holds other files: choose an empty folder or an earlier pack</translation>
        </message>
        <message>
            <source>the report {file} is not a PDF file</source>
            <translation>the report {file} is not a PDF file</translation>
        </message>
        <message>
            <source>only the chair of the working group (an evaluator) and the mayor sign reports; {login} is neither</source>
            <translation>only the chair of the working group (an evaluator) and the mayor sign reports; {login} is neither</translation>
        </message>
        <message>
            <source>the chair's box is signed by {chair}, the chair of the working group; {login} does not sign reports</source>
            <translation>the chair's box is signed by {chair}, the chair of the working group; {login} does not sign reports</translation>
        </message>
        <message>
            <source>{login} does not sign reports, so needs no signing identity: only the chair of the working group (an evaluator) and the mayor sign</source>
            <translation>{login} does not sign reports, so needs no signing identity: only the chair of the working group (an evaluator) and the mayor sign</translation>
        </message>
        <message>
            <source>the signature field {field} is not {login}'s: {login} signs only in {box}</source>
            <translation>the signature field {field} is not {login}'s: {login} signs only in {box}</translation>
        </message>
        <message>
            <source>{file} carries a signature by an unknown signer, {signer} (certificate SHA-256 {sha256}); it cannot be countersigned</source>
            <translation>{file} carries a signature by an unknown signer, {signer} (certificate SHA-256 {sha256}); it cannot be countersigned</translation>
        </message>
        <message>
            <source>{file} carries a signature by {signer} in {field}, a box {signer} does not hold; it cannot be countersigned</source>
            <translation>{file} carries a signature by {signer} in {field}, a box {signer} does not hold; it cannot be countersigned</translation>
        </message>
        <message>
            <source>the audit trail of this database is not the one {file} was signed with: event {count} or an event before it was changed or deleted after signing</source>
            <translation>the audit trail of this database is not the one {file} was signed with: event {count} or an event before it was changed or deleted after signing</translation>
        </message>
        <message>
            <source>the figures of {file} are not the approved data of {period} in this database (data fingerprint {printed}… in the report, {current}… in the database)</source>
            <translation>the figures of {file} are not the approved data of {period} in this database (data fingerprint {printed}… in the report, {current}… in the database)</translation>
        </message>
        <message>
            <source>the audit trail of this database ends at event {events}, but {file} was signed when it held {count}: events were deleted after signing</source>
            <translation>the audit trail of this database ends at event {events}, but {file} was signed when it held {count}: events were deleted after signing</translation>
        </message>
        <message>
            <source>{file} carries no signature: nothing vouches for it</source>
            <translation>{file} carries no signature: nothing vouches for it</translation>
        </message>
        <message>
            <source>{file} carries no data fingerprint: it is not a report built by meapp</source>
            <translation>{file} carries no data fingerprint: it is not a report built by meapp</translation>
        </message>
        <message>
            <source>the programme of {file} ({program}) is not in this database</source>
            <translation>the programme of {file} ({program}) is not in this database</translation>
        </message>
        <message>
            <source>the round {period} is no longer approved in this database (it is {state}): the figures of {file} are not confirmed</source>
            <translation>the round {period} is no longer approved in this database (it is {state}): the figures of {file} are not confirmed</translation>
        </message>
        <message>
            <source>the signature in {field} of {file} is broken: the signed content was altered</source>
            <translation>the signature in {field} of {file} is broken: the signed content was altered</translation>
        </message>
        <message>
            <source>{file} was changed after {signer} signed it</source>
            <translation>{file} was changed after {signer} signed it</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by an unknown signer, {signer} (certificate SHA-256 {sha256}); if the certificate is theirs, trust it with: meapp identity trust FILE</source>
            <translation>{file}: the signature in {field} is by an unknown signer, {signer} (certificate SHA-256 {sha256}); if the certificate is theirs, trust it with: meapp identity trust FILE</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by {signer} ({login}), who does not hold that box: only the chair of the working group signs sig_chair and only the mayor sig_mayor</source>
            <translation type="vanished">{file}: the signature in {field} is by {signer} ({login}), who does not hold that box: only the chair of the working group signs sig_chair and only the mayor sig_mayor</translation>
        </message>
        <message>
            <source>{file} is a folder, not a backup file</source>
            <translation>{file} is a folder, not a backup file</translation>
        </message>
        <message>
            <source>another backup to {file} is being written right now</source>
            <translation>another backup to {file} is being written right now</translation>
        </message>
        <message>
            <source>a backup cannot overwrite the database's own file {file}</source>
            <translation>a backup cannot overwrite the database's own file {file}</translation>
        </message>
        <message>
            <source>{file} exists and is not a database file; it is not overwritten</source>
            <translation>{file} exists and is not a database file; it is not overwritten</translation>
        </message>
        <message>
            <source>the backup before the upgrade could not be written ({error}); the database was not upgraded</source>
            <translation>the backup before the upgrade could not be written ({error}); the database was not upgraded</translation>
        </message>
        <message>
            <source>{file} is in use by the command '{command}' (process {pid}); wait until it ends, then restore again</source>
            <translation>{file} is in use by the command '{command}' (process {pid}); wait until it ends, then restore again</translation>
        </message>
        <message>
            <source>{file} is open in a meapp window (process {pid}); close that window, then restore again</source>
            <translation>{file} is open in a meapp window (process {pid}); close that window, then restore again</translation>
        </message>
        <message>
            <source>the page {page} cannot show the item {item}</source>
            <translation>the page {page} cannot show the item {item}</translation>
        </message>
        <message>
            <source>{where}: {text}</source>
            <translation>{where}: {text}</translation>
        </message>
        <message>
            <source>your role does not allow entering data</source>
            <translation>your role does not allow entering data</translation>
        </message>
        <message>
            <source>{file} is the report of {period}, not of the period chosen; build the report again</source>
            <translation>{file} is the report of {period}, not of the period chosen; build the report again</translation>
        </message>
        <message>
            <source>the two passwords differ; type the same one twice</source>
            <translation>the two passwords differ; type the same one twice</translation>
        </message>
        <message>
            <source>cannot write {file}: {error}</source>
            <translation>cannot write {file}: {error}</translation>
        </message>
        <message>
            <source>the period is empty</source>
            <translation>the period is empty</translation>
        </message>
        <message>
            <source>a password is needed to protect a secret</source>
            <translation>a password is needed to protect a secret</translation>
        </message>
        <message>
            <source>not a protected secret</source>
            <translation>not a protected secret</translation>
        </message>
        <message>
            <source>the signing identity holds no key or no certificate</source>
            <translation>the signing identity holds no key or no certificate</translation>
        </message>
        <message>
            <source>wrong password for the protected secret</source>
            <translation>wrong password for the protected secret</translation>
        </message>
        <message>
            <source>wrong password for the signing key</source>
            <translation>wrong password for the signing key</translation>
        </message>
        <message>
            <source>the year {year} lies outside the programme's years {start}–{end}</source>
            <translation>the year {year} lies outside the programme's years {start}–{end}</translation>
        </message>
        <message>
            <source>unknown key type {kind}; use one of {kinds}</source>
            <translation>unknown key type {kind}; use one of {kinds}</translation>
        </message>
        <message>
            <source>unknown certificate format {format}; use pem or der</source>
            <translation>unknown certificate format {format}; use pem or der</translation>
        </message>
        <message>
            <source>the certificate is not valid before {date}</source>
            <translation>the certificate is not valid before {date}</translation>
        </message>
        <message>
            <source>the certificate expired on {date}</source>
            <translation>the certificate expired on {date}</translation>
        </message>
        <message>
            <source>the certificate does not allow signing documents</source>
            <translation>the certificate does not allow signing documents</translation>
        </message>
        <message>
            <source>the password must have at least {n} characters</source>
            <translation>the password must have at least {n} characters</translation>
        </message>
        <message>
            <source>a signing identity needs the person's full name</source>
            <translation>a signing identity needs the person's full name</translation>
        </message>
        <message>
            <source>a certificate is valid for 1 to 30 years, not {years}</source>
            <translation>a certificate is valid for 1 to 30 years, not {years}</translation>
        </message>
        <message>
            <source>{file} holds no private key with its certificate</source>
            <translation>{file} holds no private key with its certificate</translation>
        </message>
        <message>
            <source>{file}: the private key does not belong to the certificate</source>
            <translation>{file}: the private key does not belong to the certificate</translation>
        </message>
        <message>
            <source>no user {login}</source>
            <translation>no user {login}</translation>
        </message>
        <message>
            <source>the total {total} of {source} is not the sum of its years ({sum})</source>
            <translation>the total {total} of {source} is not the sum of its years ({sum})</translation>
        </message>
        <message>
            <source>the year {year} lies outside the programme's years {first}–{last}</source>
            <translation type="vanished">the year {year} lies outside the programme's years {first}–{last}</translation>
        </message>
        <message>
            <source>the planned costs in columns {columns} are not split by year: each measure's total is spread evenly over its years</source>
            <translation>the planned costs in columns {columns} are not split by year: each measure's total is spread evenly over its years</translation>
        </message>
        <message>
            <source>{file} and {other} hold the same action plan ({n} measures alike): import one of them</source>
            <translation>{file} and {other} hold the same action plan ({n} measures alike): import one of them</translation>
        </message>
        <message>
            <source>{file} and {other} hold the same indicators ({n} alike): import one of them</source>
            <translation>{file} and {other} hold the same indicators ({n} alike): import one of them</translation>
        </message>
        <message>
            <source>targets below the baseline {baseline} of an indicator to increase: {periods}</source>
            <translation>targets below the baseline {baseline} of an indicator to increase: {periods}</translation>
        </message>
        <message>
            <source>targets above the baseline {baseline} of an indicator to decrease: {periods}</source>
            <translation>targets above the baseline {baseline} of an indicator to decrease: {periods}</translation>
        </message>
        <message>
            <source>not linked to a plan item (no number, issue or group matches): {name} goes to the programme; place it in the preview or the plan editor</source>
            <translation>not linked to a plan item (no number, issue or group matches): {name} goes to the programme; place it in the preview or the plan editor</translation>
        </message>
        <message>
            <source>website address: {value} holds a character that does not print ({code}); type the address again</source>
            <translation>website address: {value} holds a character that does not print ({code}); type the address again</translation>
        </message>
        <message>
            <source>website address: too long for the QR code ({n} characters at most, a Cyrillic letter counting as two): {value}</source>
            <translation>website address: too long for the QR code ({n} characters at most, a Cyrillic letter counting as two): {value}</translation>
        </message>
        <message>
            <source>website address: not a web address: {value} (write https://example.kg/monitoring)</source>
            <translation>website address: not a web address: {value} (write https://example.kg/monitoring)</translation>
        </message>
        <message>
            <source>{login} already has a signing identity</source>
            <translation>{login} already has a signing identity</translation>
        </message>
        <message>
            <source>signing needs a logged-in user</source>
            <translation>signing needs a logged-in user</translation>
        </message>
        <message>
            <source>{login} has no signing identity; create one first (meapp identity create)</source>
            <translation>{login} has no signing identity; create one first (meapp identity create)</translation>
        </message>
        <message>
            <source>no trusted certificate {sha256}</source>
            <translation>no trusted certificate {sha256}</translation>
        </message>
        <message>
            <source>not a certificate (PEM or DER expected): {file}</source>
            <translation>not a certificate (PEM or DER expected): {file}</translation>
        </message>
        <message>
            <source>cannot open {file}: wrong password or not a PKCS#12 file</source>
            <translation>cannot open {file}: wrong password or not a PKCS#12 file</translation>
        </message>
        <message>
            <source>{login} has no signing identity</source>
            <translation>{login} has no signing identity</translation>
        </message>
        <message>
            <source>not a PDF file: {file}</source>
            <translation>not a PDF file: {file}</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be read as a PDF</source>
            <translation>{file} is damaged and cannot be read as a PDF</translation>
        </message>
        <message>
            <source>the signature field {field} is already signed</source>
            <translation>the signature field {field} is already signed</translation>
        </message>
        <message>
            <source>{file}: the signature in {field} is by {signer} ({login}), who does not hold that box: only the chair of the working group signs the chair's box and only the mayor the mayor's box</source>
            <translation>{file}: the signature in {field} is by {signer} ({login}), who does not hold that box: only the chair of the working group signs the chair's box and only the mayor the mayor's box</translation>
        </message>
        <message>
            <source>the database could not be upgraded from schema {revision} ({error}); it was not changed</source>
            <translation>the database could not be upgraded from schema {revision} ({error}); it was not changed</translation>
        </message>
        <message>
            <source>{file} is open in another program (a database browser, a script or another meapp); close it, then restore again</source>
            <translation>{file} is open in another program (a database browser, a script or another meapp); close it, then restore again</translation>
        </message>
        <message>
            <source>the role {role} does not allow this action ({right})</source>
            <translation>the role {role} does not allow this action ({right})</translation>
        </message>
        <message>
            <source>{file} carries no data fingerprint: only a report built by meapp can be signed</source>
            <translation>{file} carries no data fingerprint: only a report built by meapp can be signed</translation>
        </message>
        <message>
            <source>cannot write {file}: {error} (is it open in another program?)</source>
            <translation>cannot write {file}: {error} (is it open in another program?)</translation>
        </message>
        <message>
            <source>only the report of an approved round can be signed; {period} is {state}</source>
            <translation>only the report of an approved round can be signed; {period} is {state}</translation>
        </message>
        <message>
            <source>the data of {period} differ from the report ({file}); build the report again</source>
            <translation>the data of {period} differ from the report ({file}); build the report again</translation>
        </message>
        <message>
            <source>{file} was changed after {signer} signed it; it cannot be signed again</source>
            <translation>{file} was changed after {signer} signed it; it cannot be signed again</translation>
        </message>
        <message>
            <source>{login} has already signed {file}</source>
            <translation>{login} has already signed {file}</translation>
        </message>
        <message>
            <source>the report names an unknown programme {program}</source>
            <translation>the report names an unknown programme {program}</translation>
        </message>
        <message>
            <source>no programme {id}</source>
            <translation>no programme {id}</translation>
        </message>
        <message>
            <source>no SWOT item {id}</source>
            <translation type="vanished">no SWOT item {id}</translation>
        </message>
        <message>
            <source>no risk {id}</source>
            <translation type="vanished">no risk {id}</translation>
        </message>
        <message>
            <source>the text is empty</source>
            <translation>the text is empty</translation>
        </message>
        <message>
            <source>the text has more than {n} characters</source>
            <translation>the text has more than {n} characters</translation>
        </message>
        <message>
            <source>unknown SWOT category {category}; use one of {categories}</source>
            <translation>unknown SWOT category {category}; use one of {categories}</translation>
        </message>
        <message>
            <source>say which way to move the item</source>
            <translation>say which way to move the item</translation>
        </message>
        <message>
            <source>the risk needs a description</source>
            <translation>the risk needs a description</translation>
        </message>
        <message>
            <source>the owner has more than {n} characters</source>
            <translation>the owner has more than {n} characters</translation>
        </message>
        <message>
            <source>the mitigation has more than {n} characters</source>
            <translation>the mitigation has more than {n} characters</translation>
        </message>
        <message>
            <source>unknown risk status {status}; use one of {statuses}</source>
            <translation>unknown risk status {status}; use one of {statuses}</translation>
        </message>
        <message>
            <source>the risk description has more than {n} characters</source>
            <translation>the risk description has more than {n} characters</translation>
        </message>
        <message>
            <source>not allowed: the role {role} may not {action}</source>
            <translation>not allowed: the role {role} may not {action}</translation>
        </message>
        <message>
            <source>cannot write the backup {file}: {error}</source>
            <translation>cannot write the backup {file}: {error}</translation>
        </message>
        <message>
            <source>{period} is a year: use --kind annual, or give a quarter such as {period}-Q4</source>
            <translation>{period} is a year: use --kind annual, or give a quarter such as {period}-Q4</translation>
        </message>
        <message>
            <source>a login is one word without spaces</source>
            <translation>a login is one word without spaces</translation>
        </message>
        <message>
            <source>a login has at most {n} characters</source>
            <translation>a login has at most {n} characters</translation>
        </message>
        <message>
            <source>the login {login} is taken</source>
            <translation>the login {login} is taken</translation>
        </message>
        <message>
            <source>unknown role {role}; use one of {roles}</source>
            <translation>unknown role {role}; use one of {roles}</translation>
        </message>
        <message>
            <source>not allowed: log in as an administrator to manage users</source>
            <translation>not allowed: log in as an administrator to manage users</translation>
        </message>
        <message>
            <source>wrong login or password</source>
            <translation>wrong login or password</translation>
        </message>
        <message>
            <source>the new password is the same as the old one</source>
            <translation>the new password is the same as the old one</translation>
        </message>
        <message>
            <source>not allowed: users exist already; an administrator adds new users</source>
            <translation>not allowed: users exist already; an administrator adds new users</translation>
        </message>
        <message>
            <source>to change your own password, give the old one</source>
            <translation>to change your own password, give the old one</translation>
        </message>
        <message>
            <source>{login} is the last administrator; make another user an administrator first</source>
            <translation>{login} is the last administrator; make another user an administrator first</translation>
        </message>
        <message>
            <source>you cannot deactivate yourself</source>
            <translation>you cannot deactivate yourself</translation>
        </message>
        <message>
            <source>the full name is empty</source>
            <translation>the full name is empty</translation>
        </message>
        <message>
            <source>the workbook is made of {parts} parts; meapp reads at most {max}</source>
            <translation>the workbook is made of {parts} parts; meapp reads at most {max}</translation>
        </message>
        <message>
            <source>the list of the workbook's parts takes {kb} KB; meapp reads at most {max} KB</source>
            <translation>the list of the workbook's parts takes {kb} KB; meapp reads at most {max} KB</translation>
        </message>
        <message>
            <source>the part {part} would unpack {ratio} times its packed size ({mb} MB); meapp reads at most {max} times</source>
            <translation>the part {part} would unpack {ratio} times its packed size ({mb} MB); meapp reads at most {max} times</translation>
        </message>
        <message>
            <source>the sheet spans {cols} columns × {rows} rows (to {ref}); meapp reads at most {max} cells a sheet</source>
            <translation>the sheet spans {cols} columns × {rows} rows (to {ref}); meapp reads at most {max} cells a sheet</translation>
        </message>
        <message>
            <source>merged ranges cover {cells} cells (the largest {ref}); meapp reads at most {max} merged cells a sheet</source>
            <translation>merged ranges cover {cells} cells (the largest {ref}); meapp reads at most {max} merged cells a sheet</translation>
        </message>
        <message>
            <source>the sheet holds more than {max} rows with values; meapp reads at most {max} rows of such a sheet</source>
            <translation>the sheet holds more than {max} rows with values; meapp reads at most {max} rows of such a sheet</translation>
        </message>
        <message>
            <source>the sheet holds {cells} cells in {rows} rows; meapp reads at most {max} cells a sheet</source>
            <translation>the sheet holds {cells} cells in {rows} rows; meapp reads at most {max} cells a sheet</translation>
        </message>
        <message>
            <source>the workbook has more than {max} sheets; meapp reads at most {max}</source>
            <translation>the workbook has more than {max} sheets; meapp reads at most {max}</translation>
        </message>
        <message>
            <source>{file} is too large to import: it holds {rows} rows (at most {n})</source>
            <translation>{file} is too large to import: it holds {rows} rows (at most {n})</translation>
        </message>
        <message>
            <source>more fields than the header ({fields}, the header has {header}): quote a value that holds a comma, or remove the extra fields</source>
            <translation>more fields than the header ({fields}, the header has {header}): quote a value that holds a comma, or remove the extra fields</translation>
        </message>
        <message>
            <source>{field}: a whole number is needed</source>
            <translation>{field}: a whole number is needed</translation>
        </message>
        <message>
            <source>{field}: {value} is outside {low}…{high}</source>
            <translation>{field}: {value} is outside {low}…{high}</translation>
        </message>
        <message>
            <source>{field}: {value} is not a kind of deadline ({allowed})</source>
            <translation>{field}: {value} is not a kind of deadline ({allowed})</translation>
        </message>
        <message>
            <source>{field}: each kind of deadline may be given once</source>
            <translation>{field}: each kind of deadline may be given once</translation>
        </message>
        <message>
            <source>{subject}: {detail}</source>
            <translation>{subject}: {detail}</translation>
        </message>
        <message>
            <source>{period}: open data-quality items not acknowledged: {n}</source>
            <translation>{period}: open data-quality items not acknowledged: {n}</translation>
        </message>
        <message>
            <source>{subject}: the value {detail} of {period} needs review</source>
            <translation>{subject}: the value {detail} of {period} needs review</translation>
        </message>
        <message>
            <source>{subject}: the target contradicts the direction (baseline → target: {detail})</source>
            <translation>{subject}: the target contradicts the direction (baseline → target: {detail})</translation>
        </message>
        <message>
            <source>{subject}: no value for {period}</source>
            <translation>{subject}: no value for {period}</translation>
        </message>
        <message>
            <source>measure {subject}: past its deadline ({detail}) and no status for {period}</source>
            <translation>measure {subject}: past its deadline ({detail}) and no status for {period}</translation>
        </message>
        <message>
            <source>the evaluation of {period} is not written</source>
            <translation>the evaluation of {period} is not written</translation>
        </message>
        <message>
            <source>give the reason for confirming the value</source>
            <translation>give the reason for confirming the value</translation>
        </message>
        <message>
            <source>the reason is longer than {limit} characters</source>
            <translation>the reason is longer than {limit} characters</translation>
        </message>
        <message>
            <source>{indicator} has no value for {period} to confirm</source>
            <translation>{indicator} has no value for {period} to confirm</translation>
        </message>
        <message>
            <source>the value {value} of {indicator} for {period} cannot be computed with: correct it instead</source>
            <translation>the value {value} of {indicator} for {period} cannot be computed with: correct it instead</translation>
        </message>
        <message>
            <source>the value {value} of {indicator} for {period} is not held for review</source>
            <translation>the value {value} of {indicator} for {period} is not held for review</translation>
        </message>
        <message>
            <source>the code {code} names several indicators: give the id</source>
            <translation>the code {code} names several indicators: give the id</translation>
        </message>
        <message>
            <source>the stored value {value} cannot be computed with: correct it</source>
            <translation>the stored value {value} cannot be computed with: correct it</translation>
        </message>
        <message>
            <source>a stored target or baseline ({value}) cannot be computed with: correct it</source>
            <translation>a stored target or baseline ({value}) cannot be computed with: correct it</translation>
        </message>
        <message>
            <source>no target for {period}</source>
            <translation>no target for {period}</translation>
        </message>
        <message>
            <source>the parts {parts} add up to {sum}, not {total}</source>
            <translation>the parts {parts} add up to {sum}, not {total}</translation>
        </message>
        <message>
            <source>far less than in {period} ({previous})</source>
            <translation>far less than in {period} ({previous})</translation>
        </message>
        <message>
            <source>{factor} times more than in {period} ({previous})</source>
            <translation>{factor} times more than in {period} ({previous})</translation>
        </message>
        <message>
            <source>{factor} times less than in {period} ({previous})</source>
            <translation>{factor} times less than in {period} ({previous})</translation>
        </message>
        <message>
            <source>{value} is very large for {unit}: was it typed in som?</source>
            <translation>{value} is very large for {unit}: was it typed in som?</translation>
        </message>
        <message>
            <source>far more than in {period} ({previous})</source>
            <translation>far more than in {period} ({previous})</translation>
        </message>
        <message>
            <source>{factor} times more than in {period} ({previous}): did you mean thousand som?</source>
            <translation>{factor} times more than in {period} ({previous}): did you mean thousand som?</translation>
        </message>
        <message>
            <source>{factor} times less than in {period} ({previous}): was it typed in thousand som?</source>
            <translation>{factor} times less than in {period} ({previous}): was it typed in thousand som?</translation>
        </message>
        <message>
            <source>marked done but {percent} % complete</source>
            <translation>marked done but {percent} % complete</translation>
        </message>
        <message>
            <source>100 % complete but not marked done</source>
            <translation>100 % complete but not marked done</translation>
        </message>
        <message>
            <source>money was spent but the measure is not started</source>
            <translation>money was spent but the measure is not started</translation>
        </message>
        <message>
            <source>past its deadline ({year}) and not done: delayed?</source>
            <translation>past its deadline ({year}) and not done: delayed?</translation>
        </message>
        <message>
            <source>a percentage lies between 0 and 100: {value}</source>
            <translation>a percentage lies between 0 and 100: {value}</translation>
        </message>
        <message>
            <source>spent {spent} from {source}, more than the {planned} planned</source>
            <translation>spent {spent} from {source}, more than the {planned} planned</translation>
        </message>
        <message>
            <source>a milestone is 1 (reached) or 0 (not yet): {value}</source>
            <translation>a milestone is 1 (reached) or 0 (not yet): {value}</translation>
        </message>
        <message>
            <source>a negative value: {value}</source>
            <translation>a negative value: {value}</translation>
        </message>
        <message>
            <source>measure {code} has no responsible executor</source>
            <translation>measure {code} has no responsible executor</translation>
        </message>
        <message>
            <source>measure {code} has no indicator</source>
            <translation>measure {code} has no indicator</translation>
        </message>
        <message>
            <source>indicator {code} has no targets</source>
            <translation>indicator {code} has no targets</translation>
        </message>
        <message>
            <source>the file is too large ({mb} MB)</source>
            <translation>the file is too large ({mb} MB)</translation>
        </message>
        <message>
            <source>old Excel format (.xls): save the file as .xlsx and try again</source>
            <translation>old Excel format (.xls): save the file as .xlsx and try again</translation>
        </message>
        <message>
            <source>not an Excel workbook (.xlsx)</source>
            <translation>not an Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>the workbook is protected with a password: save a copy without the password and import that</source>
            <translation>the workbook is protected with a password: save a copy without the password and import that</translation>
        </message>
        <message>
            <source>the workbook is damaged and cannot be read</source>
            <translation>the workbook is damaged and cannot be read</translation>
        </message>
        <message>
            <source>the sheet is too large ({rows} rows)</source>
            <translation>the sheet is too large ({rows} rows)</translation>
        </message>
        <message>
            <source>the two new passwords differ; type the same password twice</source>
            <translation>the two new passwords differ; type the same password twice</translation>
        </message>
        <message>
            <source>cannot write the image {file}</source>
            <translation>cannot write the image {file}</translation>
        </message>
        <message>
            <source>cannot open the database {file}</source>
            <translation>cannot open the database {file}</translation>
        </message>
        <message>
            <source>the programme needs a title</source>
            <translation>the programme needs a title</translation>
        </message>
        <message>
            <source>the programme needs a municipality</source>
            <translation>the programme needs a municipality</translation>
        </message>
        <message>
            <source>choose the file to write the package to</source>
            <translation>choose the file to write the package to</translation>
        </message>
        <message>
            <source>the last year comes before the first year</source>
            <translation type="vanished">the last year comes before the first year</translation>
        </message>
        <message>
            <source>changed here and in the package since the last exchange</source>
            <translation>changed here and in the package since the last exchange</translation>
        </message>
        <message>
            <source>this database holds another row for the same {key}</source>
            <translation>this database holds another row for the same {key}</translation>
        </message>
        <message>
            <source>{table} {id} belongs to another programme</source>
            <translation>{table} {id} belongs to another programme</translation>
        </message>
        <message>
            <source>the period {period} is approved here and locked</source>
            <translation>the period {period} is approved here and locked</translation>
        </message>
        <message>
            <source>{table} {id} belongs to another programme in this database</source>
            <translation>{table} {id} belongs to another programme in this database</translation>
        </message>
        <message>
            <source>{table} {id} refers to {ref_table} {ref} that neither the package nor this database holds</source>
            <translation>{table} {id} refers to {ref_table} {ref} that neither the package nor this database holds</translation>
        </message>
        <message>
            <source>{table} {id} has an unknown period {period}</source>
            <translation>{table} {id} has an unknown period {period}</translation>
        </message>
        <message>
            <source>first package from {municipality}: the signer {signer} will be recorded</source>
            <translation type="vanished">first package from {municipality}: the signer {signer} will be recorded</translation>
        </message>
        <message>
            <source>signed by {signer}, as earlier packages</source>
            <translation type="vanished">signed by {signer}, as earlier packages</translation>
        </message>
        <message>
            <source>signed by {signer}, but earlier packages from {municipality} were signed by {known}</source>
            <translation type="vanished">signed by {signer}, but earlier packages from {municipality} were signed by {known}</translation>
        </message>
        <message>
            <source>the package is not signed</source>
            <translation type="vanished">the package is not signed</translation>
        </message>
        <message>
            <source>the package is not signed, but earlier packages from {municipality} were signed by {known}</source>
            <translation type="vanished">the package is not signed, but earlier packages from {municipality} were signed by {known}</translation>
        </message>
        <message>
            <source>{column} is empty</source>
            <translation>{column} is empty</translation>
        </message>
        <message>
            <source>{column} is not an id</source>
            <translation>{column} is not an id</translation>
        </message>
        <message>
            <source>{column} is not a time</source>
            <translation>{column} is not a time</translation>
        </message>
        <message>
            <source>{column} is not a date</source>
            <translation>{column} is not a date</translation>
        </message>
        <message>
            <source>{column} is not yes or no</source>
            <translation>{column} is not yes or no</translation>
        </message>
        <message>
            <source>{column} is out of range ({value})</source>
            <translation>{column} is out of range ({value})</translation>
        </message>
        <message>
            <source>{column} is not a whole number</source>
            <translation>{column} is not a whole number</translation>
        </message>
        <message>
            <source>{column} is not a number</source>
            <translation>{column} is not a number</translation>
        </message>
        <message>
            <source>{column} cannot travel inside the JSON</source>
            <translation>{column} cannot travel inside the JSON</translation>
        </message>
        <message>
            <source>{column} is not text</source>
            <translation>{column} is not text</translation>
        </message>
        <message>
            <source>{column} is longer than {length} characters</source>
            <translation>{column} is longer than {length} characters</translation>
        </message>
        <message>
            <source>a row is not an object</source>
            <translation>a row is not an object</translation>
        </message>
        <message>
            <source>unknown column {column}</source>
            <translation>unknown column {column}</translation>
        </message>
        <message>
            <source>{column} is missing</source>
            <translation>{column} is missing</translation>
        </message>
        <message>
            <source>the row versions are not an object</source>
            <translation>the row versions are not an object</translation>
        </message>
        <message>
            <source>the row versions name a row {id} it does not hold</source>
            <translation>the row versions name a row {id} it does not hold</translation>
        </message>
        <message>
            <source>the version of row {id} is not an object</source>
            <translation>the version of row {id} is not an object</translation>
        </message>
        <message>
            <source>the version of row {id} names no origin</source>
            <translation>the version of row {id} names no origin</translation>
        </message>
        <message>
            <source>the version of row {id} is not a whole number</source>
            <translation>the version of row {id} is not a whole number</translation>
        </message>
        <message>
            <source>{file} would change {n} rows of {periods}, approved here and locked; nothing was imported (an administrator can reopen the round)</source>
            <translation>{file} would change {n} rows of {periods}, approved here and locked; nothing was imported (an administrator can reopen the round)</translation>
        </message>
        <message>
            <source>{file} is the first package from {municipality}, signed by {signer} (certificate SHA-256 {sha256}); nothing was imported. Compare the fingerprint with the sender, then confirm the signer (--accept-signer)</source>
            <translation>{file} is the first package from {municipality}, signed by {signer} (certificate SHA-256 {sha256}); nothing was imported. Compare the fingerprint with the sender, then confirm the signer (--accept-signer)</translation>
        </message>
        <message>
            <source>{file}: signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</source>
            <translation>{file}: signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</translation>
        </message>
        <message>
            <source>{file} is not signed: nothing shows who made it or that it is unchanged; nothing was imported. Check with the sender, then confirm (--accept-unsigned)</source>
            <translation>{file} is not signed: nothing shows who made it or that it is unchanged; nothing was imported. Check with the sender, then confirm (--accept-unsigned)</translation>
        </message>
        <message>
            <source>{file} is not signed, but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then confirm (--accept-unsigned)</source>
            <translation>{file} is not signed, but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then confirm (--accept-unsigned)</translation>
        </message>
        <message>
            <source>{file}: signed by {signer}, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</source>
            <translation type="vanished">{file}: signed by {signer}, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm the new signer (--accept-signer)</translation>
        </message>
        <message>
            <source>{file} is not signed, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm (--accept-signer)</source>
            <translation type="vanished">{file} is not signed, but earlier packages from {municipality} were signed by {known}; nothing was imported. Check with the sender, then confirm (--accept-signer)</translation>
        </message>
        <message>
            <source>The group has no members yet: add the members named in the order.</source>
            <translation>The group has no members yet: add the members named in the order.</translation>
        </message>
        <message>
            <source>Women are {share} of the members; the guidance asks for at least {target}. {missing} more women would meet it.</source>
            <translation>Women are {share} of the members; the guidance asks for at least {target}. {missing} more women would meet it.</translation>
        </message>
        <message>
            <source>Young people under {age} are {share} of the members; the guidance asks for about {target}. {missing} more young members would meet it.</source>
            <translation>Young people under {age} are {share} of the members; the guidance asks for about {target}. {missing} more young members would meet it.</translation>
        </message>
        <message>
            <source>The group has no chair: mark one member as chair.</source>
            <translation>The group has no chair: mark one member as chair.</translation>
        </message>
        <message>
            <source>The group has {n} chairs: only one member can be the chair.</source>
            <translation>The group has {n} chairs: only one member can be the chair.</translation>
        </message>
        <message>
            <source>The birth year of {n} members is not known: they are not counted as young.</source>
            <translation>The birth year of {n} members is not known: they are not counted as young.</translation>
        </message>
        <message>
            <source>Full name: write the member's name</source>
            <translation>Full name: write the member's name</translation>
        </message>
        <message>
            <source>Proposal: write what was proposed</source>
            <translation>Proposal: write what was proposed</translation>
        </message>
        <message>
            <source>Order number: at most {n} characters</source>
            <translation>Order number: at most {n} characters</translation>
        </message>
        <message>
            <source>Approved by: unknown value {value}; use one of {values}</source>
            <translation>Approved by: unknown value {value}; use one of {values}</translation>
        </message>
        <message>
            <source>Approving body: at most {n} characters</source>
            <translation>Approving body: at most {n} characters</translation>
        </message>
        <message>
            <source>Approving body: name the body that approved the group</source>
            <translation>Approving body: name the body that approved the group</translation>
        </message>
        <message>
            <source>Full name: at most {n} characters</source>
            <translation>Full name: at most {n} characters</translation>
        </message>
        <message>
            <source>Position: at most {n} characters</source>
            <translation>Position: at most {n} characters</translation>
        </message>
        <message>
            <source>Organisation: at most {n} characters</source>
            <translation>Organisation: at most {n} characters</translation>
        </message>
        <message>
            <source>Place: at most {n} characters</source>
            <translation>Place: at most {n} characters</translation>
        </message>
        <message>
            <source>Side: unknown value {value}; use one of {values}</source>
            <translation>Side: unknown value {value}; use one of {values}</translation>
        </message>
        <message>
            <source>Gender: unknown value {value}; use one of {values}</source>
            <translation>Gender: unknown value {value}; use one of {values}</translation>
        </message>
        <message>
            <source>Role in the group: unknown value {value}; use one of {values}</source>
            <translation>Role in the group: unknown value {value}; use one of {values}</translation>
        </message>
        <message>
            <source>Kind: unknown value {value}; use one of {values}</source>
            <translation>Kind: unknown value {value}; use one of {values}</translation>
        </message>
        <message>
            <source>Status: unknown value {value}; use one of {values}</source>
            <translation>Status: unknown value {value}; use one of {values}</translation>
        </message>
        <message>
            <source>Stage: unknown value {value}; use one of {values}</source>
            <translation>Stage: unknown value {value}; use one of {values}</translation>
        </message>
        <message>
            <source>Order date: not a date: {value} (write 2024-03-15)</source>
            <translation>Order date: not a date: {value} (write 2024-03-15)</translation>
        </message>
        <message>
            <source>Date: not a date: {value} (write 2024-03-15)</source>
            <translation>Date: not a date: {value} (write 2024-03-15)</translation>
        </message>
        <message>
            <source>Date of the check: not a date: {value} (write 2024-03-15)</source>
            <translation>Date of the check: not a date: {value} (write 2024-03-15)</translation>
        </message>
        <message>
            <source>Birth year: not a whole number: {value}</source>
            <translation>Birth year: not a whole number: {value}</translation>
        </message>
        <message>
            <source>Birth year: must lie between {low} and {high}</source>
            <translation>Birth year: must lie between {low} and {high}</translation>
        </message>
        <message>
            <source>Attendance: not a whole number: {value}</source>
            <translation>Attendance: not a whole number: {value}</translation>
        </message>
        <message>
            <source>Attendance: must lie between {low} and {high}</source>
            <translation>Attendance: must lie between {low} and {high}</translation>
        </message>
        <message>
            <source>Women among them: not a whole number: {value}</source>
            <translation>Women among them: not a whole number: {value}</translation>
        </message>
        <message>
            <source>Women among them: must lie between {low} and {high}</source>
            <translation>Women among them: must lie between {low} and {high}</translation>
        </message>
        <message>
            <source>Women among them: {women} is more than the attendance ({attendance})</source>
            <translation>Women among them: {women} is more than the attendance ({attendance})</translation>
        </message>
        <message>
            <source>Citizens taking part: not a whole number: {value}</source>
            <translation>Citizens taking part: not a whole number: {value}</translation>
        </message>
        <message>
            <source>Citizens taking part: must lie between {low} and {high}</source>
            <translation>Citizens taking part: must lie between {low} and {high}</translation>
        </message>
        <message>
            <source>Timeliness: not a whole number: {value}</source>
            <translation>Timeliness: not a whole number: {value}</translation>
        </message>
        <message>
            <source>Timeliness: give a rating from {low} to {high}</source>
            <translation>Timeliness: give a rating from {low} to {high}</translation>
        </message>
        <message>
            <source>Quality: not a whole number: {value}</source>
            <translation>Quality: not a whole number: {value}</translation>
        </message>
        <message>
            <source>Quality: give a rating from {low} to {high}</source>
            <translation>Quality: give a rating from {low} to {high}</translation>
        </message>
        <message>
            <source>the likelihood must be a whole number from 1 to 5</source>
            <translation>the likelihood must be a whole number from 1 to 5</translation>
        </message>
        <message>
            <source>the impact must be a whole number from 1 to 5</source>
            <translation>the impact must be a whole number from 1 to 5</translation>
        </message>
        <message>
            <source>{entity} {id}: {column} is {value}, the history says {expected}</source>
            <translation>{entity} {id}: {column} is {value}, the history says {expected}</translation>
        </message>
        <message>
            <source>{entity} {id}: the content differs from the history (event #{seq})</source>
            <translation>{entity} {id}: the content differs from the history (event #{seq})</translation>
        </message>
        <message>
            <source>{entity} {id}: in the database but never recorded in the history</source>
            <translation>{entity} {id}: in the database but never recorded in the history</translation>
        </message>
        <message>
            <source>{entity} {id}: deleted in the history (event #{seq}) but still in the database</source>
            <translation>{entity} {id}: deleted in the history (event #{seq}) but still in the database</translation>
        </message>
        <message>
            <source>{entity} {id}: deleted from the database without a record in the history</source>
            <translation>{entity} {id}: deleted from the database without a record in the history</translation>
        </message>
        <message>
            <source>{entity} {id}: amount is {value}, the history says {expected}</source>
            <translation>{entity} {id}: amount is {value}, the history says {expected}</translation>
        </message>
        <message>
            <source>the list of rows of event #{seq} was changed in the database</source>
            <translation>the list of rows of event #{seq} was changed in the database</translation>
        </message>
        <message>
            <source>{entity} {id}: the signing certificate is not the one the history records</source>
            <translation>{entity} {id}: the signing certificate is not the one the history records</translation>
        </message>
        <message>
            <source>{entity} {id}: the stored file does not match its SHA-256</source>
            <translation>{entity} {id}: the stored file does not match its SHA-256</translation>
        </message>
        <message>
            <source>{kind} {name} is not part of meapp's database (added outside meapp)</source>
            <translation>{kind} {name} is not part of meapp's database (added outside meapp)</translation>
        </message>
        <message>
            <source>the history holds {events} events, {source} holds {anchor}: events were deleted</source>
            <translation>the history holds {events} events, {source} holds {anchor}: events were deleted</translation>
        </message>
        <message>
            <source>event #{seq} differs from {source}: the history was rewritten</source>
            <translation>event #{seq} differs from {source}: the history was rewritten</translation>
        </message>
        <message>
            <source>the database has no schema version (table alembic_version is missing)</source>
            <translation>the database has no schema version (table alembic_version is missing)</translation>
        </message>
        <message>
            <source>the database has schema {revision}, unknown to this meapp (it knows {expected})</source>
            <translation>the database has schema {revision}, unknown to this meapp (it knows {expected})</translation>
        </message>
        <message>
            <source>the database has the older schema {revision} (this meapp has {expected}): open it in meapp once to upgrade it, then check again</source>
            <translation>the database has the older schema {revision} (this meapp has {expected}): open it in meapp once to upgrade it, then check again</translation>
        </message>
        <message>
            <source>trigger</source>
            <translation>trigger</translation>
        </message>
        <message>
            <source>view</source>
            <translation>view</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>rule</translation>
        </message>
        <message>
            <source>tables missing from the database: {tables}</source>
            <translation>tables missing from the database: {tables}</translation>
        </message>
        <message>
            <source>the database cannot be read: {detail}</source>
            <translation>the database cannot be read: {detail}</translation>
        </message>
        <message>
            <source>first package from {municipality}, signed by {signer} (certificate SHA-256 {sha256}): compare the fingerprint with the sender before accepting it</source>
            <translation>first package from {municipality}, signed by {signer} (certificate SHA-256 {sha256}): compare the fingerprint with the sender before accepting it</translation>
        </message>
        <message>
            <source>signed by {signer}, as earlier packages (certificate SHA-256 {sha256})</source>
            <translation>signed by {signer}, as earlier packages (certificate SHA-256 {sha256})</translation>
        </message>
        <message>
            <source>signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256})</source>
            <translation>signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256})</translation>
        </message>
        <message>
            <source>the package is not signed: nothing shows who made it or that it is unchanged</source>
            <translation>the package is not signed: nothing shows who made it or that it is unchanged</translation>
        </message>
        <message>
            <source>the package is not signed, but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256})</source>
            <translation>the package is not signed, but earlier packages from {municipality} were signed by {known} (certificate SHA-256 {known_sha256})</translation>
        </message>
        <message>
            <source>held out of the roll-ups until an evaluator confirms it or it is corrected</source>
            <translation>held out of the roll-ups until an evaluator confirms it or it is corrected</translation>
        </message>
        <message>
            <source>an amount of this measure is not a number ({value}) and is left out of the sums</source>
            <translation>an amount of this measure is not a number ({value}) and is left out of the sums</translation>
        </message>
        <message>
            <source>the calendar was changed by someone else meanwhile: open it again</source>
            <translation>the calendar was changed by someone else meanwhile: open it again</translation>
        </message>
        <message>
            <source>the period {period} is approved: the planned amount of that year ({amount}) cannot change; enter the cost per year and keep that year's amount</source>
            <translation>the period {period} is approved: the planned amount of that year ({amount}) cannot change; enter the cost per year and keep that year's amount</translation>
        </message>
        <message>
            <source>the database is in use by another program; close that program, then open the database again</source>
            <translation>the database is in use by another program; close that program, then open the database again</translation>
        </message>
        <message>
            <source>the upgrade would leave {n} broken references (first in table {table}); the database was not changed</source>
            <translation>the upgrade would leave {n} broken references (first in table {table}); the database was not changed</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>Half-year monitoring report</source>
            <translation>Half-year monitoring report</translation>
        </message>
        <message>
            <source>Monitoring report</source>
            <translation type="vanished">Monitoring report</translation>
        </message>
        <message>
            <source>Annual evaluation report</source>
            <translation>Annual evaluation report</translation>
        </message>
        <message>
            <source>Citizen summary</source>
            <translation>Citizen summary</translation>
        </message>
        <message>
            <source>on the implementation of the programme</source>
            <translation>on the implementation of the programme</translation>
        </message>
        <message>
            <source>Reporting period: {period}</source>
            <translation>Reporting period: {period}</translation>
        </message>
        <message>
            <source>{year} compared with {previous}</source>
            <translation type="vanished">{year} compared with {previous}</translation>
        </message>
        <message>
            <source>Programme years: {start}–{end}</source>
            <translation>Programme years: {start}–{end}</translation>
        </message>
        <message>
            <source>Approved by {body}, decision No. {number} of {date}</source>
            <translation>Approved by {body}, decision No. {number} of {date}</translation>
        </message>
        <message>
            <source>Approved by decision No. {number} of {date}</source>
            <translation>Approved by decision No. {number} of {date}</translation>
        </message>
        <message>
            <source>Approved by {body}</source>
            <translation>Approved by {body}</translation>
        </message>
        <message>
            <source>Prepared by the monitoring and evaluation working group</source>
            <translation>Prepared by the monitoring and evaluation working group</translation>
        </message>
        <message>
            <source>The working group was formed by order No. {number} of {date}</source>
            <translation>The working group was formed by order No. {number} of {date}</translation>
        </message>
        <message>
            <source>State of the period: {state}</source>
            <translation>State of the period: {state}</translation>
        </message>
        <message>
            <source>approved by {who} on {date}</source>
            <translation>approved by {who} on {date}</translation>
        </message>
        <message>
            <source>Draft: the period is not approved yet, the figures may still change.</source>
            <translation>Draft: the period is not approved yet, the figures may still change.</translation>
        </message>
        <message>
            <source>Date of the report: {date}</source>
            <translation>Date of the report: {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="vanished">open</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation type="vanished">submitted</translation>
        </message>
        <message>
            <source>approved</source>
            <translation type="vanished">approved</translation>
        </message>
        <message>
            <source>city</source>
            <translation type="vanished">city</translation>
        </message>
        <message>
            <source>aiyl okmotu</source>
            <translation type="vanished">aiyl okmotu</translation>
        </message>
        <message>
            <source>year {year}</source>
            <translation>year {year}</translation>
        </message>
        <message>
            <source>first half-year {year}</source>
            <translation>first half-year {year}</translation>
        </message>
        <message>
            <source>second half-year {year}</source>
            <translation>second half-year {year}</translation>
        </message>
        <message>
            <source>quarter {quarter} of {year}</source>
            <translation>quarter {quarter} of {year}</translation>
        </message>
        <message>
            <source>{year} H{half}</source>
            <translation>{year} H{half}</translation>
        </message>
        <message>
            <source>{year} Q{quarter}</source>
            <translation>{year} Q{quarter}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Progress in charts</source>
            <translation>Progress in charts</translation>
        </message>
        <message>
            <source>Monitoring of the development programme</source>
            <translation>Monitoring of the development programme</translation>
        </message>
        <message>
            <source>Documents and open data</source>
            <translation>Documents and open data</translation>
        </message>
        <message>
            <source>The evaluation report (PDF)</source>
            <translation>The evaluation report (PDF)</translation>
        </message>
        <message>
            <source>SHA-256 of the report: {hash}. A copy with the same SHA-256 is exactly the published report; its signatures are checked in any PDF reader or with meapp verify.</source>
            <translation>SHA-256 of the report: {hash}. A copy with the same SHA-256 is exactly the published report; its signatures are checked in any PDF reader or with meapp verify.</translation>
        </message>
        <message>
            <source>Data fingerprint of these figures: {fingerprint}. The signed report prints the same fingerprint on its signature page when its figures are these.</source>
            <translation>Data fingerprint of these figures: {fingerprint}. The signed report prints the same fingerprint on its signature page when its figures are these.</translation>
        </message>
        <message>
            <source>The report for this period is not published yet.</source>
            <translation>The report for this period is not published yet.</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>What the columns mean</source>
            <translation>What the columns mean</translation>
        </message>
        <message>
            <source>The tables hold the figures of this page for every indicator and measure; they open in Excel, LibreOffice or any program that reads CSV or JSON.</source>
            <translation>The tables hold the figures of this page for every indicator and measure; they open in Excel, LibreOffice or any program that reads CSV or JSON.</translation>
        </message>
        <message>
            <source>{amount} {unit} spent</source>
            <translation>{amount} {unit} spent</translation>
        </message>
        <message>
            <source>Quarterly monitoring report</source>
            <translation>Quarterly monitoring report</translation>
        </message>
        <message>
            <source>year {year} compared with {previous}</source>
            <translation>year {year} compared with {previous}</translation>
        </message>
        <message>
            <source>The working group was approved by: {document}</source>
            <translation>The working group was approved by: {document}</translation>
        </message>
        <message>
            <source>council resolution</source>
            <translation>council resolution</translation>
        </message>
        <message>
            <source>order of the mayor</source>
            <translation>order of the mayor</translation>
        </message>
        <message>
            <source>order of the head of the aiyl okmotu</source>
            <translation>order of the head of the aiyl okmotu</translation>
        </message>
        <message>
            <source>{document} No. {number} of {date}</source>
            <translation>{document} No. {number} of {date}</translation>
        </message>
        <message>
            <source>{document} No. {number}</source>
            <translation>{document} No. {number}</translation>
        </message>
        <message>
            <source>{document} of {date}</source>
            <translation>{document} of {date}</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Monitoring and evaluation working group</source>
            <translation>Monitoring and evaluation working group</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>The year against the year before</source>
            <translation>The year against the year before</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Overall progress</translation>
        </message>
        <message>
            <source>{change} points against {period}</source>
            <translation>{change} points against {period}</translation>
        </message>
        <message>
            <source>no earlier period to compare</source>
            <translation>no earlier period to compare</translation>
        </message>
        <message>
            <source>Indicators in total: {n}</source>
            <translation>Indicators in total: {n}</translation>
        </message>
        <message>
            <source>Measures in total: {n}</source>
            <translation>Measures in total: {n}</translation>
        </message>
        <message>
            <source>Plan executed by {percent}</source>
            <translation>Plan executed by {percent}</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Execution</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Deviation</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>som</source>
            <translation>som</translation>
        </message>
        <message>
            <source>thousand som</source>
            <translation>thousand som</translation>
        </message>
        <message>
            <source>million som</source>
            <translation>million som</translation>
        </message>
        <message>
            <source>{what}, {unit}</source>
            <translation>{what}, {unit}</translation>
        </message>
        <message>
            <source>Progress by priority direction</source>
            <translation>Progress by priority direction</translation>
        </message>
        <message>
            <source>Indicators by status</source>
            <translation>Indicators by status</translation>
        </message>
        <message>
            <source>Measures by status</source>
            <translation>Measures by status</translation>
        </message>
        <message>
            <source>Budget by funding source: planned and spent</source>
            <translation>Budget by funding source: planned and spent</translation>
        </message>
        <message>
            <source>Indicators furthest behind: baseline, targets, actuals</source>
            <translation>Indicators furthest behind: baseline, targets, actuals</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>actual</translation>
        </message>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>baseline</translation>
        </message>
        <message>
            <source>No data for this chart yet.</source>
            <translation>No data for this chart yet.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Baseline year</translation>
        </message>
        <message>
            <source>Target for the period</source>
            <translation>Target for the period</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Actual to target</source>
            <translation>Actual to target</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>{what} {year}</source>
            <translation>{what} {year}</translation>
        </message>
        <message>
            <source>≈ the target for the period is derived from the yearly targets: half the year's amount, or a value between the surrounding levels.</source>
            <translation>≈ the target for the period is derived from the yearly targets: half the year's amount, or a value between the surrounding levels.</translation>
        </message>
        <message>
            <source>Progress = (actual − baseline) / (target − baseline); 100 % means the target is reached.</source>
            <translation>Progress = (actual − baseline) / (target − baseline); 100 % means the target is reached.</translation>
        </message>
        <message>
            <source>Status: on track from {green}, at risk from {amber}, off track below {amber}, no data when no actual was entered.</source>
            <translation>Status: on track from {green}, at risk from {amber}, off track below {amber}, no data when no actual was entered.</translation>
        </message>
        <message>
            <source>The programme has no indicators yet.</source>
            <translation>The programme has no indicators yet.</translation>
        </message>
        <message>
            <source>Programme-level indicators</source>
            <translation>Programme-level indicators</translation>
        </message>
        <message>
            <source>QR code: {website} and the fingerprint of these figures, {fingerprint}. When the website and the signed report show the same fingerprint, these are the approved figures.</source>
            <translation>QR code: {website} and the fingerprint of these figures, {fingerprint}. When the website and the signed report show the same fingerprint, these are the approved figures.</translation>
        </message>
        <message>
            <source>QR code: the fingerprint of these figures, {fingerprint}. When the signed report shows the same fingerprint, these are the approved figures.</source>
            <translation>QR code: the fingerprint of these figures, {fingerprint}. When the signed report shows the same fingerprint, these are the approved figures.</translation>
        </message>
        <message>
            <source>Public checks of investment measures</source>
            <translation>Public checks of investment measures</translation>
        </message>
        <message>
            <source>Public hearings and proposals</source>
            <translation>Public hearings and proposals</translation>
        </message>
        <message>
            <source>Executors' ranking</source>
            <translation>Executors' ranking</translation>
        </message>
        <message>
            <source>Target revisions</source>
            <translation>Target revisions</translation>
        </message>
        <message>
            <source>No public check was held in {period}.</source>
            <translation>No public check was held in {period}.</translation>
        </message>
        <message>
            <source>No hearing or meeting was held in {period}.</source>
            <translation>No hearing or meeting was held in {period}.</translation>
        </message>
        <message>
            <source>No target was revised in {period}.</source>
            <translation>No target was revised in {period}.</translation>
        </message>
        <message>
            <source>The plan names no executors yet.</source>
            <translation>The plan names no executors yet.</translation>
        </message>
        <message>
            <source>Check {stage}, {date}</source>
            <translation>Check {stage}, {date}</translation>
        </message>
        <message>
            <source>Checked by: {who}</source>
            <translation>Checked by: {who}</translation>
        </message>
        <message>
            <source>Citizens taking part: {n}</source>
            <translation>Citizens taking part: {n}</translation>
        </message>
        <message>
            <source>Rating: timeliness {timeliness} of 5, quality {quality} of 5</source>
            <translation>Rating: timeliness {timeliness} of 5, quality {quality} of 5</translation>
        </message>
        <message>
            <source>Findings: {findings}</source>
            <translation>Findings: {findings}</translation>
        </message>
        <message>
            <source>No photo is attached to this check.</source>
            <translation>No photo is attached to this check.</translation>
        </message>
        <message>
            <source>The photo {name} cannot be shown in the PDF (not a readable image).</source>
            <translation>The photo {name} cannot be shown in the PDF (not a readable image).</translation>
        </message>
        <message>
            <source>… and {n} more photos in the database</source>
            <translation>… and {n} more photos in the database</translation>
        </message>
        <message>
            <source>Attendance: {attendance}, of them women: {women} ({share})</source>
            <translation>Attendance: {attendance}, of them women: {women} ({share})</translation>
        </message>
        <message>
            <source>No proposal was recorded.</source>
            <translation>No proposal was recorded.</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Responsible executor</source>
            <translation>Responsible executor</translation>
        </message>
        <message>
            <source>Done on time</source>
            <translation>Done on time</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Done late</translation>
        </message>
        <message>
            <source>Indicator progress</source>
            <translation>Indicator progress</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>(no executor named in the plan)</source>
            <translation>(no executor named in the plan)</translation>
        </message>
        <message>
            <source>Measures count by their lead executor, indicators by the responsible named in the matrix. The score is the mean of the indicator progress and the share of measures done; rank 1 is the best.</source>
            <translation>Measures count by their lead executor, indicators by the responsible named in the matrix. The score is the mean of the indicator progress and the share of measures done; rank 1 is the best.</translation>
        </message>
        <message>
            <source>Target of</source>
            <translation>Target of</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>end of the programme</source>
            <translation>end of the programme</translation>
        </message>
        <message>
            <source>The quota of at least {target} women is met.</source>
            <translation>The quota of at least {target} women is met.</translation>
        </message>
        <message>
            <source>The quota of at least {target} women is not met: {missing} more would reach it.</source>
            <translation>The quota of at least {target} women is not met: {missing} more would reach it.</translation>
        </message>
        <message>
            <source>The quota of about {target} young people under {age} is met.</source>
            <translation>The quota of about {target} young people under {age} is met.</translation>
        </message>
        <message>
            <source>The quota of about {target} young people under {age} is not met: {missing} more would reach it.</source>
            <translation>The quota of about {target} young people under {age} is not met: {missing} more would reach it.</translation>
        </message>
        <message>
            <source>Public checks</source>
            <translation>Public checks</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Hearings</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Working group</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>Budget by year</translation>
        </message>
        <message>
            <source>Budget by year: planned in the year against spent in it</source>
            <translation>Budget by year: planned in the year against spent in it</translation>
        </message>
        <message>
            <source>A measure whose planned cost is not split by year counts as spread evenly over its years.</source>
            <translation>A measure whose planned cost is not split by year counts as spread evenly over its years.</translation>
        </message>
        <message>
            <source>Direction or measure</source>
            <translation>Direction or measure</translation>
        </message>
        <message>
            <source>Split by year</source>
            <translation>Split by year</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Priority direction</source>
            <translation>Priority direction</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation type="vanished">Direction</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>no: spread evenly</source>
            <translation>no: spread evenly</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>Citizens</source>
            <translation>Citizens</translation>
        </message>
        <message>
            <source>Timeliness (1–5)</source>
            <translation>Timeliness (1–5)</translation>
        </message>
        <message>
            <source>Quality (1–5)</source>
            <translation>Quality (1–5)</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Women, %</source>
            <translation>Women, %</translation>
        </message>
        <message>
            <source>Done, %</source>
            <translation>Done, %</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Executors</source>
            <translation>Executors</translation>
        </message>
        <message>
            <source>Planned, som</source>
            <translation>Planned, som</translation>
        </message>
        <message>
            <source>Spent, som</source>
            <translation>Spent, som</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>(by agreement)</source>
            <translation>(by agreement)</translation>
        </message>
        <message>
            <source>The programme has no measures yet.</source>
            <translation>The programme has no measures yet.</translation>
        </message>
        <message>
            <source>No planned costs are entered.</source>
            <translation>No planned costs are entered.</translation>
        </message>
        <message>
            <source>Summary of the period</source>
            <translation>Summary of the period</translation>
        </message>
        <message>
            <source>Analysis of progress</source>
            <translation>Analysis of progress</translation>
        </message>
        <message>
            <source>Weak points</source>
            <translation>Weak points</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Proposed target corrections</source>
            <translation>Proposed target corrections</translation>
        </message>
        <message>
            <source>The working group has not written the evaluation of this period yet.</source>
            <translation>The working group has not written the evaluation of this period yet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Role in the group</source>
            <translation>Role in the group</translation>
        </message>
        <message>
            <source>Women: {women} of {total} ({women_share}); young people under 28: {youth} ({youth_share}).</source>
            <translation>Women: {women} of {total} ({women_share}); young people under 28: {youth} ({youth_share}).</translation>
        </message>
        <message>
            <source>The guidance asks for at least 35 % women and about 20 % young people.</source>
            <translation>The guidance asks for at least 35 % women and about 20 % young people.</translation>
        </message>
        <message>
            <source>The members of the working group are not entered yet.</source>
            <translation>The members of the working group are not entered yet.</translation>
        </message>
        <message>
            <source>mayor's office</source>
            <translation type="vanished">mayor's office</translation>
        </message>
        <message>
            <source>council</source>
            <translation type="vanished">council</translation>
        </message>
        <message>
            <source>business</source>
            <translation type="vanished">business</translation>
        </message>
        <message>
            <source>civil society / NGO</source>
            <translation type="vanished">civil society / NGO</translation>
        </message>
        <message>
            <source>chair</source>
            <translation type="vanished">chair</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation type="vanished">secretary</translation>
        </message>
        <message>
            <source>member</source>
            <translation type="vanished">member</translation>
        </message>
        <message>
            <source>Chair of the monitoring working group</source>
            <translation>Chair of the monitoring working group</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>Mayor</translation>
        </message>
        <message>
            <source>Head of the aiyl okmotu</source>
            <translation>Head of the aiyl okmotu</translation>
        </message>
        <message>
            <source>Electronic signature</source>
            <translation>Electronic signature</translation>
        </message>
        <message>
            <source>The report is signed electronically (PAdES): first by the chair, then by the {head}. Each signature appears in its box below; the date of signing and the signer's certificate are kept inside the PDF file.</source>
            <translation>The report is signed electronically (PAdES): first by the chair, then by the {head}. Each signature appears in its box below; the date of signing and the signer's certificate are kept inside the PDF file.</translation>
        </message>
        <message>
            <source>Fingerprint of the approved data (SHA-256)</source>
            <translation>Fingerprint of the approved data (SHA-256)</translation>
        </message>
        <message>
            <source>The fingerprint is computed from the period's actuals, targets, measure progress and evaluation; the same data always give the same fingerprint, so anyone can check that the figures were not changed after approval.</source>
            <translation>The fingerprint is computed from the period's actuals, targets, measure progress and evaluation; the same data always give the same fingerprint, so anyone can check that the figures were not changed after approval.</translation>
        </message>
        <message>
            <source>(name not entered)</source>
            <translation>(name not entered)</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="vanished">on track</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation type="vanished">at risk</translation>
        </message>
        <message>
            <source>off track</source>
            <translation type="vanished">off track</translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="vanished">no data</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">done</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">in progress</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">not started</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">delayed</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">cancelled</translation>
        </message>
        <message>
            <source>local budget</source>
            <translation type="vanished">local budget</translation>
        </message>
        <message>
            <source>republican budget</source>
            <translation type="vanished">republican budget</translation>
        </message>
        <message>
            <source>development fund</source>
            <translation type="vanished">development fund</translation>
        </message>
        <message>
            <source>donors</source>
            <translation type="vanished">donors</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation type="vanished">sponsors</translation>
        </message>
        <message>
            <source>community contribution</source>
            <translation type="vanished">community contribution</translation>
        </message>
        <message>
            <source>investors</source>
            <translation type="vanished">investors</translation>
        </message>
        <message>
            <source>public-private partnership</source>
            <translation type="vanished">public-private partnership</translation>
        </message>
        <message>
            <source>other sources</source>
            <translation type="vanished">other sources</translation>
        </message>
        <message>
            <source>impact</source>
            <translation type="vanished">impact</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation type="vanished">outcome</translation>
        </message>
        <message>
            <source>output</source>
            <translation type="vanished">output</translation>
        </message>
        <message>
            <source>increase</source>
            <translation type="vanished">increase</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation type="vanished">decrease</translation>
        </message>
        <message>
            <source>keep</source>
            <translation type="vanished">keep</translation>
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
            <translation type="vanished">ratio</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation type="vanished">yes/no</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Overall progress {year}: {now}; {previous}: {before}.</source>
            <translation>Overall progress {year}: {now}; {previous}: {before}.</translation>
        </message>
        <message>
            <source>{municipality}: how is our development programme going?</source>
            <translation>{municipality}: how is our development programme going?</translation>
        </message>
        <message>
            <source>of the way to this period's targets</source>
            <translation>of the way to this period's targets</translation>
        </message>
        <message>
            <source>measures done</source>
            <translation>measures done</translation>
        </message>
        <message>
            <source>measures under way</source>
            <translation>measures under way</translation>
        </message>
        <message>
            <source>of the planned money spent</source>
            <translation>of the planned money spent</translation>
        </message>
        <message>
            <source>indicators on track</source>
            <translation>indicators on track</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>What is behind</source>
            <translation>What is behind</translation>
        </message>
        <message>
            <source>Where the money came from</source>
            <translation>Where the money came from</translation>
        </message>
        <message>
            <source>No measure is finished yet in this period.</source>
            <translation>No measure is finished yet in this period.</translation>
        </message>
        <message>
            <source>No indicator is behind its target.</source>
            <translation>No indicator is behind its target.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the mayor's office.</source>
            <translation>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the mayor's office.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the aiyl okmotu.</source>
            <translation>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the aiyl okmotu.</translation>
        </message>
        <message>
            <source>Have your say: public hearings and the monitoring working group are open to every resident. Ask at the {office}.</source>
            <translation type="vanished">Have your say: public hearings and the monitoring working group are open to every resident. Ask at the {office}.</translation>
        </message>
        <message>
            <source>Source: monitoring of the programme “{title}”, {period}.</source>
            <translation>Source: monitoring of the programme “{title}”, {period}.</translation>
        </message>
        <message>
            <source>Figures approved on {date}.</source>
            <translation>Figures approved on {date}.</translation>
        </message>
        <message>
            <source>Figures not approved yet.</source>
            <translation>Figures not approved yet.</translation>
        </message>
        <message>
            <source>{name}: {actual} {unit} (target {target})</source>
            <translation>{name}: {actual} {unit} (target {target})</translation>
        </message>
        <message>
            <source>{name}: {actual} of {target} {unit}</source>
            <translation type="vanished">{name}: {actual} of {target} {unit}</translation>
        </message>
        <message>
            <source>Indicator performance tracking table</source>
            <translation>Indicator performance tracking table</translation>
        </message>
        <message>
            <source>IPTT</source>
            <translation>IPTT</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Direction of change</source>
            <translation>Direction of change</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Cumulative</translation>
        </message>
        <message>
            <source># or %</source>
            <translation># or %</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Final target</translation>
        </message>
        <message>
            <source>Actual to date</source>
            <translation>Actual to date</translation>
        </message>
        <message>
            <source>Programme total</source>
            <translation>Programme total</translation>
        </message>
        <message>
            <source>Programme progress (mean of indicators)</source>
            <translation>Programme progress (mean of indicators)</translation>
        </message>
        <message>
            <source>% = progress towards the target: (actual − baseline) / (target − baseline). Targets marked ≈ are derived from the yearly targets.</source>
            <translation>% = progress towards the target: (actual − baseline) / (target − baseline). Targets marked ≈ are derived from the yearly targets.</translation>
        </message>
        <message>
            <source>Summed within the year ({indicators}): the actual and the target are the year's totals from January to the end of the period.</source>
            <translation>Summed within the year ({indicators}): the actual and the target are the year's totals from January to the end of the period.</translation>
        </message>
        <message>
            <source>Data-quality note</source>
            <translation>Data-quality note</translation>
        </message>
        <message>
            <source>The round of {period} was approved with open data-quality items, acknowledged by {who} on {date}:</source>
            <translation>The round of {period} was approved with open data-quality items, acknowledged by {who} on {date}:</translation>
        </message>
        <message>
            <source>… and {n} more (all are in the audit trail)</source>
            <translation>… and {n} more (all are in the audit trail)</translation>
        </message>
        <message>
            <source>Executors' ranking, {period}</source>
            <translation>Executors' ranking, {period}</translation>
        </message>
        <message>
            <source>The order forming the working group is not entered.</source>
            <translation>The order forming the working group is not entered.</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Birth year</translation>
        </message>
        <message>
            <source>Revised by</source>
            <translation>Revised by</translation>
        </message>
        <message>
            <source>{source}: executed at {percent} in {year} (planned {planned} som, spent {spent} som, deviation {deviation} som).</source>
            <translation>{source}: executed at {percent} in {year} (planned {planned} som, spent {spent} som, deviation {deviation} som).</translation>
        </message>
        <message>
            <source>{source}: {spent} som spent in {year}, nothing planned for that year.</source>
            <translation>{source}: {spent} som spent in {year}, nothing planned for that year.</translation>
        </message>
        <message>
            <source>The planned cost of measures whose budget is not split by year is spread evenly over their years.</source>
            <translation>The planned cost of measures whose budget is not split by year is spread evenly over their years.</translation>
        </message>
        <message>
            <source>No planned costs or spending in {year}.</source>
            <translation>No planned costs or spending in {year}.</translation>
        </message>
        <message>
            <source>Planned in {year}, som</source>
            <translation>Planned in {year}, som</translation>
        </message>
        <message>
            <source>Spent in {year}, som</source>
            <translation>Spent in {year}, som</translation>
        </message>
    </context>
    <context>
        <name>rights</name>
        <message>
            <source>read the programme and reports</source>
            <translation>read the programme and reports</translation>
        </message>
        <message>
            <source>countersign reports</source>
            <translation>countersign reports</translation>
        </message>
        <message>
            <source>manage their own signing identity</source>
            <translation>manage their own signing identity</translation>
        </message>
        <message>
            <source>enter actuals and measure progress</source>
            <translation>enter actuals and measure progress</translation>
        </message>
        <message>
            <source>submit a reporting round</source>
            <translation>submit a reporting round</translation>
        </message>
        <message>
            <source>write the evaluation</source>
            <translation>write the evaluation</translation>
        </message>
        <message>
            <source>approve a reporting round</source>
            <translation>approve a reporting round</translation>
        </message>
        <message>
            <source>sign reports</source>
            <translation>sign reports</translation>
        </message>
        <message>
            <source>import exchange packages</source>
            <translation>import exchange packages</translation>
        </message>
        <message>
            <source>set up the programme</source>
            <translation>set up the programme</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>reopen an approved round</source>
            <translation>reopen an approved round</translation>
        </message>
        <message>
            <source>create the demo data</source>
            <translation>create the demo data</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restore a backup</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>viewer</source>
            <translation type="vanished">viewer</translation>
        </message>
        <message>
            <source>editor</source>
            <translation type="vanished">editor</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation type="vanished">evaluator</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation type="vanished">administrator</translation>
        </message>
    </context>
    <context>
        <name>signing</name>
        <message>
            <source>Signed electronically</source>
            <translation>Signed electronically</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Date: {date}</translation>
        </message>
        <message>
            <source>Evaluation report {period} approved</source>
            <translation>Evaluation report {period} approved</translation>
        </message>
        <message>
            <source>the chair's box</source>
            <translation>the chair's box</translation>
        </message>
        <message>
            <source>the mayor's box</source>
            <translation>the mayor's box</translation>
        </message>
    </context>
    <context>
        <name>xlsx</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Expected result (output)</source>
            <translation>Expected result (output)</translation>
        </message>
        <message>
            <source>Responsible executors</source>
            <translation>Responsible executors</translation>
        </message>
        <message>
            <source>Planned cost, som: {source}</source>
            <translation>Planned cost, som: {source}</translation>
        </message>
        <message>
            <source>Status ({period})</source>
            <translation>Status ({period})</translation>
        </message>
        <message>
            <source>% complete</source>
            <translation>% complete</translation>
        </message>
        <message>
            <source>Spent, som ({period})</source>
            <translation>Spent, som ({period})</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline ({year})</source>
            <translation>Baseline ({year})</translation>
        </message>
        <message>
            <source>Baseline value</source>
            <translation>Baseline value</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Baseline year</translation>
        </message>
        <message>
            <source>Interim targets (yearly)</source>
            <translation>Interim targets (yearly)</translation>
        </message>
        <message>
            <source>Year {n}</source>
            <translation>Year {n}</translation>
        </message>
        <message>
            <source>Final target</source>
            <translation>Final target</translation>
        </message>
        <message>
            <source>Responsible body</source>
            <translation>Responsible body</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Data source</translation>
        </message>
        <message>
            <source>Measurement method</source>
            <translation>Measurement method</translation>
        </message>
        <message>
            <source>Verifying document</source>
            <translation>Verifying document</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Methodology note</source>
            <translation>Methodology note</translation>
        </message>
        <message>
            <source>How periods combine</source>
            <translation>How periods combine</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Plan item</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <source>Action plan for the implementation of the programme</source>
            <translation>Action plan for the implementation of the programme</translation>
        </message>
        <message>
            <source>Indicator matrix</source>
            <translation>Indicator matrix</translation>
        </message>
        <message>
            <source>Matrix of monitoring and evaluation indicators</source>
            <translation>Matrix of monitoring and evaluation indicators</translation>
        </message>
        <message>
            <source>Goal: {text}</source>
            <translation>Goal: {text}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Local budget</source>
            <translation type="vanished">Local budget</translation>
        </message>
        <message>
            <source>Republican budget</source>
            <translation type="vanished">Republican budget</translation>
        </message>
        <message>
            <source>Development fund</source>
            <translation type="vanished">Development fund</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation type="vanished">Donors</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation type="vanished">Sponsors</translation>
        </message>
        <message>
            <source>Community contribution</source>
            <translation type="vanished">Community contribution</translation>
        </message>
        <message>
            <source>Investors</source>
            <translation type="vanished">Investors</translation>
        </message>
        <message>
            <source>Public-private partnership</source>
            <translation type="vanished">Public-private partnership</translation>
        </message>
        <message>
            <source>Other sources</source>
            <translation type="vanished">Other sources</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="vanished">not started</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="vanished">in progress</translation>
        </message>
        <message>
            <source>done</source>
            <translation type="vanished">done</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation type="vanished">delayed</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation type="vanished">cancelled</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation type="vanished">cumulative</translation>
        </message>
        <message>
            <source>level</source>
            <translation type="vanished">level</translation>
        </message>
        <message>
            <source>average</source>
            <translation type="vanished">average</translation>
        </message>
        <message>
            <source>increase</source>
            <translation type="vanished">increase</translation>
        </message>
        <message>
            <source>decrease</source>
            <translation type="vanished">decrease</translation>
        </message>
        <message>
            <source>keep</source>
            <translation type="vanished">keep</translation>
        </message>
        <message>
            <source>impact</source>
            <translation type="vanished">impact</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation type="vanished">outcome</translation>
        </message>
        <message>
            <source>output</source>
            <translation type="vanished">output</translation>
        </message>
    </context>
</TS>
