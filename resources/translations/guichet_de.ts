<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
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
        <translation>Schalter — Ihre Krankenkasse</translation>
    </message>
    <message>
        <source>Your mutuality</source>
        <translation>Ihre Krankenkasse</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>Online — %n operation(s) being sent</source>
        <translation>
            <numerusform>Online — %n Vorgang wird gesendet</numerusform>
            <numerusform>Online — %n Vorgänge werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Vorgang wartet</numerusform>
            <numerusform>Offline — %n Vorgänge warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to your mutuality</source>
        <translation>Willkommen bei Ihrer Krankenkasse</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card into the reader to find or enrol them.</source>
        <translation>Stecken Sie die eID-Karte des Mitglieds in das Lesegerät, um seine Akte zu finden oder es einzuschreiben.</translation>
    </message>
    <message>
        <source>Please insert your eID card into the reader.</source>
        <translation>Bitte stecken Sie Ihre eID-Karte in das Lesegerät.</translation>
    </message>
    <message>
        <source>You will then be asked for your PIN code to see your file.</source>
        <translation>Danach werden Sie nach Ihrer PIN gefragt, um Ihre Akte einzusehen.</translation>
    </message>
    <message>
        <source>Choose your language at the top of the screen.</source>
        <translation>Wählen Sie Ihre Sprache oben auf dem Bildschirm.</translation>
    </message>
</context>
</TS>
