<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>LanguageName</name>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guichet — your mutuality</source>
        <translation>Guichet — your mutuality</translation>
    </message>
    <message>
        <source>Your mutuality</source>
        <translation>Your mutuality</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>Online — %n operation(s) being sent</source>
        <translation>
            <numerusform>Online — %n operation being sent</numerusform>
            <numerusform>Online — %n operations being sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting</source>
        <translation>
            <numerusform>Offline — %n operation waiting</numerusform>
            <numerusform>Offline — %n operations waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to your mutuality</source>
        <translation>Welcome to your mutuality</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card into the reader to find or enrol them.</source>
        <translation>Insert the member&apos;s eID card into the reader to find or enrol them.</translation>
    </message>
    <message>
        <source>Please insert your eID card into the reader.</source>
        <translation>Please insert your eID card into the reader.</translation>
    </message>
    <message>
        <source>You will then be asked for your PIN code to see your file.</source>
        <translation>You will then be asked for your PIN code to see your file.</translation>
    </message>
    <message>
        <source>Choose your language at the top of the screen.</source>
        <translation>Choose your language at the top of the screen.</translation>
    </message>
</context>
</TS>
