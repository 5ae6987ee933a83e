<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name></name>
    <message>
        <source>Please go to the counter: a colleague will help you.</source>
        <translation>Ga naar het loket: een medewerker helpt u verder.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader before we finished.</source>
        <translation>De kaart werd uit de lezer genomen voordat we klaar waren.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>Deze kaart is geen Belgische eID-kaart.</translation>
    </message>
    <message>
        <source>Your card could not be read.</source>
        <translation>Uw kaart kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The data on this card could not be verified. It cannot be used here.</source>
        <translation>De gegevens op deze kaart konden niet worden gecontroleerd. De kaart kan hier niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Your card has expired. It cannot be used to identify you.</source>
        <translation>Uw kaart is vervallen. U kunt zich er niet mee identificeren.</translation>
    </message>
    <message>
        <source>Your PIN code is blocked. Your municipality can unblock it with your PUK code.</source>
        <translation>Uw pincode is geblokkeerd. Uw gemeente kan hem deblokkeren met uw PUK-code.</translation>
    </message>
    <message>
        <source>This card cannot be used with a PIN code (a kids&apos; card, for example).</source>
        <translation>Deze kaart kan niet met een pincode worden gebruikt (bijvoorbeeld een Kids-ID).</translation>
    </message>
    <message>
        <source>The card reader is not working.</source>
        <translation>De kaartlezer werkt niet.</translation>
    </message>
    <message>
        <source>Something went wrong with your card.</source>
        <translation>Er is iets misgegaan met uw kaart.</translation>
    </message>
    <message>
        <source>We cannot continue</source>
        <translation>We kunnen niet verdergaan</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Geen verbinding</translation>
    </message>
    <message>
        <source>Your file cannot be reached at the moment: the connection to the mutuality is down.</source>
        <translation>Uw dossier is momenteel niet bereikbaar: de verbinding met het ziekenfonds is verbroken.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or go to the counter.</source>
        <translation>Probeer het over enkele minuten opnieuw of ga naar het loket.</translation>
    </message>
    <message>
        <source>Your online account is being created</source>
        <translation>Uw online account wordt aangemaakt</translation>
    </message>
    <message>
        <source>Your login details will be sent by post to your home address.</source>
        <translation>Uw inloggegevens worden per post naar uw woonadres gestuurd.</translation>
    </message>
    <message>
        <source>The letter leaves on %1 at the latest.</source>
        <translation>De brief vertrekt uiterlijk op %1.</translation>
    </message>
    <message>
        <source>A new password is on its way</source>
        <translation>Er is een nieuw wachtwoord onderweg</translation>
    </message>
    <message>
        <source>If this national number has an online account, a new password is sent by post to the home address we know.</source>
        <translation>Als er voor dit rijksregisternummer een online account bestaat, wordt een nieuw wachtwoord per post gestuurd naar het woonadres dat wij kennen.</translation>
    </message>
    <message>
        <source>Your request has been sent</source>
        <translation>Uw aanvraag is verzonden</translation>
    </message>
    <message>
        <source>A colleague will contact you in the way you chose.</source>
        <translation>Een medewerker neemt contact met u op zoals u hebt gekozen.</translation>
    </message>
    <message>
        <source>You can follow your request under &quot;My requests&quot; once you can log in.</source>
        <translation>U kunt uw aanvraag opvolgen onder &quot;Mijn aanvragen&quot; zodra u kunt inloggen.</translation>
    </message>
    <message>
        <source>Your change of mutuality will take effect on %1.</source>
        <translation>Uw verandering van ziekenfonds gaat in op %1.</translation>
    </message>
    <message>
        <source>Your affiliation will take effect on %1.</source>
        <translation>Uw aansluiting gaat in op %1.</translation>
    </message>
    <message>
        <source>Welcome! Your signed form has been sent</source>
        <translation>Welkom! Uw ondertekende formulier is verzonden</translation>
    </message>
    <message>
        <source>We will confirm by post. Keep your card: you can use it here from then on.</source>
        <translation>We bevestigen dit per post. Bewaar uw kaart: vanaf dan kunt u ze hier gebruiken.</translation>
    </message>
    <message>
        <source>The connection is down: your request is kept on this terminal and sent as soon as it is back.</source>
        <translation>De verbinding is verbroken: uw aanvraag wordt op dit toestel bewaard en verzonden zodra de verbinding hersteld is.</translation>
    </message>
    <message>
        <source>Your online account is on its way</source>
        <translation>Uw online account is onderweg</translation>
    </message>
    <message>
        <source>Your login details have been sent by post. Use them to log in for the first time.</source>
        <translation>Uw inloggegevens zijn per post verstuurd. Gebruik ze om de eerste keer in te loggen.</translation>
    </message>
    <message>
        <source>Your affiliation is being processed</source>
        <translation>Uw aansluiting wordt verwerkt</translation>
    </message>
    <message>
        <source>We have received your signed form. We will confirm by post.</source>
        <translation>We hebben uw ondertekende formulier ontvangen. We bevestigen dit per post.</translation>
    </message>
    <message>
        <source>We cannot do this here</source>
        <translation>Dit kan hier niet</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Er is iets misgegaan.</translation>
    </message>
    <message>
        <source>The national number or the password is not right.</source>
        <translation>Het rijksregisternummer of het wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>Your online account is deactivated. Use &quot;I cannot log in&quot; or go to the counter.</source>
        <translation>Uw online account is gedeactiveerd. Gebruik &quot;Ik kan niet inloggen&quot; of ga naar het loket.</translation>
    </message>
    <message>
        <source>Your online account is not active yet: use the login details sent by post.</source>
        <translation>Uw online account is nog niet actief: gebruik de inloggegevens die u per post hebt ontvangen.</translation>
    </message>
    <message>
        <source>There is no online account for this national number.</source>
        <translation>Er is geen online account voor dit rijksregisternummer.</translation>
    </message>
    <message>
        <source>Type your national number: 11 digits, for example 85.07.30-033.28.</source>
        <translation>Geef uw rijksregisternummer in: 11 cijfers, bijvoorbeeld 85.07.30-033.28.</translation>
    </message>
    <message>
        <source>The token code is not right.</source>
        <translation>De tokencode is niet juist.</translation>
    </message>
    <message>
        <source>Please press Next to be asked for a new code of your token card.</source>
        <translation>Druk op Volgende om een nieuwe codepositie van uw tokenkaart te krijgen.</translation>
    </message>
    <message>
        <source>This national number is not valid: check its 11 digits.</source>
        <translation>Dit rijksregisternummer is niet geldig: controleer de 11 cijfers.</translation>
    </message>
    <message>
        <source>We do not find a holder with this national number.</source>
        <translation>We vinden geen titularis met dit rijksregisternummer.</translation>
    </message>
    <message>
        <source>Type the national number of the member you depend on.</source>
        <translation>Geef het rijksregisternummer in van het lid bij wie u ten laste bent.</translation>
    </message>
    <message>
        <source>You are already a member of the mutuality.</source>
        <translation>U bent al lid van het ziekenfonds.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Example: 0470 12 34 56.</source>
        <translation>Dit telefoonnummer is niet geldig. Voorbeeld: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>This email address is not valid. Example: name@example.be.</source>
        <translation>Dit e-mailadres is niet geldig. Voorbeeld: name@example.be.</translation>
    </message>
    <message>
        <source>Give a phone number or an email address so we can answer you.</source>
        <translation>Geef een telefoonnummer of een e-mailadres op, zodat we u kunnen antwoorden.</translation>
    </message>
    <message>
        <source>Tell us in a few words what happens.</source>
        <translation>Vertel ons in enkele woorden wat er aan de hand is.</translation>
    </message>
    <message>
        <source>Choose your current mutuality in the list.</source>
        <translation>Kies uw huidige ziekenfonds in de lijst.</translation>
    </message>
    <message>
        <source>The login or the password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>This staff account is disabled.</source>
        <translation>Deze personeelsaccount is gedeactiveerd.</translation>
    </message>
    <message>
        <source>No member has this national number.</source>
        <translation>Er is geen lid met dit rijksregisternummer.</translation>
    </message>
    <message>
        <source>An online account can be opened from the age of majority.</source>
        <translation>Een online account kan pas vanaf de meerderjarigheid worden geopend.</translation>
    </message>
    <message>
        <source>You already have an online account.</source>
        <translation>U hebt al een online account.</translation>
    </message>
    <message>
        <source>You are not a member of the mutuality.</source>
        <translation>U bent geen lid van het ziekenfonds.</translation>
    </message>
    <message>
        <source>The connection to the mutuality is down. Please try again later.</source>
        <translation>De verbinding met het ziekenfonds is verbroken. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Please check what you typed.</source>
        <translation>Controleer wat u hebt ingegeven.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until %1.</source>
        <translation>Te veel foute pogingen: deze account is geblokkeerd tot %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for a while.</source>
        <translation>Te veel foute pogingen: deze account is tijdelijk geblokkeerd.</translation>
    </message>
    <message>
        <source>This request cannot be sent as it is. Please check what you typed.</source>
        <translation>Deze aanvraag kan zo niet worden verzonden. Controleer wat u hebt ingegeven.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again, or go to the counter.</source>
        <translation>Er is iets misgegaan. Probeer het opnieuw of ga naar het loket.</translation>
    </message>
