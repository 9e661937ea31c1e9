<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
