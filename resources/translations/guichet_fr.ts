<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name></name>
    <message>
        <source>Please go to the counter: a colleague will help you.</source>
        <translation>Veuillez vous adresser au guichet&#xa0;: un collaborateur vous aidera.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader before we finished.</source>
        <translation>La carte a été retirée du lecteur avant la fin de l&apos;opération.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>Cette carte n&apos;est pas une carte eID belge.</translation>
    </message>
    <message>
        <source>Your card could not be read.</source>
        <translation>Votre carte n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The data on this card could not be verified. It cannot be used here.</source>
        <translation>Les données de cette carte n&apos;ont pas pu être vérifiées. Elle ne peut pas être utilisée ici.</translation>
    </message>
    <message>
        <source>Your card has expired. It cannot be used to identify you.</source>
        <translation>Votre carte n&apos;est plus valable. Elle ne peut pas servir à vous identifier.</translation>
    </message>
    <message>
        <source>Your PIN code is blocked. Your municipality can unblock it with your PUK code.</source>
        <translation>Votre code PIN est bloqué. Votre commune peut le débloquer avec votre code PUK.</translation>
    </message>
    <message>
        <source>This card cannot be used with a PIN code (a kids&apos; card, for example).</source>
        <translation>Cette carte ne peut pas être utilisée avec un code PIN (une Kids-ID, par exemple).</translation>
    </message>
    <message>
        <source>The card reader is not working.</source>
        <translation>Le lecteur de cartes ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Something went wrong with your card.</source>
        <translation>Un problème est survenu avec votre carte.</translation>
    </message>
    <message>
        <source>We cannot continue</source>
        <translation>Nous ne pouvons pas continuer</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>Your file cannot be reached at the moment: the connection to the mutuality is down.</source>
        <translation>Votre dossier n&apos;est pas accessible pour le moment&#xa0;: la connexion avec la mutualité est interrompue.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or go to the counter.</source>
        <translation>Veuillez réessayer dans quelques minutes ou vous adresser au guichet.</translation>
    </message>
    <message>
        <source>Your online account is being created</source>
        <translation>Votre compte en ligne est en cours de création</translation>
    </message>
    <message>
        <source>Your login details will be sent by post to your home address.</source>
        <translation>Vos identifiants de connexion seront envoyés par la poste à votre domicile.</translation>
    </message>
    <message>
        <source>The letter leaves on %1 at the latest.</source>
        <translation>La lettre partira au plus tard le %1.</translation>
    </message>
    <message>
        <source>A new password is on its way</source>
        <translation>Un nouveau mot de passe est en route</translation>
    </message>
    <message>
        <source>If this national number has an online account, a new password is sent by post to the home address we know.</source>
        <translation>Si un compte en ligne existe pour ce numéro national, un nouveau mot de passe est envoyé par la poste à l&apos;adresse de domicile que nous connaissons.</translation>
    </message>
    <message>
        <source>Your request has been sent</source>
        <translation>Votre demande a été envoyée</translation>
    </message>
    <message>
        <source>A colleague will contact you in the way you chose.</source>
        <translation>Un collaborateur vous contactera de la manière que vous avez choisie.</translation>
    </message>
    <message>
        <source>You can follow your request under &quot;My requests&quot; once you can log in.</source>
        <translation>Vous pourrez suivre votre demande dans «&#xa0;Mes demandes&#xa0;» dès que vous pourrez vous connecter.</translation>
    </message>
    <message>
        <source>Your change of mutuality will take effect on %1.</source>
        <translation>Votre changement de mutualité prendra effet le %1.</translation>
    </message>
    <message>
        <source>Your affiliation will take effect on %1.</source>
        <translation>Votre affiliation prendra effet le %1.</translation>
    </message>
    <message>
        <source>Welcome! Your signed form has been sent</source>
        <translation>Bienvenue&#xa0;! Votre formulaire signé a été envoyé</translation>
    </message>
    <message>
        <source>We will confirm by post. Keep your card: you can use it here from then on.</source>
        <translation>Nous vous confirmerons par la poste. Gardez votre carte&#xa0;: vous pourrez ensuite l&apos;utiliser ici.</translation>
    </message>
    <message>
        <source>The connection is down: your request is kept on this terminal and sent as soon as it is back.</source>
        <translation>La connexion est interrompue&#xa0;: votre demande est conservée sur cet appareil et sera envoyée dès que la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>Your online account is on its way</source>
        <translation>Votre compte en ligne est en route</translation>
    </message>
    <message>
        <source>Your login details have been sent by post. Use them to log in for the first time.</source>
        <translation>Vos identifiants de connexion vous ont été envoyés par la poste. Utilisez-les pour vous connecter la première fois.</translation>
    </message>
    <message>
        <source>Your affiliation is being processed</source>
        <translation>Votre affiliation est en cours de traitement</translation>
    </message>
    <message>
        <source>We have received your signed form. We will confirm by post.</source>
        <translation>Nous avons bien reçu votre formulaire signé. Nous vous confirmerons par la poste.</translation>
    </message>
    <message>
        <source>We cannot do this here</source>
        <translation>Ce n&apos;est pas possible ici</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>The national number or the password is not right.</source>
        <translation>Le numéro national ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your online account is deactivated. Use &quot;I cannot log in&quot; or go to the counter.</source>
        <translation>Votre compte en ligne est désactivé. Utilisez «&#xa0;Je ne peux pas me connecter&#xa0;» ou adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>Your online account is not active yet: use the login details sent by post.</source>
        <translation>Votre compte en ligne n&apos;est pas encore actif&#xa0;: utilisez les identifiants de connexion reçus par la poste.</translation>
    </message>
    <message>
        <source>There is no online account for this national number.</source>
        <translation>Il n&apos;y a pas de compte en ligne pour ce numéro national.</translation>
    </message>
    <message>
        <source>Type your national number: 11 digits, for example 85.07.30-033.28.</source>
        <translation>Tapez votre numéro national&#xa0;: 11 chiffres, par exemple 85.07.30-033.28.</translation>
    </message>
    <message>
        <source>The token code is not right.</source>
        <translation>Le code du token est incorrect.</translation>
    </message>
    <message>
        <source>Please press Next to be asked for a new code of your token card.</source>
        <translation>Appuyez sur Suivant pour recevoir une nouvelle position de code de votre carte token.</translation>
    </message>
    <message>
        <source>This national number is not valid: check its 11 digits.</source>
        <translation>Ce numéro national n&apos;est pas valable&#xa0;: vérifiez ses 11 chiffres.</translation>
    </message>
    <message>
        <source>We do not find a holder with this national number.</source>
        <translation>Nous ne trouvons pas de titulaire avec ce numéro national.</translation>
    </message>
    <message>
        <source>Type the national number of the member you depend on.</source>
        <translation>Tapez le numéro national du membre dont vous êtes à charge.</translation>
    </message>
    <message>
        <source>You are already a member of the mutuality.</source>
        <translation>Vous êtes déjà membre de la mutualité.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Example: 0470 12 34 56.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valable. Exemple&#xa0;: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>This email address is not valid. Example: name@example.be.</source>
        <translation>Cette adresse e-mail n&apos;est pas valable. Exemple&#xa0;: name@example.be.</translation>
    </message>
    <message>
        <source>Give a phone number or an email address so we can answer you.</source>
        <translation>Indiquez un numéro de téléphone ou une adresse e-mail pour que nous puissions vous répondre.</translation>
    </message>
    <message>
        <source>Tell us in a few words what happens.</source>
        <translation>Expliquez-nous en quelques mots ce qui se passe.</translation>
    </message>
    <message>
        <source>Choose your current mutuality in the list.</source>
        <translation>Choisissez votre mutualité actuelle dans la liste.</translation>
    </message>
    <message>
        <source>The login or the password is not right.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This staff account is disabled.</source>
        <translation>Ce compte du personnel est désactivé.</translation>
    </message>
    <message>
        <source>No member has this national number.</source>
        <translation>Aucun membre n&apos;a ce numéro national.</translation>
    </message>
    <message>
        <source>An online account can be opened from the age of majority.</source>
        <translation>Un compte en ligne ne peut être ouvert qu&apos;à partir de la majorité.</translation>
    </message>
    <message>
        <source>You already have an online account.</source>
        <translation>Vous avez déjà un compte en ligne.</translation>
    </message>
    <message>
        <source>You are not a member of the mutuality.</source>
        <translation>Vous n&apos;êtes pas membre de la mutualité.</translation>
    </message>
    <message>
        <source>The connection to the mutuality is down. Please try again later.</source>
        <translation>La connexion avec la mutualité est interrompue. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Please check what you typed.</source>
        <translation>Veuillez vérifier ce que vous avez tapé.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until %1.</source>
        <translation>Trop d&apos;essais erronés&#xa0;: ce compte est bloqué jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for a while.</source>
        <translation>Trop d&apos;essais erronés&#xa0;: ce compte est temporairement bloqué.</translation>
    </message>
    <message>
        <source>This request cannot be sent as it is. Please check what you typed.</source>
        <translation>Cette demande ne peut pas être envoyée telle quelle. Veuillez vérifier ce que vous avez tapé.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again, or go to the counter.</source>
        <translation>Un problème est survenu. Veuillez réessayer ou vous adresser au guichet.</translation>
    </message>
