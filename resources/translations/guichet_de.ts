<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name></name>
    <message>
        <source>Please go to the counter: a colleague will help you.</source>
        <translation>Bitte gehen Sie zum Schalter: Ein Mitarbeiter hilft Ihnen weiter.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader before we finished.</source>
        <translation>Die Karte wurde aus dem Lesegerät genommen, bevor wir fertig waren.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>Diese Karte ist keine belgische eID-Karte.</translation>
    </message>
    <message>
        <source>Your card could not be read.</source>
        <translation>Ihre Karte konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The data on this card could not be verified. It cannot be used here.</source>
        <translation>Die Daten auf dieser Karte konnten nicht überprüft werden. Die Karte kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Your card has expired. It cannot be used to identify you.</source>
        <translation>Ihre Karte ist abgelaufen. Sie kann nicht zu Ihrer Identifizierung verwendet werden.</translation>
    </message>
    <message>
        <source>Your PIN code is blocked. Your municipality can unblock it with your PUK code.</source>
        <translation>Ihr PIN-Code ist gesperrt. Ihre Gemeinde kann ihn mit Ihrem PUK-Code entsperren.</translation>
    </message>
    <message>
        <source>This card cannot be used with a PIN code (a kids&apos; card, for example).</source>
        <translation>Diese Karte kann nicht mit einem PIN-Code verwendet werden (zum Beispiel eine Kids-ID).</translation>
    </message>
    <message>
        <source>The card reader is not working.</source>
        <translation>Das Kartenlesegerät funktioniert nicht.</translation>
    </message>
    <message>
        <source>Something went wrong with your card.</source>
        <translation>Bei Ihrer Karte ist ein Problem aufgetreten.</translation>
    </message>
    <message>
        <source>We cannot continue</source>
        <translation>Wir können nicht fortfahren</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Your file cannot be reached at the moment: the connection to the mutuality is down.</source>
        <translation>Ihre Akte ist im Moment nicht erreichbar: Die Verbindung zur Krankenkasse ist unterbrochen.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or go to the counter.</source>
        <translation>Bitte versuchen Sie es in einigen Minuten erneut oder gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>Your online account is being created</source>
        <translation>Ihr Online-Konto wird eingerichtet</translation>
    </message>
    <message>
        <source>Your login details will be sent by post to your home address.</source>
        <translation>Ihre Anmeldedaten werden Ihnen per Post an Ihre Wohnadresse geschickt.</translation>
    </message>
    <message>
        <source>The letter leaves on %1 at the latest.</source>
        <translation>Der Brief wird spätestens am %1 verschickt.</translation>
    </message>
    <message>
        <source>A new password is on its way</source>
        <translation>Ein neues Passwort ist unterwegs</translation>
    </message>
    <message>
        <source>If this national number has an online account, a new password is sent by post to the home address we know.</source>
        <translation>Wenn für diese Nationalregisternummer ein Online-Konto besteht, wird ein neues Passwort per Post an die uns bekannte Wohnadresse geschickt.</translation>
    </message>
    <message>
        <source>Your request has been sent</source>
        <translation>Ihre Anfrage wurde gesendet</translation>
    </message>
    <message>
        <source>A colleague will contact you in the way you chose.</source>
        <translation>Ein Mitarbeiter wird Sie auf dem von Ihnen gewählten Weg kontaktieren.</translation>
    </message>
    <message>
        <source>You can follow your request under &quot;My requests&quot; once you can log in.</source>
        <translation>Sie können Ihre Anfrage unter „Meine Anfragen“ verfolgen, sobald Sie sich anmelden können.</translation>
    </message>
    <message>
        <source>Your change of mutuality will take effect on %1.</source>
        <translation>Ihr Krankenkassenwechsel wird am %1 wirksam.</translation>
    </message>
    <message>
        <source>Your affiliation will take effect on %1.</source>
        <translation>Ihr Beitritt wird am %1 wirksam.</translation>
    </message>
    <message>
        <source>Welcome! Your signed form has been sent</source>
        <translation>Willkommen! Ihr unterschriebenes Formular wurde gesendet</translation>
    </message>
    <message>
        <source>We will confirm by post. Keep your card: you can use it here from then on.</source>
        <translation>Wir bestätigen Ihnen das per Post. Behalten Sie Ihre Karte: Ab dann können Sie sie hier verwenden.</translation>
    </message>
    <message>
        <source>The connection is down: your request is kept on this terminal and sent as soon as it is back.</source>
        <translation>Die Verbindung ist unterbrochen: Ihre Anfrage wird auf diesem Gerät gespeichert und gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Your online account is on its way</source>
        <translation>Ihr Online-Konto ist unterwegs</translation>
    </message>
    <message>
        <source>Your login details have been sent by post. Use them to log in for the first time.</source>
        <translation>Ihre Anmeldedaten wurden Ihnen per Post geschickt. Verwenden Sie sie für Ihre erste Anmeldung.</translation>
    </message>
    <message>
        <source>Your affiliation is being processed</source>
        <translation>Ihr Beitritt wird bearbeitet</translation>
    </message>
    <message>
        <source>We have received your signed form. We will confirm by post.</source>
        <translation>Wir haben Ihr unterschriebenes Formular erhalten. Wir bestätigen Ihnen das per Post.</translation>
    </message>
    <message>
        <source>We cannot do this here</source>
        <translation>Das ist hier nicht möglich</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Es ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The national number or the password is not right.</source>
        <translation>Die Nationalregisternummer oder das Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>Your online account is deactivated. Use &quot;I cannot log in&quot; or go to the counter.</source>
        <translation>Ihr Online-Konto ist deaktiviert. Verwenden Sie „Ich kann mich nicht anmelden“ oder gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>Your online account is not active yet: use the login details sent by post.</source>
        <translation>Ihr Online-Konto ist noch nicht aktiv: Verwenden Sie die Anmeldedaten, die Ihnen per Post geschickt wurden.</translation>
    </message>
    <message>
        <source>There is no online account for this national number.</source>
        <translation>Für diese Nationalregisternummer gibt es kein Online-Konto.</translation>
    </message>
    <message>
        <source>Type your national number: 11 digits, for example 85.07.30-033.28.</source>
        <translation>Geben Sie Ihre Nationalregisternummer ein: 11 Ziffern, zum Beispiel 85.07.30-033.28.</translation>
    </message>
    <message>
        <source>The token code is not right.</source>
        <translation>Der Token-Code ist nicht richtig.</translation>
    </message>
    <message>
        <source>Please press Next to be asked for a new code of your token card.</source>
        <translation>Drücken Sie auf Weiter, um nach einem neuen Code Ihrer Token-Karte gefragt zu werden.</translation>
    </message>
    <message>
        <source>This national number is not valid: check its 11 digits.</source>
        <translation>Diese Nationalregisternummer ist ungültig: Überprüfen Sie die 11 Ziffern.</translation>
    </message>
    <message>
        <source>We do not find a holder with this national number.</source>
        <translation>Wir finden keinen Berechtigten mit dieser Nationalregisternummer.</translation>
    </message>
    <message>
        <source>Type the national number of the member you depend on.</source>
        <translation>Geben Sie die Nationalregisternummer des Mitglieds ein, zu dessen Lasten Sie leben.</translation>
    </message>
    <message>
        <source>You are already a member of the mutuality.</source>
        <translation>Sie sind bereits Mitglied der Krankenkasse.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Example: 0470 12 34 56.</source>
        <translation>Diese Telefonnummer ist ungültig. Beispiel: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>This email address is not valid. Example: name@example.be.</source>
        <translation>Diese E-Mail-Adresse ist ungültig. Beispiel: name@example.be.</translation>
    </message>
    <message>
        <source>Give a phone number or an email address so we can answer you.</source>
        <translation>Geben Sie eine Telefonnummer oder eine E-Mail-Adresse an, damit wir Ihnen antworten können.</translation>
    </message>
    <message>
        <source>Tell us in a few words what happens.</source>
        <translation>Beschreiben Sie uns in wenigen Worten, was passiert.</translation>
    </message>
    <message>
        <source>Choose your current mutuality in the list.</source>
        <translation>Wählen Sie Ihre aktuelle Krankenkasse in der Liste aus.</translation>
    </message>
    <message>
        <source>The login or the password is not right.</source>
        <translation>Der Benutzername oder das Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>This staff account is disabled.</source>
        <translation>Dieses Mitarbeiterkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>No member has this national number.</source>
        <translation>Es gibt kein Mitglied mit dieser Nationalregisternummer.</translation>
    </message>
    <message>
        <source>An online account can be opened from the age of majority.</source>
        <translation>Ein Online-Konto kann erst ab der Volljährigkeit eröffnet werden.</translation>
    </message>
    <message>
        <source>You already have an online account.</source>
        <translation>Sie haben bereits ein Online-Konto.</translation>
    </message>
    <message>
        <source>You are not a member of the mutuality.</source>
        <translation>Sie sind nicht Mitglied der Krankenkasse.</translation>
    </message>
    <message>
        <source>The connection to the mutuality is down. Please try again later.</source>
        <translation>Die Verbindung zur Krankenkasse ist unterbrochen. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Please check what you typed.</source>
        <translation>Bitte überprüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until %1.</source>
        <translation>Zu viele Fehlversuche: Dieses Konto ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for a while.</source>
        <translation>Zu viele Fehlversuche: Dieses Konto ist vorübergehend gesperrt.</translation>
    </message>
    <message>
        <source>This request cannot be sent as it is. Please check what you typed.</source>
        <translation>Diese Anfrage kann so nicht gesendet werden. Bitte überprüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again, or go to the counter.</source>
        <translation>Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut oder gehen Sie zum Schalter.</translation>
    </message>