</context>
<context>
    <name>ActivationScreen</name>
    <message>
        <source>Activate your online account (e-Mut)</source>
        <translation>Activeer uw online account (e-Mut)</translation>
    </message>
    <message>
        <source>%1, you do not have an online account yet. With it you can see your file, order documents and follow your requests, here and at home.</source>
        <translation>%1, u hebt nog geen online account. Daarmee kunt u uw dossier bekijken, documenten bestellen en uw aanvragen opvolgen, hier en thuis.</translation>
    </message>
    <message>
        <source>Your login details will be sent by post to:</source>
        <translation>Uw inloggegevens worden per post gestuurd naar:</translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation>Mijn account activeren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>BusyScreen</name>
    <message>
        <source>One moment please…</source>
        <translation>Een ogenblik geduld…</translation>
    </message>
    <message>
        <source>Your card is checking your PIN code. Leave it in the reader.</source>
        <translation>Uw kaart controleert uw pincode. Laat ze in de lezer zitten.</translation>
    </message>
    <message>
        <source>Looking up your file…</source>
        <translation>Uw dossier wordt opgezocht…</translation>
    </message>
    <message>
        <source>Your card is signing the form. Leave it in the reader.</source>
        <translation>Uw kaart ondertekent het formulier. Laat ze in de lezer zitten.</translation>
    </message>
    <message>
        <source>Checking your login…</source>
        <translation>Uw inloggegevens worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Uw aanvraag wordt verzonden…</translation>
    </message>