</context>
<context>
    <name>ActivationScreen</name>
    <message>
        <source>Activate your online account (e-Mut)</source>
        <translation>Activez votre compte en ligne (e-Mut)</translation>
    </message>
    <message>
        <source>%1, you do not have an online account yet. With it you can see your file, order documents and follow your requests, here and at home.</source>
        <translation>%1, vous n&apos;avez pas encore de compte en ligne. Il vous permet de consulter votre dossier, de commander des documents et de suivre vos demandes, ici et chez vous.</translation>
    </message>
    <message>
        <source>Your login details will be sent by post to:</source>
        <translation>Vos identifiants de connexion seront envoyés par la poste à&#xa0;:</translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation>Activer mon compte</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>BusyScreen</name>
    <message>
        <source>One moment please…</source>
        <translation>Un instant, s&apos;il vous plaît…</translation>
    </message>
    <message>
        <source>Your card is checking your PIN code. Leave it in the reader.</source>
        <translation>Votre carte vérifie votre code PIN. Laissez-la dans le lecteur.</translation>
    </message>
    <message>
        <source>Looking up your file…</source>
        <translation>Recherche de votre dossier…</translation>
    </message>
    <message>
        <source>Your card is signing the form. Leave it in the reader.</source>
        <translation>Votre carte signe le formulaire. Laissez-la dans le lecteur.</translation>
    </message>
    <message>
        <source>Checking your login…</source>
        <translation>Vérification de vos identifiants…</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Envoi de votre demande…</translation>
    </message>