</context>
<context>
    <name>ActivationScreen</name>
    <message>
        <source>Activate your online account (e-Mut)</source>
        <translation>Aktivieren Sie Ihr Online-Konto (e-Mut)</translation>
    </message>
    <message>
        <source>%1, you do not have an online account yet. With it you can see your file, order documents and follow your requests, here and at home.</source>
        <translation>%1, Sie haben noch kein Online-Konto. Damit können Sie Ihre Akte einsehen, Dokumente bestellen und Ihre Anfragen verfolgen, hier und zu Hause.</translation>
    </message>
    <message>
        <source>Your login details will be sent by post to:</source>
        <translation>Ihre Anmeldedaten werden per Post geschickt an:</translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation>Mein Konto aktivieren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>BusyScreen</name>
    <message>
        <source>One moment please…</source>
        <translation>Einen Moment bitte…</translation>
    </message>
    <message>
        <source>Your card is checking your PIN code. Leave it in the reader.</source>
        <translation>Ihre Karte prüft Ihren PIN-Code. Lassen Sie sie im Lesegerät.</translation>
    </message>
    <message>
        <source>Looking up your file…</source>
        <translation>Ihre Akte wird gesucht…</translation>
    </message>
    <message>
        <source>Your card is signing the form. Leave it in the reader.</source>
        <translation>Ihre Karte unterschreibt das Formular. Lassen Sie sie im Lesegerät.</translation>
    </message>
    <message>
        <source>Checking your login…</source>
        <translation>Ihre Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Ihre Anfrage wird gesendet…</translation>
    </message>
