<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AutoBackup</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>%n occasion</numerusform>
            <numerusform>%n occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n gift</numerusform>
            <numerusform>%n gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n budget</numerusform>
            <numerusform>%n budgets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTransfer</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln occasion</numerusform>
            <numerusform>%Ln occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>Clear purchaser of %Ln gift(s)</source>
        <translation>
            <numerusform>Clear purchaser of %Ln gift</numerusform>
            <numerusform>Clear purchaser of %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign {name} to buy %Ln gift(s)</source>
        <translation>
            <numerusform>Assign {name} to buy %Ln gift</numerusform>
            <numerusform>Assign {name} to buy %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign a purchaser to %Ln gift(s)</source>
        <translation>
            <numerusform>Assign a purchaser to %Ln gift</numerusform>
            <numerusform>Assign a purchaser to %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln gift(s) as {status}</source>
        <translation>
            <numerusform>Mark %Ln gift as {status}</numerusform>
            <numerusform>Mark %Ln gifts as {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add {name} as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>Add {name} as recipient of %Ln gift</numerusform>
            <numerusform>Add {name} as recipient of %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove {name} as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>Remove {name} as recipient of %Ln gift</numerusform>
            <numerusform>Remove {name} as recipient of %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the occasion of %Ln gift(s)</source>
        <translation>
            <numerusform>Remove the occasion of %Ln gift</numerusform>
            <numerusform>Remove the occasion of %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln gift(s) to {occasion}</source>
        <translation>
            <numerusform>Move %Ln gift to {occasion}</numerusform>
            <numerusform>Move %Ln gifts to {occasion}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln gift(s) to an occasion</source>
        <translation>
            <numerusform>Move %Ln gift to an occasion</numerusform>
            <numerusform>Move %Ln gifts to an occasion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperations</name>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchaser cleared on %Ln gift(s)</source>
        <translation>
            <numerusform>Purchaser cleared on %Ln gift</numerusform>
            <numerusform>Purchaser cleared on %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} will buy %Ln gift(s)</source>
        <translation>
            <numerusform>{name} will buy %Ln gift</numerusform>
            <numerusform>{name} will buy %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They will buy %Ln gift(s)</source>
        <translation>
            <numerusform>They will buy %Ln gift</numerusform>
            <numerusform>They will buy %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) marked as {status}</source>
        <translation>
            <numerusform>%Ln gift marked as {status}</numerusform>
            <numerusform>%Ln gifts marked as {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Occasion cleared on %Ln gift(s)</source>
        <translation>
            <numerusform>Occasion cleared on %Ln gift</numerusform>
            <numerusform>Occasion cleared on %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) moved to {occasion}</source>
        <translation>
            <numerusform>%Ln gift moved to {occasion}</numerusform>
            <numerusform>%Ln gifts moved to {occasion}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) moved to the occasion</source>
        <translation>
            <numerusform>%Ln gift moved to the occasion</numerusform>
            <numerusform>%Ln gifts moved to the occasion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} added as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} added as recipient of %Ln gift</numerusform>
            <numerusform>{name} added as recipient of %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sentence} (%Ln already had them)</source>
        <translation>
            <numerusform>{sentence} (%Ln already had them)</numerusform>
            <numerusform>{sentence} (%Ln already had them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} removed as recipient of %Ln gift(s)</source>
        <translation>
            <numerusform>{name} removed as recipient of %Ln gift</numerusform>
            <numerusform>{name} removed as recipient of %Ln gifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FontCoverage</name>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} and %Ln more</numerusform>
            <numerusform>{names} and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>leaves its %Ln gift(s) with no occasion</source>
        <translation>
            <numerusform>leaves its %Ln gift with no occasion</numerusform>
            <numerusform>leaves its %Ln gifts with no occasion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deletes %Ln person budget(s) set for it</source>
        <translation>
            <numerusform>deletes %Ln person budget set for it</numerusform>
            <numerusform>deletes %Ln person budgets set for it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln gift(s)…</source>
        <translation>
            <numerusform>Loading %Ln gift…</numerusform>
            <numerusform>Loading %Ln gifts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) selected · {amount}</source>
        <translation>
            <numerusform>%Ln gift selected · {amount}</numerusform>
            <numerusform>%Ln gifts selected · {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln gift(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln gift</numerusform>
            <numerusform>Showing {shown} of %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln person(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln person</numerusform>
            <numerusform>Showing {shown} of %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln occasion</numerusform>
            <numerusform>%Ln occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln occasion(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln occasion</numerusform>
            <numerusform>Showing {shown} of %Ln occasions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln selected gift(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the %Ln selected gift? You can undo this.</numerusform>
            <numerusform>Delete the %Ln selected gifts? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln gift(s)</source>
        <translation>
            <numerusform>Delete %Ln gift</numerusform>
            <numerusform>Delete %Ln gifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccasionChooserDialog</name>
    <message numerus="yes">
        <source>Move %Ln gift(s) to an occasion</source>
        <translation>
            <numerusform>Move %Ln gift to an occasion</numerusform>
            <numerusform>Move %Ln gifts to an occasion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDeletion</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receives %Ln gift(s)</source>
        <translation>
            <numerusform>receives %Ln gift</numerusform>
            <numerusform>receives %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys %Ln</source>
        <translation>
            <numerusform>buys %Ln</numerusform>
            <numerusform>buys %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys %Ln gift(s)</source>
        <translation>
            <numerusform>buys %Ln gift</numerusform>
            <numerusform>buys %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chips in to %Ln</source>
        <translation>
            <numerusform>chips in to %Ln</numerusform>
            <numerusform>chips in to %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chips in to %Ln gift(s)</source>
        <translation>
            <numerusform>chips in to %Ln gift</numerusform>
            <numerusform>chips in to %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln gifts {name} buys will have no purchaser.</source>
        <translation>
            <numerusform>The %Ln gifts {name} buys will have no purchaser.</numerusform>
            <numerusform>The %Ln gifts {name} buys will have no purchaser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln budget(s) will be deleted.</source>
        <translation>
            <numerusform>Their %Ln budget will be deleted.</numerusform>
            <numerusform>Their %Ln budgets will be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaserPicker</name>
    <message numerus="yes">
        <source>Who buys these %Ln gift(s)?</source>
        <translation>
            <numerusform>Who buys these %Ln gift?</numerusform>
            <numerusform>Who buys these %Ln gifts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who else receives these %Ln gift(s)?</source>
        <translation>
            <numerusform>Who else receives these %Ln gift?</numerusform>
            <numerusform>Who else receives these %Ln gifts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who no longer receives these %Ln gift(s)?</source>
        <translation>
            <numerusform>Who no longer receives these %Ln gift?</numerusform>
            <numerusform>Who no longer receives these %Ln gifts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln of these gifts</source>
        <translation>
            <numerusform>all %Ln of these gifts</numerusform>
            <numerusform>all %Ln of these gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign purchaser for %Ln gift(s)</source>
        <translation>
            <numerusform>Assign purchaser for %Ln gift</numerusform>
            <numerusform>Assign purchaser for %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add recipient to %Ln gift(s)</source>
        <translation>
            <numerusform>Add recipient to %Ln gift</numerusform>
            <numerusform>Add recipient to %Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove recipient from %Ln gift(s)</source>
        <translation>
            <numerusform>Remove recipient from %Ln gift</numerusform>
            <numerusform>Remove recipient from %Ln gifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occasion(s)</source>
        <translation>
            <numerusform>%Ln occasion</numerusform>
            <numerusform>%Ln occasions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n budget</numerusform>
            <numerusform>%n budgets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message numerus="yes">
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n gift</numerusform>
            <numerusform>%n gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new occasion(s)</source>
        <translation>
            <numerusform>%n new occasion</numerusform>
            <numerusform>%n new occasions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{gifts} will be imported, for and by {people} (%n new: {names}).</source>
        <translation>
            <numerusform>{gifts} will be imported, for and by {people} (%n new: {names}).</numerusform>
            <numerusform>{gifts} will be imported, for and by {people} (%n new: {names}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message numerus="yes">
        <source>Nothing in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing in the next %n day.</numerusform>
            <numerusform>Nothing in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up in the next %n day(s)</source>
        <translation>
            <numerusform>Coming up in the next %n day</numerusform>
            <numerusform>Coming up in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s) without a buyer</source>
        <translation>
            <numerusform>%Ln gift without a buyer</numerusform>
            <numerusform>%Ln gifts without a buyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message numerus="yes">
        <source>%Ln gift(s) without a buyer yet</source>
        <translation>
            <numerusform>%Ln gift without a buyer yet</numerusform>
            <numerusform>%Ln gifts without a buyer yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
    </message>
</context>
</TS>