</context>
<context>
    <name>CannotLoginScreen</name>
    <message>
        <source>I cannot log in</source>
        <translation>Je ne peux pas me connecter</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation>Que se passe-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message numerus="yes">
        <source>Are you still there? Your session ends in %n second(s).</source>
        <translation>
            <numerusform>Êtes-vous toujours là&#xa0;? Votre session se termine dans %n seconde.</numerusform>
            <numerusform>Êtes-vous toujours là&#xa0;? Votre session se termine dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>DeactivatedScreen</name>
    <message>
        <source>Your online account is deactivated</source>
        <translation>Votre compte en ligne est désactivé</translation>
    </message>
    <message>
        <source>Your online account has been deactivated, so your file cannot be opened here.</source>
        <translation>Votre compte en ligne a été désactivé&#xa0;: votre dossier ne peut donc pas être ouvert ici.</translation>
    </message>
    <message>
        <source>Send us the &quot;I cannot log in&quot; form and a colleague will reactivate it with you, or go to the counter.</source>
        <translation>Envoyez-nous le formulaire «&#xa0;Je ne peux pas me connecter&#xa0;» et un collaborateur réactivera votre compte avec vous, ou adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>I cannot log in</source>
        <translation>Je ne peux pas me connecter</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Session ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card, or type their national number.</source>
        <translation>Introduisez la carte eID du membre ou tapez son numéro national.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Déconnexion</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordScreen</name>
    <message>
        <source>Forgot my password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>A new password will be sent by post to your home address.</source>
        <translation>Un nouveau mot de passe sera envoyé par la poste à votre domicile.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>Send me a new password</source>
        <translation>M&apos;envoyer un nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Your file</source>
        <translation>Votre dossier</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>Identified with your eID card and PIN code.</source>
        <translation>Identification par votre carte eID et votre code PIN.</translation>
    </message>
    <message>
        <source>Logged in with your federal token.</source>
        <translation>Connexion par votre token fédéral.</translation>
    </message>
    <message>
        <source>Logged in with your password. To change your bank account, log in with your eID card.</source>
        <translation>Connexion par mot de passe. Pour modifier votre compte bancaire, connectez-vous avec votre carte eID.</translation>
    </message>
    <message>
        <source>Finish and log out</source>
        <translation>Terminer et se déconnecter</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>None: I am not affiliated anywhere yet</source>
        <translation>Aucune&#xa0;: je n&apos;ai pas encore de mutualité</translation>
    </message>
    <message>
        <source>Join the mutuality</source>
        <translation>S&apos;affilier à la mutualité</translation>
    </message>
    <message>
        <source>I join as</source>
        <translation>Je m&apos;affilie en tant que</translation>
    </message>
    <message>
        <source>Holder (in my own right)</source>
        <translation>Titulaire (à titre personnel)</translation>
    </message>
    <message>
        <source>Dependant of a member</source>
        <translation>Personne à charge d&apos;un membre</translation>
    </message>
    <message>
        <source>Holder&apos;s national number</source>
        <translation>Numéro national du titulaire</translation>
    </message>
    <message>
        <source>Current mutuality</source>
        <translation>Mutualité actuelle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sign with my eID card</source>
        <translation>Signer avec ma carte eID</translation>
    </message>
    <message>
        <source>Your change of mutuality would take effect on %1.</source>
        <translation>Votre changement de mutualité prendrait effet le %1.</translation>
    </message>
    <message>
        <source>Your affiliation would take effect on %1.</source>
        <translation>Votre affiliation prendrait effet le %1.</translation>
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
        <translation>Tapez votre numéro national et votre mot de passe.</translation>
    </message>
    <message>
        <source>Log in without a card</source>
        <translation>Se connecter sans carte</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>p. ex. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Federal token</source>
        <translation>Token fédéral</translation>
    </message>
    <message>
        <source>Forgot my password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>I cannot log in</source>
        <translation>Je ne peux pas me connecter</translation>
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
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Fermer le programme</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Retour à l&apos;écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Lecteur de cartes&#xa0;: prêt</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted</source>
        <translation>Lecteur de cartes&#xa0;: une carte est insérée</translation>
    </message>
    <message>
        <source>Card reader: none connected</source>
        <translation>Lecteur de cartes&#xa0;: aucun lecteur connecté</translation>
    </message>
    <message>
        <source>Card reader: the reader service is not running</source>
        <translation>Lecteur de cartes&#xa0;: le service du lecteur ne fonctionne pas</translation>
    </message>
    <message>
        <source>Card reader: simulated card (demo)</source>
        <translation>Lecteur de cartes&#xa0;: carte simulée (démo)</translation>
    </message>
    <message>
        <source>Central database: connecting…</source>
        <translation>Base de données centrale&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Central database: online</source>
        <translation>Base de données centrale&#xa0;: en ligne</translation>
    </message>
    <message>
        <source>Central database: offline</source>
        <translation>Base de données centrale&#xa0;: hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting</source>
        <translation>
            <numerusform>%n opération en attente</numerusform>
            <numerusform>%n opérations en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Escape attempts refused since start: %1</source>
        <translation>Tentatives de quitter le programme refusées depuis le démarrage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MemberFileScreen</name>
    <message>
        <source>Member file</source>
        <translation>Dossier du membre</translation>
    </message>
    <message>
        <source>Opening this file has been recorded in the audit log.</source>
        <translation>L&apos;ouverture de ce dossier a été enregistrée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Fermer le dossier</translation>
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
        <translation>Corriger</translation>
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
        <translation>Signez avec votre carte eID</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the form with your card.</source>
        <translation>Tapez votre code PIN pour signer le formulaire avec votre carte.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Accès du personnel</translation>
    </message>
    <message>
        <source>Type the staff code.</source>
        <translation>Tapez le code du personnel.</translation>
    </message>
    <message>
        <source>Your PIN code</source>
        <translation>Votre code PIN</translation>
    </message>
    <message>
        <source>Type the PIN code of your eID card, then press OK. Hide the keys.</source>
        <translation>Tapez le code PIN de votre carte eID, puis appuyez sur OK. Cachez le clavier avec votre main.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wrong code. Please try again.</source>
        <translation>Code incorrect. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left before the card is blocked.</source>
        <translation>
            <numerusform>Code PIN incorrect. Il vous reste %n essai avant le blocage de la carte.</numerusform>
            <numerusform>Code PIN incorrect. Il vous reste %n essais avant le blocage de la carte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Reading your card…</source>
        <translation>Lecture de votre carte…</translation>
    </message>
    <message>
        <source>Please leave your card in the reader.</source>
        <translation>Veuillez laisser votre carte dans le lecteur.</translation>
    </message>
    <message>
        <source>Your identity has been verified.</source>
        <translation>Votre identité a été vérifiée.</translation>
    </message>
</context>
<context>
    <name>SimulatedCardBar</name>
    <message>
        <source>Simulated card reader (demo):</source>
        <translation>Lecteur de cartes simulé (démo)&#xa0;:</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Insérer la carte</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Retirer la carte</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>Counter — staff login</source>
        <translation>Guichet — connexion du personnel</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
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
            <numerusform>En ligne — %n opération en cours d&apos;envoi</numerusform>
            <numerusform>En ligne — %n opérations en cours d&apos;envoi</numerusform>
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
    <name>TokenLoginScreen</name>
    <message>
        <source>Log in with your federal token</source>
        <translation>Connectez-vous avec votre token fédéral</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Token code</source>
        <translation>Code du token</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Type your national number, then press Next.</source>
        <translation>Tapez votre numéro national, puis appuyez sur Suivant.</translation>
    </message>
    <message>
        <source>Type the code number %1 of your token card.</source>
        <translation>Tapez le code n° %1 de votre carte token.</translation>
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
    <message>
        <source>No card? Log in with a password or a token</source>
        <translation>Pas de carte&#xa0;? Connectez-vous avec un mot de passe ou un token</translation>
    </message>
</context>
</TS>