</context>
<context>
    <name>CannotLoginScreen</name>
    <message>
        <source>I cannot log in</source>
        <translation>Ich kann mich nicht anmelden</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message numerus="yes">
        <source>Are you still there? Your session ends in %n second(s).</source>
        <translation>
            <numerusform>Sind Sie noch da? Ihre Sitzung endet in %n Sekunde.</numerusform>
            <numerusform>Sind Sie noch da? Ihre Sitzung endet in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>DeactivatedScreen</name>
    <message>
        <source>Your online account is deactivated</source>
        <translation>Ihr Online-Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>Your online account has been deactivated, so your file cannot be opened here.</source>
        <translation>Ihr Online-Konto wurde deaktiviert, daher kann Ihre Akte hier nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Send us the &quot;I cannot log in&quot; form and a colleague will reactivate it with you, or go to the counter.</source>
        <translation>Senden Sie uns das Formular „Ich kann mich nicht anmelden“, und ein Mitarbeiter aktiviert Ihr Konto gemeinsam mit Ihnen wieder, oder gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>I cannot log in</source>
        <translation>Ich kann mich nicht anmelden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card, or type their national number.</source>
        <translation>Stecken Sie die eID-Karte des Mitglieds ein oder geben Sie seine Nationalregisternummer ein.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordScreen</name>
    <message>
        <source>Forgot my password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>A new password will be sent by post to your home address.</source>
        <translation>Ein neues Passwort wird Ihnen per Post an Ihre Wohnadresse geschickt.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Send me a new password</source>
        <translation>Mir ein neues Passwort schicken</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Your file</source>
        <translation>Ihre Akte</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <translation>Hallo %1</translation>
    </message>
    <message>
        <source>Identified with your eID card and PIN code.</source>
        <translation>Identifiziert mit Ihrer eID-Karte und Ihrem PIN-Code.</translation>
    </message>
    <message>
        <source>Logged in with your federal token.</source>
        <translation>Angemeldet mit Ihrem föderalen Token.</translation>
    </message>
    <message>
        <source>Logged in with your password. To change your bank account, log in with your eID card.</source>
        <translation>Angemeldet mit Ihrem Passwort. Um Ihr Bankkonto zu ändern, melden Sie sich mit Ihrer eID-Karte an.</translation>
    </message>
    <message>
        <source>Finish and log out</source>
        <translation>Beenden und abmelden</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>None: I am not affiliated anywhere yet</source>
        <translation>Keine: Ich bin noch bei keiner Krankenkasse</translation>
    </message>
    <message>
        <source>Join the mutuality</source>
        <translation>Der Krankenkasse beitreten</translation>
    </message>
    <message>
        <source>I join as</source>
        <translation>Ich trete bei als</translation>
    </message>
    <message>
        <source>Holder (in my own right)</source>
        <translation>Berechtigter (aus eigenem Recht)</translation>
    </message>
    <message>
        <source>Dependant of a member</source>
        <translation>Zu Lasten eines Mitglieds lebende Person</translation>
    </message>
    <message>
        <source>Holder&apos;s national number</source>
        <translation>Nationalregisternummer des Berechtigten</translation>
    </message>
    <message>
        <source>Current mutuality</source>
        <translation>Aktuelle Krankenkasse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Sign with my eID card</source>
        <translation>Mit meiner eID-Karte unterschreiben</translation>
    </message>
    <message>
        <source>Your change of mutuality would take effect on %1.</source>
        <translation>Ihr Krankenkassenwechsel würde am %1 wirksam werden.</translation>
    </message>
    <message>
        <source>Your affiliation would take effect on %1.</source>
        <translation>Ihr Beitritt würde am %1 wirksam werden.</translation>
    </message>
