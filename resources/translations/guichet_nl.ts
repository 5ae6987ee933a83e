<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
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
        <translation>Loket — uw ziekenfonds</translation>
    </message>
    <message>
        <source>Your mutuality</source>
        <translation>Uw ziekenfonds</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>Online — %n operation(s) being sent</source>
        <translation>
            <numerusform>Online — %n verrichting wordt verzonden</numerusform>
            <numerusform>Online — %n verrichtingen worden verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting</source>
        <translation>
            <numerusform>Offline — %n verrichting wacht</numerusform>
            <numerusform>Offline — %n verrichtingen wachten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to your mutuality</source>
        <translation>Welkom bij uw ziekenfonds</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card into the reader to find or enrol them.</source>
        <translation>Steek de eID-kaart van het lid in de lezer om het dossier te vinden of het lid in te schrijven.</translation>
    </message>
    <message>
        <source>Please insert your eID card into the reader.</source>
        <translation>Steek uw eID-kaart in de lezer.</translation>
    </message>
    <message>
        <source>You will then be asked for your PIN code to see your file.</source>
        <translation>Daarna vragen we uw pincode om uw dossier te bekijken.</translation>
    </message>
    <message>
        <source>Choose your language at the top of the screen.</source>
        <translation>Kies uw taal bovenaan het scherm.</translation>
    </message>
</context>
</TS>