</context>
<context>
    <name>CannotLoginScreen</name>
    <message>
        <source>I cannot log in</source>
        <translation>Ik kan niet inloggen</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation>Wat is er aan de hand?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message numerus="yes">
        <source>Are you still there? Your session ends in %n second(s).</source>
        <translation>
            <numerusform>Bent u er nog? Uw sessie eindigt over %n seconde.</numerusform>
            <numerusform>Bent u er nog? Uw sessie eindigt over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>DeactivatedScreen</name>
    <message>
        <source>Your online account is deactivated</source>
        <translation>Uw online account is gedeactiveerd</translation>
    </message>
    <message>
        <source>Your online account has been deactivated, so your file cannot be opened here.</source>
        <translation>Uw online account werd gedeactiveerd, daarom kan uw dossier hier niet worden geopend.</translation>
    </message>
    <message>
        <source>Send us the &quot;I cannot log in&quot; form and a colleague will reactivate it with you, or go to the counter.</source>
        <translation>Stuur ons het formulier &quot;Ik kan niet inloggen&quot; en een medewerker activeert uw account samen met u opnieuw, of ga naar het loket.</translation>
    </message>
    <message>
        <source>I cannot log in</source>
        <translation>Ik kan niet inloggen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Ingelogd: %1</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card, or type their national number.</source>
        <translation>Steek de eID-kaart van het lid in de lezer of geef het rijksregisternummer in.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Uitloggen</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordScreen</name>
    <message>
        <source>Forgot my password</source>
        <translation>Wachtwoord vergeten</translation>
    </message>
    <message>
        <source>A new password will be sent by post to your home address.</source>
        <translation>Er wordt een nieuw wachtwoord per post naar uw woonadres gestuurd.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Send me a new password</source>
        <translation>Stuur mij een nieuw wachtwoord</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Your file</source>
        <translation>Uw dossier</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <source>Identified with your eID card and PIN code.</source>
        <translation>Geïdentificeerd met uw eID-kaart en pincode.</translation>
    </message>
    <message>
        <source>Logged in with your federal token.</source>
        <translation>Ingelogd met uw federaal token.</translation>
    </message>
    <message>
        <source>Logged in with your password. To change your bank account, log in with your eID card.</source>
        <translation>Ingelogd met uw wachtwoord. Wilt u uw bankrekening wijzigen? Log dan in met uw eID-kaart.</translation>
    </message>
    <message>
        <source>Finish and log out</source>
        <translation>Afsluiten en uitloggen</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>None: I am not affiliated anywhere yet</source>
        <translation>Geen: ik ben nog nergens aangesloten</translation>
    </message>
    <message>
        <source>Join the mutuality</source>
        <translation>Aansluiten bij het ziekenfonds</translation>
    </message>
    <message>
        <source>I join as</source>
        <translation>Ik sluit aan als</translation>
    </message>
    <message>
        <source>Holder (in my own right)</source>
        <translation>Titularis (op eigen naam)</translation>
    </message>
    <message>
        <source>Dependant of a member</source>
        <translation>Persoon ten laste van een lid</translation>
    </message>
    <message>
        <source>Holder&apos;s national number</source>
        <translation>Rijksregisternummer van de titularis</translation>
    </message>
    <message>
        <source>Current mutuality</source>
        <translation>Huidig ziekenfonds</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sign with my eID card</source>
        <translation>Ondertekenen met mijn eID-kaart</translation>
    </message>
    <message>
        <source>Your change of mutuality would take effect on %1.</source>
        <translation>Uw overstap van ziekenfonds zou ingaan op %1.</translation>
    </message>
    <message>
        <source>Your affiliation would take effect on %1.</source>
        <translation>Uw aansluiting zou ingaan op %1.</translation>
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
        <translation>Typ uw rijksregisternummer en uw wachtwoord.</translation>
    </message>
    <message>
        <source>Log in without a card</source>
        <translation>Inloggen zonder kaart</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>bv. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Federal token</source>
        <translation>Federaal token</translation>
    </message>
    <message>
        <source>Forgot my password</source>
        <translation>Wachtwoord vergeten</translation>
    </message>
    <message>
        <source>I cannot log in</source>
        <translation>Ik kan niet inloggen</translation>
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
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Onderhoud</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Programma afsluiten</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Terug naar het welkomstscherm</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Kaartlezer: klaar</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted</source>
        <translation>Kaartlezer: er zit een kaart in</translation>
    </message>
    <message>
        <source>Card reader: none connected</source>
        <translation>Kaartlezer: geen lezer aangesloten</translation>
    </message>
    <message>
        <source>Card reader: the reader service is not running</source>
        <translation>Kaartlezer: de lezersdienst draait niet</translation>
    </message>
    <message>
        <source>Card reader: simulated card (demo)</source>
        <translation>Kaartlezer: gesimuleerde kaart (demo)</translation>
    </message>
    <message>
        <source>Central database: connecting…</source>
        <translation>Centrale databank: verbinden…</translation>
    </message>
    <message>
        <source>Central database: online</source>
        <translation>Centrale databank: online</translation>
    </message>
    <message>
        <source>Central database: offline</source>
        <translation>Centrale databank: offline</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting</source>
        <translation>
            <numerusform>%n verrichting wacht</numerusform>
            <numerusform>%n verrichtingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Escape attempts refused since start: %1</source>
        <translation>Geweigerde pogingen om het programma te verlaten sinds de start: %1</translation>
    </message>
