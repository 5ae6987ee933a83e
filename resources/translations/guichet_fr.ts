<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
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
        <translation>Guichet — votre mutualité</translation>
    </message>
    <message>
        <source>Your mutuality</source>
        <translation>Votre mutualité</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message numerus="yes">
        <source>Online — %n operation(s) being sent</source>
        <translation>
            <numerusform>En ligne — %n opération en cours d'envoi</numerusform>
            <numerusform>En ligne — %n opérations en cours d'envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %n opération en attente</numerusform>
            <numerusform>Hors ligne — %n opérations en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to your mutuality</source>
        <translation>Bienvenue à votre mutualité</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card into the reader to find or enrol them.</source>
        <translation>Introduisez la carte eID du membre dans le lecteur pour retrouver son dossier ou l&apos;inscrire.</translation>
    </message>
    <message>
        <source>Please insert your eID card into the reader.</source>
        <translation>Introduisez votre carte eID dans le lecteur.</translation>
    </message>
    <message>
        <source>You will then be asked for your PIN code to see your file.</source>
        <translation>Votre code PIN vous sera ensuite demandé pour consulter votre dossier.</translation>
    </message>
    <message>
        <source>Choose your language at the top of the screen.</source>
        <translation>Choisissez votre langue en haut de l&apos;écran.</translation>
    </message>
</context>
</TS>