</context>
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
    <name>LoginScreen</name>
    <message>
        <source>Type your national number and your password.</source>
        <translation>Geben Sie Ihre Nationalregisternummer und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Log in without a card</source>
        <translation>Ohne Karte anmelden</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>z. B. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Federal token</source>
        <translation>Föderales Token</translation>
    </message>
    <message>
        <source>Forgot my password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>I cannot log in</source>
        <translation>Ich kann mich nicht anmelden</translation>
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
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Programm beenden</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Zurück zum Begrüßungsbildschirm</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Kartenlesegerät: bereit</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted</source>
        <translation>Kartenlesegerät: Eine Karte steckt im Gerät</translation>
    </message>
    <message>
        <source>Card reader: none connected</source>
        <translation>Kartenlesegerät: keines angeschlossen</translation>
    </message>
    <message>
        <source>Card reader: the reader service is not running</source>
        <translation>Kartenlesegerät: Der Lesegerätedienst läuft nicht</translation>
    </message>
    <message>
        <source>Card reader: simulated card (demo)</source>
        <translation>Kartenlesegerät: simulierte Karte (Demo)</translation>
    </message>
    <message>
        <source>Central database: connecting…</source>
        <translation>Zentrale Datenbank: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Central database: online</source>
        <translation>Zentrale Datenbank: online</translation>
    </message>
    <message>
        <source>Central database: offline</source>
        <translation>Zentrale Datenbank: offline</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting</source>
        <translation>
            <numerusform>%n Vorgang wartet</numerusform>
            <numerusform>%n Vorgänge warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Escape attempts refused since start: %1</source>
        <translation>Abgewiesene Versuche, das Programm zu verlassen, seit dem Start: %1</translation>
    </message>