</context>
<context>
    <name>MemberFileScreen</name>
    <message>
        <source>Member file</source>
        <translation>Dossier van het lid</translation>
    </message>
    <message>
        <source>Opening this file has been recorded in the audit log.</source>
        <translation>Het openen van dit dossier werd geregistreerd in het auditlogboek.</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Dossier sluiten</translation>
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
        <translation>Verbeteren</translation>
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
        <translation>Onderteken met uw eID-kaart</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the form with your card.</source>
        <translation>Geef uw pincode in om het formulier met uw kaart te ondertekenen.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Toegang voor personeel</translation>
    </message>
    <message>
        <source>Type the staff code.</source>
        <translation>Geef de personeelscode in.</translation>
    </message>
    <message>
        <source>Your PIN code</source>
        <translation>Uw pincode</translation>
    </message>
    <message>
        <source>Type the PIN code of your eID card, then press OK. Hide the keys.</source>
        <translation>Geef de pincode van uw eID-kaart in en druk dan op OK. Scherm de toetsen af met uw hand.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Wrong code. Please try again.</source>
        <translation>Foute code. Probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left before the card is blocked.</source>
        <translation>
            <numerusform>Foute pincode. Nog %n poging voordat de kaart wordt geblokkeerd.</numerusform>
            <numerusform>Foute pincode. Nog %n pogingen voordat de kaart wordt geblokkeerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Reading your card…</source>
        <translation>Uw kaart wordt gelezen…</translation>
    </message>
    <message>
        <source>Please leave your card in the reader.</source>
        <translation>Laat uw kaart in de lezer zitten.</translation>
    </message>
    <message>
        <source>Your identity has been verified.</source>
        <translation>Uw identiteit is gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>SimulatedCardBar</name>
    <message>
        <source>Simulated card reader (demo):</source>
        <translation>Gesimuleerde kaartlezer (demo):</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Kaart insteken</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Kaart uitnemen</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>Counter — staff login</source>
        <translation>Loket — inloggen voor personeel</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
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
    <name>TokenLoginScreen</name>
    <message>
        <source>Log in with your federal token</source>
        <translation>Inloggen met uw federaal token</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Token code</source>
        <translation>Tokencode</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Type your national number, then press Next.</source>
        <translation>Geef uw rijksregisternummer in en druk dan op Volgende.</translation>
    </message>
    <message>
        <source>Type the code number %1 of your token card.</source>
        <translation>Geef code nummer %1 van uw tokenkaart in.</translation>
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
    <message>
        <source>No card? Log in with a password or a token</source>
        <translation>Geen kaart? Log in met een wachtwoord of een token</translation>
    </message>
</context>
</TS>