</context>
<context>
    <name>MemberFileScreen</name>
    <message>
        <source>Member file</source>
        <translation>Akte des Mitglieds</translation>
    </message>
    <message>
        <source>Opening this file has been recorded in the audit log.</source>
        <translation>Das Öffnen dieser Akte wurde im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Akte schließen</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Sign with your eID card</source>
        <translation>Mit Ihrer eID-Karte unterschreiben</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the form with your card.</source>
        <translation>Geben Sie Ihren PIN-Code ein, um das Formular mit Ihrer Karte zu unterschreiben.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Zugang für Mitarbeiter</translation>
    </message>
    <message>
        <source>Type the staff code.</source>
        <translation>Geben Sie den Mitarbeitercode ein.</translation>
    </message>
    <message>
        <source>Your PIN code</source>
        <translation>Ihr PIN-Code</translation>
    </message>
    <message>
        <source>Type the PIN code of your eID card, then press OK. Hide the keys.</source>
        <translation>Geben Sie den PIN-Code Ihrer eID-Karte ein und drücken Sie dann auf OK. Verdecken Sie dabei die Tasten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrong code. Please try again.</source>
        <translation>Falscher Code. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left before the card is blocked.</source>
        <translation>
            <numerusform>Falscher PIN-Code. Noch %n Versuch, bevor die Karte gesperrt wird.</numerusform>
            <numerusform>Falscher PIN-Code. Noch %n Versuche, bevor die Karte gesperrt wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Reading your card…</source>
        <translation>Ihre Karte wird gelesen…</translation>
    </message>
    <message>
        <source>Please leave your card in the reader.</source>
        <translation>Bitte lassen Sie Ihre Karte im Lesegerät.</translation>
    </message>
    <message>
        <source>Your identity has been verified.</source>
        <translation>Ihre Identität wurde überprüft.</translation>
    </message>
</context>
<context>
    <name>SimulatedCardBar</name>
    <message>
        <source>Simulated card reader (demo):</source>
        <translation>Simuliertes Kartenlesegerät (Demo):</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Karte einstecken</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte entnehmen</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>Counter — staff login</source>
        <translation>Schalter — Anmeldung für Mitarbeiter</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
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
    <name>TokenLoginScreen</name>
    <message>
        <source>Log in with your federal token</source>
        <translation>Mit Ihrem föderalen Token anmelden</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Token code</source>
        <translation>Token-Code</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Type your national number, then press Next.</source>
        <translation>Geben Sie Ihre Nationalregisternummer ein und drücken Sie dann auf Weiter.</translation>
    </message>
    <message>
        <source>Type the code number %1 of your token card.</source>
        <translation>Geben Sie den Code Nummer %1 Ihrer Token-Karte ein.</translation>
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
    <message>
        <source>No card? Log in with a password or a token</source>
        <translation>Keine Karte? Melden Sie sich mit einem Passwort oder einem Token an</translation>
    </message>
</context>
</TS>
