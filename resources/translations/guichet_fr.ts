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
        <source>Your online access is on its way</source>
        <translation>Votre accès en ligne est en route</translation>
    </message>
    <message>
        <source>If this national number is a member&apos;s without an online access yet, the access is created and its password sent by post to the home address we know.</source>
        <translation>Si ce numéro national est celui d&apos;un membre qui n&apos;a pas encore d&apos;accès en ligne, l&apos;accès est créé et son mot de passe envoyé par la poste à l&apos;adresse de domicile que nous connaissons.</translation>
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
        <source>Logging in with the federal token is not possible at the moment. Please use your eID card or your password.</source>
        <translation>La connexion par token fédéral n&apos;est pas possible pour le moment. Veuillez utiliser votre carte eID ou votre mot de passe.</translation>
    </message>
    <message>
        <source>You have no running incapacity for work in your file.</source>
        <translation>Vous n&apos;avez pas d&apos;incapacité de travail en cours dans votre dossier.</translation>
    </message>
    <message>
        <source>Select at least one letter.</source>
        <translation>Sélectionnez au moins une lettre.</translation>
    </message>
    <message>
        <source>This code is not in the nomenclature: check the six digits, or search by words.</source>
        <translation>Ce code ne figure pas dans la nomenclature : vérifiez les six chiffres, ou cherchez par mots.</translation>
    </message>
    <message>
        <source>Your password cannot be changed now: this terminal cannot reach the mutuality. Please try again later, on the online counter, or at the desk.</source>
        <translation>Votre mot de passe ne peut pas être changé maintenant&#xa0;: cette borne n&apos;atteint pas la mutualité. Réessayez plus tard, au guichet en ligne ou au guichet de votre agence.</translation>
    </message>
    <message>
        <source>This is one of the most used passwords: it is the first that anyone would try.</source>
        <translation>C&apos;est l&apos;un des mots de passe les plus utilisés&#xa0;: le premier que n&apos;importe qui essaierait.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Tapez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation>Votre mot de passe actuel n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess, above all your own.</source>
        <translation>Les dates et les années sont faciles à deviner, surtout les vôtres.</translation>
    </message>
    <message>
        <source>Do not use your birth date in your password.</source>
        <translation>N&apos;utilisez pas votre date de naissance dans votre mot de passe.</translation>
    </message>
    <message>
        <source>Do not use your national number in your password.</source>
        <translation>N&apos;utilisez pas votre numéro national dans votre mot de passe.</translation>
    </message>
    <message>
        <source>Rows of keys, such as azerty or qsdfgh, are easy to guess.</source>
        <translation>Les rangées de touches, comme azerty ou qsdfgh, sont faciles à deviner.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password twice again.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques. Tapez encore deux fois le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Names are easy to guess, even with digits added.</source>
        <translation>Les noms sont faciles à deviner, même avec des chiffres ajoutés.</translation>
    </message>
    <message>
        <source>Do not use your name or other details of your file in your password.</source>
        <translation>N&apos;utilisez pas votre nom ni d&apos;autres données de votre dossier dans votre mot de passe.</translation>
    </message>
    <message>
        <source>Repeated characters or words, such as aaa or abcabc, are easy to guess.</source>
        <translation>Les caractères ou mots répétés, comme aaa ou abcabc, sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Choose a new password: not the one of the letter, nor the one you have now.</source>
        <translation>Choisissez un nouveau mot de passe&#xa0;: ni celui de la lettre, ni celui que vous avez maintenant.</translation>
    </message>
    <message>
        <source>Sequences such as abcd or mnop are easy to guess.</source>
        <translation>Les suites comme abcd ou mnop sont faciles à deviner.</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>Un mot de passe compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Your new password needs at least %1 characters. Three or four unrelated words make a long password that is easy to remember.</source>
        <translation>Votre nouveau mot de passe doit compter au moins %1 caractères. Trois ou quatre mots sans rapport entre eux font un long mot de passe facile à retenir.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Add a few words of your own that do not go together: a short odd sentence is stronger than symbols.</source>
        <translation>Ce mot de passe est trop facile à deviner. Ajoutez quelques mots à vous qui ne vont pas ensemble&#xa0;: une courte phrase insolite est plus solide que des symboles.</translation>
    </message>
    <message>
        <source>A single word, even with a few digits, is easy to guess.</source>
        <translation>Un seul mot, même avec quelques chiffres, est facile à deviner.</translation>
    </message>
    <message numerus="yes">
        <source>A statement covers at most %n day(s): choose a shorter period.</source>
        <translation>
            <numerusform>Une attestation couvre au maximum %n jour&#xa0;: choisissez une période plus courte.</numerusform>
            <numerusform>Une attestation couvre au maximum %n jours&#xa0;: choisissez une période plus courte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the hours a week as a number.</source>
        <translation>Tapez les heures par semaine en chiffres.</translation>
    </message>
    <message>
        <source>The hours you will work must be fewer than the hours of the full-time job.</source>
        <translation>Les heures que vous travaillerez doivent être moins nombreuses que celles du temps plein.</translation>
    </message>
    <message>
        <source>This is not a date: type the first day of work as day/month/year.</source>
        <translation>Ce n&apos;est pas une date : tapez le premier jour de travail comme jour/mois/année.</translation>
    </message>
    <message>
        <source>Type the first day you will work.</source>
        <translation>Tapez le premier jour où vous travaillerez.</translation>
    </message>
    <message>
        <source>Choose whether you resume at work or as a jobseeker.</source>
        <translation>Choisissez si vous reprenez au travail ou comme demandeur d&apos;emploi.</translation>
    </message>
    <message>
        <source>Type the day you resume.</source>
        <translation>Tapez le jour de votre reprise.</translation>
    </message>
    <message numerus="yes">
        <source>A receipt holds at most %n line(s): select fewer.</source>
        <translation>
            <numerusform>Un reçu compte au maximum %n ligne&#xa0;: sélectionnez-en moins.</numerusform>
            <numerusform>Un reçu compte au maximum %n lignes&#xa0;: sélectionnez-en moins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A statement covers at most the %n year(s) before this one.</source>
        <translation>
            <numerusform>Une attestation peut remonter au maximum à %n année avant l&apos;année en cours.</numerusform>
            <numerusform>Une attestation peut remonter au maximum à %n années avant l&apos;année en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a medical adviser&apos;s decision.</source>
        <translation>C&apos;est une décision du médecin-conseil.</translation>
    </message>
    <message>
        <source>This request has been decided meanwhile: the list shows it now.</source>
        <translation>Cette demande a été décidée entre-temps&#xa0;: la liste le montre maintenant.</translation>
    </message>
    <message>
        <source>Choose the kind of certificate.</source>
        <translation>Choisissez le type de certificat.</translation>
    </message>
    <message>
        <source>For a first certificate, choose the member&apos;s work status.</source>
        <translation>Pour un premier certificat, choisissez le statut professionnel du membre.</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, as the certificate gives it.</source>
        <translation>Tapez le nom du médecin, tel que le certificat l&apos;indique.</translation>
    </message>
    <message>
        <source>Write the reason for the refusal, for the member.</source>
        <translation>Écrivez la raison du refus, pour le membre.</translation>
    </message>
    <message>
        <source>This certificate is no longer in the queue.</source>
        <translation>Ce certificat n&apos;est plus dans la file.</translation>
    </message>
    <message>
        <source>This request is no longer in the queue.</source>
        <translation>Cette demande n&apos;est plus dans la file.</translation>
    </message>
    <message>
        <source>This certificate starts a new incapacity: choose the member&apos;s work status.</source>
        <translation>Ce certificat ouvre une nouvelle incapacité&#xa0;: choisissez le statut professionnel du membre.</translation>
    </message>
    <message>
        <source>This certificate starts before the member&apos;s first period of incapacity: check its dates, or ask the medical adviser.</source>
        <translation>Ce certificat commence avant la première période d&apos;incapacité du membre : vérifiez ses dates, ou demandez au médecin-conseil.</translation>
    </message>
    <message>
        <source>This appointment has begun: it can no longer be moved or cancelled.</source>
        <translation>Ce rendez-vous a commencé : il ne peut plus être déplacé ni annulé.</translation>
    </message>
    <message>
        <source>This appointment is not confirmed yet: its confirmation can be printed once it is.</source>
        <translation>Ce rendez-vous n&apos;est pas encore confirmé : sa confirmation pourra être imprimée ensuite.</translation>
    </message>
    <message>
        <source>Choose how long each slot lasts.</source>
        <translation>Choisissez la durée de chaque plage.</translation>
    </message>
    <message>
        <source>This appointment is not in this file.</source>
        <translation>Ce rendez-vous ne figure pas dans ce dossier.</translation>
    </message>
    <message>
        <source>A clerk opens and withdraws the slots of their own agency.</source>
        <translation>Un employé ouvre et retire les plages de sa propre agence.</translation>
    </message>
    <message>
        <source>A slot ticked is booked: cancel its appointment first.</source>
        <translation>Une plage cochée est réservée : annulez d&apos;abord son rendez-vous.</translation>
    </message>
    <message>
        <source>This time has already begun: choose a later one.</source>
        <translation>Cette heure est déjà passée : choisissez-en une plus tardive.</translation>
    </message>
    <message>
        <source>Someone booked this time just before you: choose another one.</source>
        <translation>Quelqu&apos;un a réservé cette heure juste avant vous : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Choose at least one slot.</source>
        <translation>Choisissez au moins une plage.</translation>
    </message>
    <message>
        <source>Too many slots at once: do it in smaller groups.</source>
        <translation>Trop de plages à la fois : procédez par groupes plus petits.</translation>
    </message>
    <message>
        <source>This agency is not known: choose one in the list.</source>
        <translation>Cette agence est inconnue : choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Choose whom you would like to see.</source>
        <translation>Choisissez qui vous souhaitez rencontrer.</translation>
    </message>
    <message>
        <source>This terminal prints no tickets. Please ask at the counter.</source>
        <translation>Cette borne n&apos;imprime pas de tickets. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>This terminal has printed all its tickets for today. Please ask at the counter.</source>
        <translation>Cette borne a imprimé tous ses tickets pour aujourd&apos;hui. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>Your staff account belongs to no agency: ask a supervisor.</source>
        <translation>Votre compte n&apos;est rattaché à aucune agence : adressez-vous à un superviseur.</translation>
    </message>
    <message>
        <source>This terminal is not registered at an agency: its tickets are not taken.</source>
        <translation>Cette borne n&apos;est enregistrée dans aucune agence : ses tickets ne sont pas pris en compte.</translation>
    </message>
    <message>
        <source>This ticket&apos;s letter is not this terminal&apos;s: it is not taken.</source>
        <translation>La lettre de ce ticket n&apos;est pas celle de cette borne : il n&apos;est pas pris en compte.</translation>
    </message>
    <message>
        <source>This ticket number was given already today.</source>
        <translation>Ce numéro de ticket a déjà été attribué aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Type the admission date as day/month/year.</source>
        <translation>Tapez la date d&apos;admission sous la forme jour/mois/année.</translation>
    </message>
    <message>
        <source>Type the planned admission date.</source>
        <translation>Tapez la date d&apos;admission prévue.</translation>
    </message>
    <message>
        <source>The admission date cannot be before today.</source>
        <translation>La date d&apos;admission ne peut pas précéder aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Type a whole number of nights, at most %1.</source>
        <translation>Tapez un nombre entier de nuits, %1 au maximum.</translation>
    </message>
    <message>
        <source>Type the number of nights you expect to stay.</source>
        <translation>Tapez le nombre de nuits prévues.</translation>
    </message>
    <message>
        <source>The accident happened before its care: check the day.</source>
        <translation>L&apos;accident a eu lieu avant ses soins&#xa0;: vérifiez la date.</translation>
    </message>
    <message>
        <source>Type the day of the accident as day/month/year.</source>
        <translation>Tapez le jour de l&apos;accident sous la forme jour/mois/année.</translation>
    </message>
    <message>
        <source>Type the day the accident happened.</source>
        <translation>Tapez le jour de l&apos;accident.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Écrivez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Choose where it happened.</source>
        <translation>Choisissez où cela s&apos;est passé.</translation>
    </message>
    <message>
        <source>Type where the accident happened.</source>
        <translation>Tapez où l&apos;accident a eu lieu.</translation>
    </message>
    <message>
        <source>Print it: each person signs their own declaration.</source>
        <translation>Imprimez-la&#xa0;: chaque personne signe sa propre déclaration.</translation>
    </message>
    <message>
        <source>This declaration was returned already.</source>
        <translation>Cette déclaration a déjà été renvoyée.</translation>
    </message>
    <message>
        <source>This declaration was not returned yet.</source>
        <translation>Cette déclaration n&apos;a pas encore été renvoyée.</translation>
    </message>
    <message>
        <source>It came in before we asked for it: check the day.</source>
        <translation>Elle serait arrivée avant que nous la demandions&#xa0;: vérifiez la date.</translation>
    </message>
    <message>
        <source>Type the name of whoever may be liable.</source>
        <translation>Tapez le nom de la personne ou de l&apos;entreprise peut-être responsable.</translation>
    </message>
    <message>
        <source>This declaration is not in this file.</source>
        <translation>Cette déclaration n&apos;est pas dans ce dossier.</translation>
    </message>
    <message>
        <source>This ticket&apos;s time is wrong: check the terminal&apos;s clock.</source>
        <translation>L&apos;heure de ce ticket est fausse : vérifiez l&apos;horloge de la borne.</translation>
    </message>
    <message>
        <source>This action is no longer known here: do it again.</source>
        <translation>Cette action n&apos;est plus connue ici : refaites-la.</translation>
    </message>
    <message>
        <source>Open the member&apos;s file to register it.</source>
        <translation>Ouvrez le dossier du membre pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The member&apos;s agency or a supervisor handles it.</source>
        <translation>L&apos;agence du membre ou un superviseur la traite.</translation>
    </message>
    <message>
        <source>This certificate starts on a day your previous certificate already covers.</source>
        <translation>Ce certificat commence un jour que votre certificat précédent couvre déjà.</translation>
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
        <source>The signed form could not be read. Please try again, or go to the counter.</source>
        <translation>Le formulaire signé n&apos;a pas pu être lu. Veuillez réessayer ou vous adresser au guichet.</translation>
    </message>
    <message>
        <source>The mutuality could not check that this request was made during your visit. Please go to the counter.</source>
        <translation>La mutualité n&apos;a pas pu vérifier que cette demande a été faite pendant votre visite. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>Your incapacity started on %1: you resume after that day.</source>
        <translation>Votre incapacité a commencé le %1 : vous reprenez après ce jour.</translation>
    </message>
    <message>
        <source>The day you resume is not after the start of your incapacity.</source>
        <translation>Le jour de votre reprise n&apos;est pas après le début de votre incapacité.</translation>
    </message>
    <message>
        <source>Your incapacity started on %1: part-time work starts after that day.</source>
        <translation>Votre incapacité a commencé le %1 : le travail à temps partiel commence après ce jour.</translation>
    </message>
    <message>
        <source>Part-time work starts after the first day of your incapacity.</source>
        <translation>Le travail à temps partiel commence après le premier jour de votre incapacité.</translation>
    </message>
    <message>
        <source>A return can be declared up to %1 at the latest.</source>
        <translation>Une reprise peut être déclarée jusqu&apos;au %1 au plus tard.</translation>
    </message>
    <message>
        <source>This day is too far ahead to declare a return now.</source>
        <translation>Ce jour est trop éloigné pour déclarer une reprise maintenant.</translation>
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
        <source>A certificate needs a first and a last day: type both.</source>
        <translation>Un certificat a un premier et un dernier jour : tapez les deux.</translation>
    </message>
    <message>
        <source>The last day of the certificate is before its first day.</source>
        <translation>Le dernier jour du certificat est avant son premier jour.</translation>
    </message>
    <message>
        <source>Type the name of your employer.</source>
        <translation>Tapez le nom de votre employeur.</translation>
    </message>
    <message>
        <source>The employer&apos;s name is too long: please shorten it.</source>
        <translation>Le nom de l&apos;employeur est trop long : raccourcissez-le.</translation>
    </message>
    <message>
        <source>Your file cannot be found here: please go to the counter.</source>
        <translation>Votre dossier est introuvable ici : adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>Type the national number of the member you depend on, not your own.</source>
        <translation>Tapez le numéro national du membre dont vous êtes à charge, pas le vôtre.</translation>
    </message>
    <message>
        <source>Your date of birth cannot be read from your card. Please go to the counter.</source>
        <translation>Votre date de naissance ne peut pas être lue sur votre carte. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Choisissez l&apos;une des langues proposées.</translation>
    </message>
    <message>
        <source>The address on your card has no Belgian postcode: please go to the counter to join.</source>
        <translation>L&apos;adresse de votre carte n&apos;a pas de code postal belge&#xa0;: veuillez vous adresser au guichet pour vous affilier.</translation>
    </message>
    <message>
        <source>Choose between 1 and %1.</source>
        <translation>Choisissez entre 1 et %1.</translation>
    </message>
    <message>
        <source>Choose whether you join as a holder or as a dependant of a member.</source>
        <translation>Choisissez si vous vous affiliez comme titulaire ou comme personne à charge d&apos;un membre.</translation>
    </message>
    <message>
        <source>A letter is already on its way to you: please wait for it.</source>
        <translation>Une lettre est déjà en route vers vous&#xa0;: veuillez l&apos;attendre.</translation>
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
        <source>Choose your current mutuality in the list.</source>
        <translation>Choisissez votre mutualité actuelle dans la liste.</translation>
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
        <source>This request cannot be sent as it is. Please check what you typed.</source>
        <translation>Cette demande ne peut pas être envoyée telle quelle. Veuillez vérifier ce que vous avez tapé.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again, or go to the counter.</source>
        <translation>Un problème est survenu. Veuillez réessayer ou vous adresser au guichet.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période est antérieure à son début.</translation>
    </message>
    <message>
        <source>The period cannot end after today.</source>
        <translation>La période ne peut pas se terminer après aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>This information is not available in your file.</source>
        <translation>Cette information n&apos;est pas disponible dans votre dossier.</translation>
    </message>
    <message>
        <source>A European health insurance card needs cover in order: it is not, for this person. Please contact the counter.</source>
        <translation>Une carte européenne d&apos;assurance maladie demande une assurabilité en ordre : ce n&apos;est pas le cas pour cette personne. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>Your visit has ended. Please log in again.</source>
        <translation>Votre visite est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You already ordered this: it is on its way.</source>
        <translation>Vous avez déjà commandé ceci : la commande est en cours.</translation>
    </message>
    <message>
        <source>Another colleague has taken it: only a supervisor takes it over.</source>
        <translation>Un collègue l&apos;a prise : seul un superviseur peut la reprendre.</translation>
    </message>
    <message>
        <source>This is a supervisor&apos;s decision.</source>
        <translation>C&apos;est une décision de superviseur.</translation>
    </message>
    <message>
        <source>This has been done meanwhile: the list shows it now.</source>
        <translation>C&apos;est déjà fait entre-temps : la liste le montre maintenant.</translation>
    </message>
    <message>
        <source>The letters changed meanwhile: the list shows them again.</source>
        <translation>Les lettres ont changé entre-temps : la liste les montre à nouveau.</translation>
    </message>
    <message>
        <source>A blocking form counts from the dependant&apos;s majority.</source>
        <translation>Un formulaire de blocage compte à partir de la majorité de la personne à charge.</translation>
    </message>
    <message>
        <source>Only a dependant returns a blocking form.</source>
        <translation>Seule une personne à charge renvoie un formulaire de blocage.</translation>
    </message>
    <message>
        <source>This online account is not deactivated.</source>
        <translation>Ce compte en ligne n&apos;est pas désactivé.</translation>
    </message>
    <message>
        <source>This question is no longer in the queue.</source>
        <translation>Cette question n&apos;est plus dans la file.</translation>
    </message>
    <message>
        <source>This order is no longer in the queue.</source>
        <translation>Cette commande n&apos;est plus dans la file.</translation>
    </message>
    <message>
        <source>The signature of your card could not be checked. Please go to the counter.</source>
        <translation>La signature de votre carte n&apos;a pas pu être vérifiée. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>Only the paper version of this document exists: ask the counter.</source>
        <translation>Ce document n&apos;existe qu&apos;en version papier&#xa0;: adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>To change your bank account, log in with your eID card or your federal token.</source>
        <translation>Pour modifier votre compte bancaire, connectez-vous avec votre carte eID ou votre token fédéral.</translation>
    </message>
    <message>
        <source>This mobile number is not valid. Example: 0470 12 34 56.</source>
        <translation>Ce numéro de GSM n&apos;est pas valable. Exemple&#xa0;: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>A Belgian mobile number starts with 04. Example: 0470 12 34 56.</source>
        <translation>Un numéro de GSM belge commence par 04. Exemple&#xa0;: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Type the account number (IBAN).</source>
        <translation>Tapez le numéro de compte (IBAN).</translation>
    </message>
    <message>
        <source>This account number is not right: a digit is wrong or missing. Check it on your bank card or statement.</source>
        <translation>Ce numéro de compte est incorrect&#xa0;: un chiffre est erroné ou manquant. Vérifiez-le sur votre carte bancaire ou votre extrait de compte.</translation>
    </message>
    <message>
        <source>This is not an account number (IBAN). Example: BE68 5390 0754 7034.</source>
        <translation>Ceci n&apos;est pas un numéro de compte (IBAN). Exemple&#xa0;: BE68 5390 0754 7034.</translation>
    </message>
    <message>
        <source>This is already the account in your file.</source>
        <translation>Ce compte figure déjà dans votre dossier.</translation>
    </message>
    <message>
        <source>Select at least one line for the receipt.</source>
        <translation>Sélectionnez au moins une ligne pour le reçu.</translation>
    </message>
    <message>
        <source>A statement is made in French, Dutch or German.</source>
        <translation>Une attestation est établie en français, en néerlandais ou en allemand.</translation>
    </message>
    <message>
        <source>Give your question a title.</source>
        <translation>Donnez un titre à votre question.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Écrivez la réponse.</translation>
    </message>
    <message>
        <source>Write the reason for the member.</source>
        <translation>Écrivez la raison pour le membre.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Choisissez la raison.</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>La date ne peut pas être postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Write your question.</source>
        <translation>Écrivez votre question.</translation>
    </message>
    <message>
        <source>To be answered by email, give your email address.</source>
        <translation>Pour une réponse par e-mail, indiquez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>To be answered by phone, give a phone or mobile number.</source>
        <translation>Pour une réponse par téléphone, indiquez un numéro de téléphone ou de GSM.</translation>
    </message>
    <message>
        <source>Choose how we answer you: email, letter or phone.</source>
        <translation>Choisissez comment nous vous répondons : e-mail, lettre ou téléphone.</translation>
    </message>
    <message>
        <source>Choose what your question is about.</source>
        <translation>Choisissez le sujet de votre question.</translation>
    </message>
    <message>
        <source>This text is too long: please make it shorter.</source>
        <translation>Ce texte est trop long : raccourcissez-le.</translation>
    </message>
    <message>
        <source>This document is ordered one at a time, for one person.</source>
        <translation>Ce document se commande à l&apos;unité, pour une personne.</translation>
    </message>
    <message>
        <source>Choose the documents you need.</source>
        <translation>Choisissez les documents dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Signing with your card…</source>
        <translation>Signature avec votre carte…</translation>
    </message>
    <message>
        <source>official-receipt</source>
        <translation>recu-officiel</translation>
    </message>
    <message>
        <source>indemnity-statement</source>
        <translation>attestation-indemnites</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Envoi vers l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Impression en cours… veuillez patienter.</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>En attente de l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Printed: take your document from the printer.</source>
        <translation>Imprimé&#xa0;: prenez votre document dans l&apos;imprimante.</translation>
    </message>
    <message>
        <source>This terminal has no printer. Please ask at the counter.</source>
        <translation>Cet appareil n&apos;a pas d&apos;imprimante. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please ask at the counter.</source>
        <translation>L&apos;imprimante n&apos;est pas accessible. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>The printer is out of service. Please ask at the counter.</source>
        <translation>L&apos;imprimante est hors service. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Please ask a staff member to refill it.</source>
        <translation>L&apos;imprimante n&apos;a plus de papier. Veuillez demander à un collaborateur d&apos;en remettre.</translation>
    </message>
    <message>
        <source>The paper is jammed in the printer. Please ask a staff member.</source>
        <translation>Le papier est coincé dans l&apos;imprimante. Veuillez vous adresser à un collaborateur.</translation>
    </message>
    <message>
        <source>The printer has a problem. Please ask a staff member.</source>
        <translation>L&apos;imprimante rencontre un problème. Veuillez vous adresser à un collaborateur.</translation>
    </message>
    <message>
        <source>The printing was cancelled.</source>
        <translation>L&apos;impression a été annulée.</translation>
    </message>
    <message>
        <source>The printer did not finish in time. Please ask at the counter.</source>
        <translation>L&apos;imprimante n&apos;a pas terminé à temps. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>The document could not be printed. Please ask at the counter.</source>
        <translation>Le document n&apos;a pas pu être imprimé. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <source>DMG</source>
        <translation>DMG</translation>
    </message>
    <message>
        <source>MAF</source>
        <translation>MAF</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Incapacity</source>
        <translation>Incapacité</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mes données</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Indemnities</source>
        <translation>Indemnités</translation>
    </message>
    <message>
        <source>My incapacity</source>
        <translation>Mon incapacité</translation>
    </message>
    <message>
        <source>Global medical file (DMG)</source>
        <translation>Dossier médical global (DMG)</translation>
    </message>
    <message>
        <source>Maximum billing (MAF)</source>
        <translation>Maximum à facturer (MAF)</translation>
    </message>
    <message>
        <source>Young savers</source>
        <translation>Compte Jeunes</translation>
    </message>
    <message>
        <source>Medical agreements</source>
        <translation>Accords du médecin-conseil</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>Order documents</source>
        <translation>Commander des documents</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>Nous contacter</translation>
    </message>
    <message>
        <source>Sign the change of bank account</source>
        <translation>Signer le changement de compte bancaire</translation>
    </message>
    <message>
        <source>Accident declarations</source>
        <translation>Déclarations d&apos;accident</translation>
    </message>
    <message>
        <source>Preparing a hospital stay</source>
        <translation>Préparer une hospitalisation</translation>
    </message>
    <message>
        <source>Fees and reimbursements</source>
        <translation>Honoraires et remboursements</translation>
    </message>
    <message>
        <source>Physiotherapy for a serious condition (E list)</source>
        <translation>Kinésithérapie pour pathologie lourde (liste E)</translation>
    </message>
    <message>
        <source>Status of person with a chronic illness</source>
        <translation>Statut affection chronique</translation>
    </message>
    <message>
        <source>Orthodontic treatment</source>
        <translation>Traitement orthodontique</translation>
    </message>
    <message>
        <source>Medicine under conditions (chapter IV)</source>
        <translation>Médicament soumis à conditions (chapitre IV)</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Soins infirmiers à domicile</translation>
    </message>
    <message>
        <source>No answer yet: look in the queue before registering it again.</source>
        <translation>Pas encore de réponse : regardez dans la file avant de l&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>C&apos;est fait.</translation>
    </message>
    <message>
        <source>The certificate is registered.</source>
        <translation>Le certificat est enregistré.</translation>
    </message>
    <message>
        <source>accident-declaration</source>
        <translation>declaration-accident</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer. It waits on this counter until the connection is back.</source>
        <translation>Envoyé à la mutualité : en attente de sa réponse. Il attend sur ce guichet le retour de la connexion.</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer.</source>
        <translation>Envoyé à la mutualité : en attente de sa réponse.</translation>
    </message>
    <message>
        <source>It waits on this counter until the connection is back.</source>
        <translation>Il attend sur ce guichet le retour de la connexion.</translation>
    </message>
    <message>
        <source>The declaration is registered as returned.</source>
        <translation>La déclaration est enregistrée comme renvoyée.</translation>
    </message>
    <message>
        <source>No answer yet: look at the list again before registering it again.</source>
        <translation>Pas encore de réponse&#xa0;: regardez à nouveau la liste avant de l&apos;enregistrer une seconde fois.</translation>
    </message>
    <message>
        <source>a confidential incapacity certificate</source>
        <translation>un certificat d&apos;incapacité de travail (confidentiel)</translation>
    </message>
    <message>
        <source>a European health insurance card</source>
        <translation>une carte européenne d&apos;assurance maladie</translation>
    </message>
    <message>
        <source>Pink stickers</source>
        <translation>Vignettes roses</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Enveloppes-réponse</translation>
    </message>
    <message>
        <source>Incapacity certificate</source>
        <translation>Certificat d&apos;incapacité</translation>
    </message>
    <message>
        <source>European card</source>
        <translation>Carte européenne</translation>
    </message>
    <message>
        <source>leaving this terminal</source>
        <translation>en partance de cette borne</translation>
    </message>
    <message>
        <source>sent to the mutuality</source>
        <translation>envoyée à la mutualité</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>envoyée le %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusée : %1</translation>
    </message>
    <message>
        <source>your cover is not in order: please contact the counter</source>
        <translation>l&apos;assurabilité n&apos;est pas en ordre : adressez-vous au guichet</translation>
    </message>
    <message>
        <source>the same documents were sent a short while ago</source>
        <translation>les mêmes documents ont été envoyés il y a peu</translation>
    </message>
    <message>
        <source>your address must be checked at the counter first</source>
        <translation>votre adresse doit d&apos;abord être vérifiée au guichet</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation>voir la remarque</translation>
    </message>
    <message>
        <source>A reimbursement</source>
        <translation>Un remboursement</translation>
    </message>
    <message>
        <source>Incapacity for work</source>
        <translation>Incapacité de travail</translation>
    </message>
    <message>
        <source>Stickers, certificates, European card</source>
        <translation>Vignettes, certificats, carte européenne</translation>
    </message>
    <message>
        <source>My membership, my dependants</source>
        <translation>Mon affiliation, mes personnes à charge</translation>
    </message>
    <message>
        <source>My online account</source>
        <translation>Mon compte en ligne</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>authorised on %1</source>
        <translation>autorisée le %1</translation>
    </message>
    <message>
        <source>refused on %1</source>
        <translation>refusée le %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>réponse donnée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>late: indemnity cut until the day it was sent</source>
        <translation>en retard&#xa0;: indemnité réduite jusqu&apos;au jour de l&apos;envoi</translation>
    </message>
    <message>
        <source>too late: no indemnity from its start</source>
        <translation>trop tard&#xa0;: pas d&apos;indemnité dès son début</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>too late</source>
        <translation>trop tard</translation>
    </message>
    <message>
        <source>First certificate</source>
        <translation>Premier certificat</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>Reprise du travail</translation>
    </message>
    <message>
        <source>Partial resumption</source>
        <translation>Reprise partielle</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>électronique</translation>
    </message>
    <message>
        <source>declared by the member</source>
        <translation>déclaré par le membre</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <source>From %1: %2 of %3 h a week, %4</source>
        <translation>Dès le %1&#xa0;: %2 sur %3 h par semaine, %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>Partial resumption request of %1</source>
        <translation>Demande de reprise partielle du %1</translation>
    </message>
    <message>
        <source>Certificate received on %1</source>
        <translation>Certificat reçu le %1</translation>
    </message>
    <message>
        <source>signed at a terminal</source>
        <translation>signée sur une borne</translation>
    </message>
    <message>
        <source>on paper, at the counter</source>
        <translation>sur papier, au guichet</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>sur papier</translation>
    </message>
    <message>
        <source>signed online</source>
        <translation>signée en ligne</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Accident declaration received on %1</source>
        <translation>Déclaration d&apos;accident reçue le %1</translation>
    </message>
    <message>
        <source>at work or on the way to work</source>
        <translation>au travail ou sur le chemin du travail</translation>
    </message>
    <message>
        <source>at school</source>
        <translation>à l&apos;école</translation>
    </message>
    <message>
        <source>on the road</source>
        <translation>sur la route</translation>
    </message>
    <message>
        <source>during sport</source>
        <translation>pendant le sport</translation>
    </message>
    <message>
        <source>at home or in private life</source>
        <translation>à la maison ou dans la vie privée</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>ailleurs</translation>
    </message>
    <message>
        <source>Its answers are on the paper declaration.</source>
        <translation>Ses réponses figurent sur la déclaration papier.</translation>
    </message>
    <message>
        <source>The member says it was not an accident.</source>
        <translation>Le membre déclare que ce n&apos;était pas un accident.</translation>
    </message>
    <message>
        <source>An accident, %1</source>
        <translation>Un accident, %1</translation>
    </message>
    <message>
        <source>Happened on %1</source>
        <translation>Survenu le %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Ce qui s&apos;est passé : %1</translation>
    </message>
    <message>
        <source>Third party: %1</source>
        <translation>Tiers : %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message>
        <source>Their insurer: %1, policy %2</source>
        <translation>Son assureur : %1, police %2</translation>
    </message>
    <message>
        <source>No third party.</source>
        <translation>Pas de tiers.</translation>
    </message>
    <message>
        <source>Police report: %1</source>
        <translation>Procès-verbal : %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presumed accident of %1</source>
        <translation>Accident présumé du %1</translation>
    </message>
    <message>
        <source>To be returned by %1</source>
        <translation>À renvoyer pour le %1</translation>
    </message>
    <message>
        <source>Self-employed activity: %1</source>
        <translation>Activité indépendante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Employeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Débute le %1</translation>
    </message>
    <message>
        <source>%1 h a week of %2 h full time (%3 %)</source>
        <translation>%1 h par semaine sur %2 h à temps plein (%3 %)</translation>
    </message>
    <message>
        <source>Reached us on %1: %2</source>
        <translation>Reçue le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation>Couvre %1</translation>
    </message>
    <message>
        <source>Received on %1, %2</source>
        <translation>Reçu le %1, %2</translation>
    </message>
    <message>
        <source>Doctor: %1</source>
        <translation>Médecin&#xa0;: %1</translation>
    </message>
    <message>
        <source>incapacity-certificate-employee</source>
        <translation>certificat-incapacite-salarie</translation>
    </message>
    <message>
        <source>incapacity-certificate-self-employed</source>
        <translation>certificat-incapacite-independant</translation>
    </message>
    <message>
        <source>secondary-activity-declaration</source>
        <translation>declaration-activite-complementaire</translation>
    </message>
    <message>
        <source>return-to-work-employee</source>
        <translation>reprise-travail-salarie</translation>
    </message>
    <message>
        <source>return-to-work-self-employed</source>
        <translation>reprise-travail-independant</translation>
    </message>
    <message>
        <source>part-time-request-employee</source>
        <translation>demande-temps-partiel-salarie</translation>
    </message>
    <message>
        <source>part-time-request-self-employed</source>
        <translation>demande-temps-partiel-independant</translation>
    </message>
    <message>
        <source>voluntary-work-request</source>
        <translation>demande-travail-benevole</translation>
    </message>
    <message>
        <source>appointment-confirmation</source>
        <translation>confirmation-rendez-vous</translation>
    </message>
    <message>
        <source>No slot fits between these times: check the hours.</source>
        <translation>Aucune plage ne tient entre ces heures : vérifiez les heures.</translation>
    </message>
    <message>
        <source>The slots are open.</source>
        <translation>Les plages sont ouvertes.</translation>
    </message>
    <message>
        <source>The slots are withdrawn.</source>
        <translation>Les plages sont retirées.</translation>
    </message>
    <message>
        <source>No answer yet: look at the day&apos;s list before sending it again.</source>
        <translation>Pas encore de réponse : regardez la liste du jour avant de l&apos;envoyer à nouveau.</translation>
    </message>
    <message>
        <source>hospital-stay-summary</source>
        <translation>resume-hospitalisation</translation>
    </message>
    <message>
        <source>The household&apos;s reimbursements are held: an accident declaration was not returned by %1. Register the paper one received under %2, or the member signs it at a terminal.</source>
        <translation>Les remboursements du ménage sont suspendus&#xa0;: une déclaration d&apos;accident n&apos;a pas été renvoyée pour le %1. Enregistrez la déclaration papier reçue sous %2, ou le membre la signe sur une borne.</translation>
    </message>
    <message>
        <source>Your household&apos;s reimbursements are held: an accident declaration was not returned by %1. Return it here (%2) or at the counter.</source>
        <translation>Les remboursements de votre ménage sont suspendus&#xa0;: une déclaration d&apos;accident n&apos;a pas été renvoyée pour le %1. Renvoyez-la ici (%2) ou au guichet.</translation>
    </message>
    <message>
        <source>Your household&apos;s reimbursements are held: an accident declaration of another member of your household was not returned by %1. That person returns it at a terminal (%2) or at the counter.</source>
        <translation>Les remboursements de votre ménage sont suspendus&#xa0;: une déclaration d&apos;accident d&apos;un autre membre de votre ménage n&apos;a pas été renvoyée pour le %1. Cette personne la renvoie sur une borne (%2) ou au guichet.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Impression de votre ticket…</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Prenez votre ticket à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>No answer from the central database yet: the call waits to be sent.</source>
        <translation>Pas encore de réponse de la base de données centrale : l&apos;appel attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>The central database cannot be reached: the call is sent when it is.</source>
        <translation>La base de données centrale est injoignable : l&apos;appel sera envoyé dès qu&apos;elle le sera.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>Sending to your e-mail…</source>
        <translation>Envoi vers votre adresse e-mail…</translation>
    </message>
    <message>
        <source>Queued: it leaves when the terminal is connected again.</source>
        <translation>En attente d&apos;envoi&#xa0;: il partira quand la borne sera de nouveau connectée.</translation>
    </message>
    <message>
        <source>Queued: it leaves in a few minutes.</source>
        <translation>En attente d&apos;envoi&#xa0;: il part dans quelques minutes.</translation>
    </message>
    <message>
        <source>Sent to your e-mail at %1.</source>
        <translation>Envoyé à votre adresse e-mail à %1.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent. Print the document, or ask at the counter.</source>
        <translation>L&apos;e-mail n&apos;a pas pu être envoyé. Imprimez le document ou adressez-vous au guichet.</translation>
    </message>
</context>
<context>
    <name>AccessBar</name>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Speech guidance</source>
        <translation>Guidage vocal</translation>
    </message>
    <message>
        <source>Reads the screen aloud. Key: plus on the keypad.</source>
        <translation>Lit l&apos;écran à voix haute. Touche : plus du pavé numérique.</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Grand texte et contraste élevé</translation>
    </message>
    <message>
        <source>Shows larger text in yellow and white on black. Key: slash on the keypad.</source>
        <translation>Affiche un texte plus grand, en jaune et blanc sur noir. Touche : barre oblique du pavé numérique.</translation>
    </message>
</context>
<context>
    <name>AccidentFormView</name>
    <message>
        <source>Say whether it was an accident.</source>
        <translation>Dites s&apos;il s&apos;agissait d&apos;un accident.</translation>
    </message>
    <message>
        <source>You sign the declaration with your eID card and PIN code.</source>
        <translation>Vous signez la déclaration avec votre carte eID et votre code PIN.</translation>
    </message>
    <message>
        <source>%1 signs this declaration with their own eID card: at a terminal, or by hand once you print it filled in.</source>
        <translation>%1 signe cette déclaration avec sa propre carte eID&#xa0;: sur une borne, ou à la main une fois que vous l&apos;avez imprimée remplie.</translation>
    </message>
    <message>
        <source>The member signs the declaration with their eID card at a terminal, or by hand: print it filled in, and register it once it comes back signed.</source>
        <translation>Le membre signe la déclaration avec sa carte eID sur une borne, ou à la main&#xa0;: imprimez-la remplie, et enregistrez-la quand elle revient signée.</translation>
    </message>
    <message>
        <source>Signing needs your eID card in the reader: log in with your card to send it here, or print it filled in, sign it and return it to us.</source>
        <translation>Pour signer, votre carte eID doit être dans le lecteur&#xa0;: identifiez-vous avec votre carte pour l&apos;envoyer ici, ou imprimez-la remplie, signez-la et renvoyez-la-nous.</translation>
    </message>
    <message>
        <source>A password proves who you are but cannot sign: only your eID card can. Log in with your card to send it here, or print it filled in, sign it and return it to us.</source>
        <translation>Un mot de passe prouve qui vous êtes mais ne peut pas signer&#xa0;: seule votre carte eID le peut. Identifiez-vous avec votre carte pour l&apos;envoyer ici, ou imprimez-la remplie, signez-la et renvoyez-la-nous.</translation>
    </message>
    <message>
        <source>Accident declaration: care of %1 (%2)</source>
        <translation>Déclaration d&apos;accident&#xa0;: soins du %1 (%2)</translation>
    </message>
    <message>
        <source>Answer for the care below. If it was not an accident, say so: the declaration must be returned all the same.</source>
        <translation>Répondez pour les soins ci-dessous. Si ce n&apos;était pas un accident, dites-le&#xa0;: la déclaration doit être renvoyée quand même.</translation>
    </message>
    <message>
        <source>It was not an accident</source>
        <translation>Ce n&apos;était pas un accident</translation>
    </message>
    <message>
        <source>It was an accident</source>
        <translation>C&apos;était un accident</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Où cela s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>At work or on the way to work</source>
        <translation>Au travail ou sur le chemin du travail</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>À l&apos;école</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>Sur la route</translation>
    </message>
    <message>
        <source>During sport</source>
        <translation>Pendant le sport</translation>
    </message>
    <message>
        <source>At home or in private life</source>
        <translation>À la maison ou dans la vie privée</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where (address or place)</source>
        <translation>Où (adresse ou lieu)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Son adresse</translation>
    </message>
    <message>
        <source>Their insurer</source>
        <translation>Son assureur</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Police report number (if any)</source>
        <translation>Numéro du procès-verbal (s&apos;il y en a un)</translation>
    </message>
    <message>
        <source>Someone else may be liable</source>
        <translation>Quelqu&apos;un d&apos;autre est peut-être responsable</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Print it filled in</source>
        <translation>L&apos;imprimer remplie</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Signer avec ma carte</translation>
    </message>
</context>
<context>
    <name>AccidentSignView</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Code PIN incorrect. Il vous reste %n essai.</numerusform>
            <numerusform>Code PIN incorrect. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign your accident declaration for the care of %1.</source>
        <translation>Tapez votre code PIN pour signer votre déclaration d&apos;accident pour les soins du %1.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code PIN</translation>
    </message>
</context>
<context>
    <name>AccidentsPage</name>
    <message>
        <source>You have no accident declaration to return.</source>
        <translation>Vous n&apos;avez aucune déclaration d&apos;accident à renvoyer.</translation>
    </message>
    <message>
        <source>The Accidents service: %1, %2</source>
        <translation>Le service Accidents&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Your declaration for the care of %1 is sent to the Accidents service with the form you signed.</source>
        <translation>Votre déclaration pour les soins du %1 est envoyée au service Accidents avec le formulaire que vous avez signé.</translation>
    </message>
    <message>
        <source>The member has no accident declaration to return.</source>
        <translation>Le membre n&apos;a aucune déclaration d&apos;accident à renvoyer.</translation>
    </message>
    <message>
        <source>Your declaration for the care of %1 is sent to the Accidents service with the form you signed. It waits on this terminal until the connection is back.</source>
        <translation>Votre déclaration pour les soins du %1 est envoyée au service Accidents avec le formulaire que vous avez signé. Elle attend sur cette borne jusqu&apos;au retour de la connexion.</translation>
    </message>
    <message>
        <source>Care of %1 — %2</source>
        <translation>Soins du %1 — %2</translation>
    </message>
    <message>
        <source>It was to be returned by %1: return it now.</source>
        <translation>Elle devait être renvoyée pour le %1&#xa0;: renvoyez-la maintenant.</translation>
    </message>
    <message>
        <source>Return it by %1.</source>
        <translation>À renvoyer pour le %1.</translation>
    </message>
    <message>
        <source>A declaration for care of %1 was already returned: our documents may have crossed. If this care comes from the same accident, call the Accidents service at %2 or write to %3.</source>
        <translation>Une déclaration pour des soins du %1 a déjà été renvoyée&#xa0;: nos documents se sont peut-être croisés. Si ces soins viennent du même accident, appelez le service Accidents au %2 ou écrivez à %3.</translation>
    </message>
    <message>
        <source>Your signed declaration was refused: %1</source>
        <translation>Votre déclaration signée a été refusée : %1</translation>
    </message>
    <message>
        <source>You returned it here: it is on its way to the mutuality.</source>
        <translation>Vous l&apos;avez renvoyée ici&#xa0;: elle est en route vers la mutualité.</translation>
    </message>
    <message>
        <source>Returned at a terminal: on its way to the mutuality.</source>
        <translation>Renvoyée sur une borne&#xa0;: en route vers la mutualité.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>L&apos;imprimer</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Register a paper declaration received</source>
        <translation>Enregistrer une déclaration papier reçue</translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation>La remplir</translation>
    </message>
    <message>
        <source>Care of %1 — %2: returned on %3, dealt with by the Accidents service.</source>
        <translation>Soins du %1 — %2&#xa0;: renvoyée le %3, traitée par le service Accidents.</translation>
    </message>
    <message>
        <source>Care of %1 — %2: returned on %3.</source>
        <translation>Soins du %1 — %2&#xa0;: renvoyée le %3.</translation>
    </message>
    <message>
        <source>Accident declarations to return</source>
        <translation>Déclarations d&apos;accident à renvoyer</translation>
    </message>
    <message>
        <source>Some care of the member suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays the care and recovers it from whoever is liable.</source>
        <translation>Certains soins du membre laissent penser à un accident. Renvoyer chaque déclaration est une obligation légale, même quand ce n&apos;était pas un accident : la mutualité paie les soins et les récupère auprès du responsable.</translation>
    </message>
    <message>
        <source>Some care suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays your care and recovers it from whoever is liable.</source>
        <translation>Certains soins laissent penser à un accident. Renvoyer chaque déclaration est une obligation légale, même quand ce n&apos;était pas un accident&#xa0;: la mutualité paie vos soins et les récupère auprès du responsable.</translation>
    </message>
    <message>
        <source>Print a declaration, or register a paper one received.</source>
        <translation>Imprimez une déclaration, ou enregistrez une déclaration papier reçue.</translation>
    </message>
    <message>
        <source>Fill in each declaration and sign it with your card, or print it.</source>
        <translation>Remplissez chaque déclaration et signez-la avec votre carte, ou imprimez-la.</translation>
    </message>
    <message>
        <source>Paper declaration received on</source>
        <translation>Déclaration papier reçue le</translation>
    </message>
    <message>
        <source>Declarations returned</source>
        <translation>Déclarations renvoyées</translation>
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
    <message>
        <source>Choose Activate my account to get your login details by post, or Not now.</source>
        <translation>Choisissez Activer mon compte pour recevoir vos identifiants par la poste, ou Pas maintenant.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>being examined</source>
        <translation>en cours d&apos;examen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>No medical agreement in this file.</source>
        <translation>Aucun accord du médecin-conseil dans ce dossier.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>The last time must come after the first.</source>
        <translation>La dernière heure doit venir après la première.</translation>
    </message>
    <message>
        <source>An adviser</source>
        <translation>Un conseiller</translation>
    </message>
    <message>
        <source>The social service</source>
        <translation>Le service social</translation>
    </message>
    <message>
        <source>The medical adviser</source>
        <translation>Le médecin-conseil</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>No slot on %1 at this agency.</source>
        <translation>Aucune plage le %1 dans cette agence.</translation>
    </message>
    <message>
        <source>%1: %2 booked, %3 free.</source>
        <translation>%1 : %2 réservée(s), %3 libre(s).</translation>
    </message>
    <message>
        <source>Appointment slots</source>
        <translation>Plages de rendez-vous</translation>
    </message>
    <message>
        <source>An agency&apos;s slots of a day. Open new ones, or withdraw free ones.</source>
        <translation>Les plages d&apos;une agence pour un jour. Ouvrez-en de nouvelles, ou retirez des plages libres.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The day&apos;s appointment slots</source>
        <translation>Les plages de rendez-vous du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Tick free slots to withdraw them.</source>
        <translation>Cochez les plages libres pour les retirer.</translation>
    </message>
    <message>
        <source>Withdraw the slots ticked</source>
        <translation>Retirer les plages cochées</translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Ouvrir des plages</translation>
    </message>
    <message>
        <source>Day of the new slots</source>
        <translation>Jour des nouvelles plages</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Toutes les (minutes)</translation>
    </message>
    <message>
        <source>Open these slots</source>
        <translation>Ouvrir ces plages</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Your request waits on this terminal until the connection is back: it is not confirmed yet.</source>
        <translation>Votre demande attend sur cette borne que la connexion revienne : elle n&apos;est pas encore confirmée.</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer…</source>
        <translation>Envoyé à la mutualité : en attente de sa réponse…</translation>
    </message>
    <message>
        <source>Booked: %1 at %2.</source>
        <translation>Réservé : %1 à %2.</translation>
    </message>
    <message>
        <source>Someone booked this time just before you. Here are the next free times of the same agency and service: choose one.</source>
        <translation>Quelqu&apos;un a réservé cette heure juste avant vous. Voici les prochaines heures libres de la même agence et du même service : choisissez-en une.</translation>
    </message>
    <message>
        <source>Your cancellation waits on this terminal until the connection is back.</source>
        <translation>Votre annulation attend sur cette borne que la connexion revienne.</translation>
    </message>
    <message>
        <source>Your cancellation is on its way to the mutuality…</source>
        <translation>Votre annulation est en route vers la mutualité…</translation>
    </message>
    <message>
        <source>Your appointment is cancelled.</source>
        <translation>Votre rendez-vous est annulé.</translation>
    </message>
    <message>
        <source>No answer yet: your request waits to be confirmed. My appointments shows it until then.</source>
        <translation>Pas encore de réponse : votre demande attend d&apos;être confirmée. Mes rendez-vous l&apos;affiche jusque-là.</translation>
    </message>
    <message>
        <source>Choose a free time in the list.</source>
        <translation>Choisissez une heure libre dans la liste.</translation>
    </message>
    <message>
        <source>The request waits on this terminal until the connection is back: it is not confirmed yet.</source>
        <translation>La demande attend sur ce poste que la connexion revienne : elle n&apos;est pas encore confirmée.</translation>
    </message>
    <message>
        <source>Someone else booked this time just before. Here are the next free times of the same agency and service: choose one with the member.</source>
        <translation>Quelqu&apos;un d&apos;autre a réservé cette heure juste avant. Voici les prochaines heures libres de la même agence et du même service : choisissez-en une avec le membre.</translation>
    </message>
    <message>
        <source>The cancellation waits on this terminal until the connection is back.</source>
        <translation>L&apos;annulation attend sur ce poste que la connexion revienne.</translation>
    </message>
    <message>
        <source>The cancellation is on its way to the mutuality…</source>
        <translation>L&apos;annulation est en route vers la mutualité…</translation>
    </message>
    <message>
        <source>The member&apos;s appointment is cancelled.</source>
        <translation>Le rendez-vous du membre est annulé.</translation>
    </message>
    <message>
        <source>No answer yet: the request waits to be confirmed. The member&apos;s appointments show it until then.</source>
        <translation>Pas encore de réponse : la demande attend d&apos;être confirmée. Les rendez-vous du membre l&apos;affichent jusque-là.</translation>
    </message>
    <message>
        <source>Cancel your appointment of %1 at %2?</source>
        <translation>Annuler votre rendez-vous du %1 à %2 ?</translation>
    </message>
    <message>
        <source>Cancel the member&apos;s appointment of %1 at %2?</source>
        <translation>Annuler le rendez-vous du membre, le %1 à %2&#xa0;?</translation>
    </message>
    <message>
        <source>The member has no appointment coming.</source>
        <translation>Le membre n&apos;a aucun rendez-vous à venir.</translation>
    </message>
    <message>
        <source>The member&apos;s coming appointments at our agencies.</source>
        <translation>Les prochains rendez-vous du membre dans nos agences.</translation>
    </message>
    <message>
        <source>Choose whom the member would like to see, the agency and a free time.</source>
        <translation>Choisissez qui le membre souhaite rencontrer, l&apos;agence et une heure libre.</translation>
    </message>
    <message>
        <source>Whom would the member like to see?</source>
        <translation>Qui le membre souhaite-t-il rencontrer&#xa0;?</translation>
    </message>
    <message>
        <source>An adviser</source>
        <translation>Un conseiller</translation>
    </message>
    <message>
        <source>The social service</source>
        <translation>Le service social</translation>
    </message>
    <message>
        <source>The medical adviser</source>
        <translation>Le médecin-conseil</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Print the confirmation</source>
        <translation>Imprimer la confirmation</translation>
    </message>
    <message>
        <source>No agency offers free times for this service now: choose another service.</source>
        <translation>Aucune agence ne propose d&apos;heure libre pour ce service pour l&apos;instant&#xa0;: choisissez un autre service.</translation>
    </message>
    <message>
        <source>This agency has no free time for this service in the coming weeks: choose another agency.</source>
        <translation>Cette agence n&apos;a pas d&apos;heure libre pour ce service dans les semaines à venir&#xa0;: choisissez une autre agence.</translation>
    </message>
    <message>
        <source>Cancellation waiting on this terminal</source>
        <translation>Annulation en attente sur cette borne</translation>
    </message>
    <message>
        <source>Cancellation on its way to the mutuality</source>
        <translation>Annulation en route vers la mutualité</translation>
    </message>
    <message>
        <source>Waiting on this terminal: not confirmed yet</source>
        <translation>En attente sur cette borne : pas encore confirmé</translation>
    </message>
    <message>
        <source>On its way to the mutuality</source>
        <translation>En route vers la mutualité</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>You have no appointment coming.</source>
        <translation>Vous n&apos;avez aucun rendez-vous à venir.</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Mes rendez-vous</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <source>Your coming appointments at our agencies.</source>
        <translation>Vos prochains rendez-vous dans nos agences.</translation>
    </message>
    <message>
        <source>The member&apos;s appointments: book one, move it or cancel it.</source>
        <translation>Les rendez-vous du membre&#xa0;: prenez-en un, déplacez-le ou annulez-le.</translation>
    </message>
    <message>
        <source>Your appointments: book one, move it or cancel it.</source>
        <translation>Vos rendez-vous&#xa0;: prenez-en un, déplacez-le ou annulez-le.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Non, le garder</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Oui, l&apos;annuler</translation>
    </message>
    <message>
        <source>Move an appointment</source>
        <translation>Déplacer un rendez-vous</translation>
    </message>
    <message>
        <source>Now: %1 at %2. Choose a new time.</source>
        <translation>Actuellement : %1 à %2. Choisissez une nouvelle heure.</translation>
    </message>
    <message>
        <source>Move it to this time</source>
        <translation>Le déplacer à cette heure</translation>
    </message>
    <message>
        <source>Choose whom you would like to see, the agency and a free time.</source>
        <translation>Choisissez qui vous souhaitez rencontrer, l&apos;agence et une heure libre.</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Réserver cette heure</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Le garder tel quel</translation>
    </message>
    <message>
        <source>Whom would you like to see?</source>
        <translation>Qui souhaitez-vous rencontrer ?</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Heures libres</translation>
    </message>
    <message>
        <source>Subject (optional)</source>
        <translation>Objet (facultatif)</translation>
    </message>
</context>
<context>
    <name>BankSignPage</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Code PIN incorrect. Il vous reste %n essais.</numerusform>
            <numerusform>Code PIN incorrect. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the change of your bank account to %1.</source>
        <translation>Tapez votre code PIN pour signer le remplacement de votre compte bancaire par le compte %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <name>CalledList</name>
    <message>
        <source>Desk %1</source>
        <translation>Guichet %1</translation>
    </message>
    <message>
        <source>Tickets called</source>
        <translation>Tickets appelés</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
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
    <message>
        <source>Say how we can reach you, then choose Send. A colleague will contact you.</source>
        <translation>Indiquez comment vous joindre, puis choisissez Envoyer. Un collègue vous contactera.</translation>
    </message>
</context>
<context>
    <name>CertificateForm</name>
    <message>
        <source>Waiting for the answer…</source>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>A paper certificate received</source>
        <translation>Un certificat papier reçu</translation>
    </message>
    <message>
        <source>Member&apos;s national number</source>
        <translation>Numéro national du membre</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>Statut professionnel</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>Couvre du</translation>
    </message>
    <message>
        <source>Covers to</source>
        <translation>Couvre jusqu&apos;au</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Nom du médecin</translation>
    </message>
    <message>
        <source>First certificate</source>
        <translation>Premier certificat</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Ouvrier</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Chômeur</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Indépendant</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Register the certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Tapez votre mot de passe actuel, puis deux fois le nouveau.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Choisissez votre propre mot de passe</translation>
    </message>
    <message>
        <source>You logged in with the password of our letter. Choose your own now: the letter&apos;s password will then stop working.</source>
        <translation>Vous vous êtes connecté avec le mot de passe de notre lettre. Choisissez maintenant le vôtre&#xa0;: celui de la lettre ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Me déconnecter</translation>
    </message>
    <message>
        <source>Password of the letter</source>
        <translation>Mot de passe de la lettre</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Your new password works at once, here and on the online counter.</source>
        <translation>Votre nouveau mot de passe fonctionne tout de suite, ici et au guichet en ligne.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe (encore)</translation>
    </message>
    <message>
        <source>At least %1 characters. Three or four unrelated words make a strong password that is easy to remember. Do not use your name, your national number or your birth date.</source>
        <translation>Au moins %1 caractères. Trois ou quatre mots sans rapport entre eux font un mot de passe solide et facile à retenir. N&apos;utilisez ni votre nom, ni votre numéro national, ni votre date de naissance.</translation>
    </message>
    <message>
        <source>Save my new password</source>
        <translation>Enregistrer mon nouveau mot de passe</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice, then choose Save.</source>
        <translation>Tapez votre mot de passe actuel, puis deux fois le nouveau, puis choisissez Enregistrer.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Type each date as %1.</source>
        <translation>Tapez chaque date comme %1.</translation>
    </message>
    <message>
        <source>This is the first certificate of a new incapacity.</source>
        <translation>C&apos;est le premier certificat d&apos;une nouvelle incapacité.</translation>
    </message>
    <message>
        <source>This is a prolongation: it starts the day after your previous certificate ends.</source>
        <translation>C&apos;est une prolongation : il commence le lendemain de la fin de votre certificat précédent.</translation>
    </message>
    <message>
        <source>This is a relapse: it starts after a short gap, so it continues your incapacity in a new file.</source>
        <translation>C&apos;est une rechute : il commence après une courte interruption, il poursuit donc votre incapacité dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>This is a new incapacity: the gap since your previous certificate is too long for a relapse. Send it as a first certificate.</source>
        <translation>C&apos;est une nouvelle incapacité : l&apos;interruption depuis votre certificat précédent est trop longue pour une rechute. Envoyez-le comme premier certificat.</translation>
    </message>
    <message>
        <source>Not covered by a certificate: %1 – %2</source>
        <translation>Pas couvert par un certificat : %1 – %2</translation>
    </message>
    <message>
        <source>Your doctor sends it electronically: you have nothing to send.</source>
        <translation>Votre médecin l&apos;envoie électroniquement : vous n&apos;avez rien à envoyer.</translation>
    </message>
    <message>
        <source>An electronic certificate cannot cover so long: your doctor sends a new one before this one ends.</source>
        <translation>Un certificat électronique ne peut pas couvrir une période aussi longue : votre médecin en envoie un nouveau avant la fin de celui-ci.</translation>
    </message>
    <message>
        <source>It must reach us by %1.</source>
        <translation>Il doit nous parvenir au plus tard le %1.</translation>
    </message>
    <message>
        <source>Received on %1, it is on time.</source>
        <translation>Reçu le %1, il est à temps.</translation>
    </message>
    <message>
        <source>It is late, but no paid day is cut.</source>
        <translation>Il est en retard, mais aucun jour payé n&apos;est réduit.</translation>
    </message>
    <message numerus="yes">
        <source>It is late: your indemnity is %1 less for %n paid day(s), from %2 to %3.</source>
        <translation>
            <numerusform>Il est en retard : votre indemnité est réduite de %1 pour %n jour payé, du %2 au %3.</numerusform>
            <numerusform>Il est en retard : votre indemnité est réduite de %1 pour %n jours payés, du %2 au %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1.</source>
        <translation>Environ %1.</translation>
    </message>
    <message numerus="yes">
        <source>The cut is waived if it costs you at least %1 and you could not send it in time (force majeure) or your household earns less than %2 a year; at most once in %n year(s).</source>
        <translation>
            <numerusform>La réduction est levée si elle vous coûte au moins %1 et que vous ne pouviez pas l&apos;envoyer à temps (force majeure) ou que votre ménage gagne moins de %2 par an ; au plus une fois par %n an.</numerusform>
            <numerusform>La réduction est levée si elle vous coûte au moins %1 et que vous ne pouviez pas l&apos;envoyer à temps (force majeure) ou que votre ménage gagne moins de %2 par an ; au plus une fois en %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-employed: no cut if it reached us by %1, once per period of incapacity.</source>
        <translation>Indépendants : pas de réduction s&apos;il nous est parvenu au plus tard le %1, une fois par période d&apos;incapacité.</translation>
    </message>
    <message numerus="yes">
        <source>Self-employed: up to %n month(s) late there is no cut, once per period of incapacity.</source>
        <translation>
            <numerusform>Indépendants : jusqu&apos;à %n mois de retard, pas de réduction, une fois par période d&apos;incapacité.</numerusform>
            <numerusform>Indépendants : jusqu&apos;à %n mois de retard, pas de réduction, une fois par période d&apos;incapacité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Here the waiver does not apply.</source>
        <translation>Ici, la dispense ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>Ask the counter whether it applies to you.</source>
        <translation>Demandez au guichet si elle s&apos;applique à vous.</translation>
    </message>
    <message>
        <source>Here the cut can be waived: tell the counter.</source>
        <translation>Ici, la réduction peut être levée : signalez-le au guichet.</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>Type the dates your doctor wrote and the day the certificate reaches us: you see what kind of certificate it is and whether it is on time.</source>
        <translation>Tapez les dates écrites par votre médecin et le jour où le certificat nous parvient : vous voyez de quel certificat il s&apos;agit et s&apos;il arrive à temps.</translation>
    </message>
    <message>
        <source>First day it covers</source>
        <translation>Premier jour couvert</translation>
    </message>
    <message>
        <source>Last day it covers</source>
        <translation>Dernier jour couvert</translation>
    </message>
    <message>
        <source>Day it reaches us</source>
        <translation>Jour où il nous parvient</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <source>Your work status</source>
        <translation>Votre statut professionnel</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>ouvrier</translation>
    </message>
    <message>
        <source>an employee</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>chômeur</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>indépendant</translation>
    </message>
    <message>
        <source>On paper: I send it</source>
        <translation>Sur papier : je l&apos;envoie</translation>
    </message>
    <message>
        <source>Electronically: my doctor sends it</source>
        <translation>Électroniquement : mon médecin l&apos;envoie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
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
        <source>Touch More time or press a key.</source>
        <translation>Touchez « Plus de temps » ou appuyez sur une touche.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Plus de temps</translation>
    </message>
    <message>
        <source>Your visit gets its whole time again.</source>
        <translation>Vous disposez à nouveau de tout le temps prévu.</translation>
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
    <message>
        <source>Choose I cannot log in to ask for help, or Finish.</source>
        <translation>Choisissez Je ne peux pas me connecter pour demander de l&apos;aide, ou Terminer.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card, or type their national number and choose Find.</source>
        <translation>Introduisez la carte eID du membre, ou tapez son numéro national et choisissez Rechercher.</translation>
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
        <source>Reason for opening the file</source>
        <translation>Motif de la consultation du dossier</translation>
    </message>
    <message>
        <source>The member is at the counter</source>
        <translation>Le membre est au guichet</translation>
    </message>
    <message>
        <source>A phone call from the member</source>
        <translation>Un appel téléphonique du membre</translation>
    </message>
    <message>
        <source>A letter or an e-mail from the member</source>
        <translation>Une lettre ou un e-mail du membre</translation>
    </message>
    <message>
        <source>Follow-up of a request</source>
        <translation>Suivi d&apos;une demande</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
</context>
<context>
    <name>DeskTickets</name>
    <message>
        <source>Queue tickets</source>
        <translation>Tickets de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Call the next ticket</source>
        <translation>Appeler le ticket suivant</translation>
    </message>
    <message>
        <source>Called: %1</source>
        <translation>Appelé : %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this service.</source>
        <translation>Personne n&apos;attend pour ce service.</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1 : %2 en attente</translation>
    </message>
</context>
<context>
    <name>DmgPage</name>
    <message>
        <source>No global medical file (DMG). Ask your GP to open one: it costs you nothing.</source>
        <translation>Pas de dossier médical global (DMG). Demandez à votre médecin généraliste d&apos;en ouvrir un&#xa0;: cela ne vous coûte rien.</translation>
    </message>
    <message>
        <source>Global medical file with %1, valid until %2.</source>
        <translation>Dossier médical global chez %1, valable jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Your global medical file with %1 ended on %2: ask your GP to renew it.</source>
        <translation>Votre dossier médical global chez %1 a pris fin le %2&#xa0;: demandez à votre médecin généraliste de le prolonger.</translation>
    </message>
    <message>
        <source>With a DMG your GP consultations cost you less: your share with and without it.</source>
        <translation>Avec un DMG, vos consultations chez le médecin généraliste vous coûtent moins cher&#xa0;: votre quote-part personnelle avec et sans DMG.</translation>
    </message>
    <message>
        <source>Consultations with and without a DMG</source>
        <translation>Consultations avec et sans DMG</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Honoraire officiel</translation>
    </message>
    <message>
        <source>Without DMG</source>
        <translation>Sans DMG</translation>
    </message>
    <message>
        <source>With DMG</source>
        <translation>Avec DMG</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>from you</source>
        <translation>par vous</translation>
    </message>
    <message>
        <source>to you</source>
        <translation>à vous</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>signé le %1</translation>
    </message>
    <message>
        <source>(paper only)</source>
        <translation>(papier uniquement)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Type a code (digits) or words of the service.</source>
        <translation>Tapez un code (chiffres) ou des mots de la prestation.</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Pour vous</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Tous âges</translation>
    </message>
    <message>
        <source>Under 10</source>
        <translation>Moins de 10 ans</translation>
    </message>
    <message>
        <source>10 to 74</source>
        <translation>10 à 74 ans</translation>
    </message>
    <message>
        <source>75 and over, or chronically ill</source>
        <translation>75 ans et plus, ou malade chronique</translation>
    </message>
    <message>
        <source>ordinary cover, without a DMG</source>
        <translation>régime ordinaire, sans DMG</translation>
    </message>
    <message>
        <source>ordinary cover, with a DMG</source>
        <translation>régime ordinaire, avec un DMG</translation>
    </message>
    <message>
        <source>BIM, without a DMG</source>
        <translation>BIM, sans DMG</translation>
    </message>
    <message>
        <source>BIM, with a DMG</source>
        <translation>BIM, avec un DMG</translation>
    </message>
    <message>
        <source>BIM</source>
        <translation>BIM</translation>
    </message>
    <message>
        <source>under 10</source>
        <translation>moins de 10 ans</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>The DMG is valid until %1.</source>
        <translation>Le DMG est valable jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>pas d&apos;honoraire</translation>
    </message>
    <message>
        <source>No code matches. Try fewer words, or the start of a word.</source>
        <translation>Aucun code ne correspond. Essayez moins de mots, ou le début d&apos;un mot.</translation>
    </message>
    <message>
        <source>More codes match than are shown: add a word to narrow the list.</source>
        <translation>D&apos;autres codes correspondent : ajoutez un mot pour affiner la liste.</translation>
    </message>
    <message>
        <source>This code has no fee in the data on %1.</source>
        <translation>Ce code n&apos;a pas d&apos;honoraire dans les données au %1.</translation>
    </message>
    <message>
        <source>%1 — %2 — the data hold no reimbursement for this case.</source>
        <translation>%1 — %2 — les données ne contiennent aucun remboursement pour ce cas.</translation>
    </message>
    <message>
        <source>%1 — %2, up to %3 years — nothing to pay: young BIM members with a DMG pay no personal share at the GP or the specialist.</source>
        <translation>%1 — %2, jusqu&apos;à %3 ans — rien à payer : les jeunes BIM avec un DMG ne paient pas de ticket modérateur chez le généraliste ni chez le spécialiste.</translation>
    </message>
    <message>
        <source>%1 — %2 — your share is %3.</source>
        <translation>%1 — %2 — votre part est de %3.</translation>
    </message>
    <message>
        <source>%1 — %2 — the share is %3.</source>
        <translation>%1 — %2 — la part personnelle est de %3.</translation>
    </message>
    <message>
        <source>Ordinary, without DMG</source>
        <translation>Ordinaire, sans DMG</translation>
    </message>
    <message>
        <source>Ordinary, with DMG</source>
        <translation>Ordinaire, avec DMG</translation>
    </message>
    <message>
        <source>BIM, without DMG</source>
        <translation>BIM, sans DMG</translation>
    </message>
    <message>
        <source>BIM, with DMG</source>
        <translation>BIM, avec DMG</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaire</translation>
    </message>
    <message>
        <source>This service&apos;s name exists in French and Dutch only: shown in French.</source>
        <translation>Le nom de cette prestation n&apos;existe qu&apos;en français et en néerlandais : affiché en français.</translation>
    </message>
    <message>
        <source>This service&apos;s name exists in French and Dutch only: shown in Dutch.</source>
        <translation>Le nom de cette prestation n&apos;existe qu&apos;en français et en néerlandais : affiché en néerlandais.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The data hold no fee for this code.</source>
        <translation>Les données ne contiennent aucun honoraire pour ce code.</translation>
    </message>
    <message>
        <source>Amounts as set by: %1.</source>
        <translation>Montants fixés par : %1.</translation>
    </message>
    <message>
        <source>Official fee: %1</source>
        <translation>Honoraire officiel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type a code or words, then choose Search. Pick a code in the list to see its amounts.</source>
        <translation>Tapez un code ou des mots, puis choisissez Rechercher. Choisissez un code dans la liste pour voir ses montants.</translation>
    </message>
    <message>
        <source>A code, or words: consultation, huisarts…</source>
        <translation>Un code, ou des mots : consultation, généraliste…</translation>
    </message>
    <message>
        <source>Search a code or words of the service</source>
        <translation>Chercher un code ou des mots de la prestation</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Codes trouvés</translation>
    </message>
    <message>
        <source>The code&apos;s fees and reimbursements</source>
        <translation>Les honoraires et remboursements du code</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Honoraire officiel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>Vous payez</translation>
    </message>
    <message>
        <source>The personal share (ticket modérateur, remgeld)</source>
        <translation>La part personnelle (ticket modérateur)</translation>
    </message>
    <message>
        <source>The part of the official fee the compulsory insurance does not reimburse: the official fee minus the reimbursement. It is smaller with a global medical file (DMG) at your GP, and for members entitled to the increased reimbursement (BIM). A provider who is not conventioned may ask more than the official fee: that supplement is never reimbursed.</source>
        <translation>La partie de l&apos;honoraire officiel que l&apos;assurance obligatoire ne rembourse pas : l&apos;honoraire officiel moins le remboursement. Elle est plus petite avec un dossier médical global (DMG) chez votre généraliste, et pour les bénéficiaires de l&apos;intervention majorée (BIM). Un prestataire non conventionné peut demander plus que l&apos;honoraire officiel : ce supplément n&apos;est jamais remboursé.</translation>
    </message>
    <message>
        <source>The BVAC attestation</source>
        <translation>L&apos;attestation BVAC</translation>
    </message>
    <message>
        <source>BVAC stands for &quot;Bijkomende Verzekering / Assurance Complémentaire&quot;. Your pharmacist fills it in when you ask, for medicines or other health products that a complementary insurance (a hospitalisation insurance, for example) may pay back. It lists the pharmacist, the prescribing doctor, you and the products. Send it to that insurer, or have the pharmacist send it electronically if your insurer takes part. It is for that insurer: the compulsory reimbursement does not need it.</source>
        <translation>BVAC signifie « Bijkomende Verzekering / Assurance Complémentaire ». Votre pharmacien la remplit à votre demande, pour des médicaments ou d&apos;autres produits de santé qu&apos;une assurance complémentaire (une assurance hospitalisation, par exemple) peut rembourser. Elle mentionne le pharmacien, le médecin prescripteur, vous-même et les produits. Envoyez-la à cet assureur, ou demandez au pharmacien de la lui transmettre par voie électronique si votre assureur y participe. Elle est destinée à cet assureur : le remboursement obligatoire n&apos;en a pas besoin.</translation>
    </message>
</context>
<context>
    <name>FileScreen</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <source>Shows the sections of your file, to choose another.</source>
        <translation>Affiche les rubriques de votre dossier, pour en choisir une autre.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Your file. Choose a section, or Back to leave your file.</source>
        <translation>Votre dossier. Choisissez une rubrique, ou Retour pour quitter votre dossier.</translation>
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
    <message>
        <source>Type your national number, then choose Send me a new password.</source>
        <translation>Tapez votre numéro national, puis choisissez M&apos;envoyer un nouveau mot de passe.</translation>
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
    <name>FormsView</name>
    <message>
        <source>Incapacity certificate for your doctor (employee, worker, unemployed)</source>
        <translation>Certificat d&apos;incapacité pour votre médecin (employé, ouvrier, chômeur)</translation>
    </message>
    <message>
        <source>Incapacity certificate for your doctor (self-employed)</source>
        <translation>Certificat d&apos;incapacité pour votre médecin (indépendant)</translation>
    </message>
    <message>
        <source>Declaration of a secondary self-employed activity</source>
        <translation>Déclaration d&apos;une activité indépendante complémentaire</translation>
    </message>
    <message>
        <source>Return to work (employee, worker, unemployed)</source>
        <translation>Reprise du travail (employé, ouvrier, chômeur)</translation>
    </message>
    <message>
        <source>Return to work (self-employed)</source>
        <translation>Reprise du travail (indépendant)</translation>
    </message>
    <message>
        <source>Request to work part time (employee)</source>
        <translation>Demande de travail à temps partiel (salarié)</translation>
    </message>
    <message>
        <source>Request to work part time (self-employed)</source>
        <translation>Demande de travail à temps partiel (indépendant)</translation>
    </message>
    <message>
        <source>Request for voluntary work</source>
        <translation>Demande de travail bénévole</translation>
    </message>
    <message>
        <source>Forms to print</source>
        <translation>Formulaires à imprimer</translation>
    </message>
    <message>
        <source>In your language, with your details already filled in.</source>
        <translation>Dans votre langue, avec vos données déjà remplies.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Imprimer : %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Enregistrer en PDF : %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
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
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Choose a section, or Finish and log out.</source>
        <translation>Choisissez une rubrique, ou Terminer et se déconnecter.</translation>
    </message>
</context>
<context>
    <name>HospitalPage</name>
    <message>
        <source>Ordinary insured person with dependants</source>
        <translation>Assuré ordinaire avec personnes à charge</translation>
    </message>
    <message>
        <source>Ordinary insured person</source>
        <translation>Assuré ordinaire</translation>
    </message>
    <message>
        <source>Increased reimbursement (BIM)</source>
        <translation>Intervention majorée (BIM)</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>Personne à charge</translation>
    </message>
    <message>
        <source>Cover during the stay</source>
        <translation>Couverture pendant le séjour</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Accident declarations</source>
        <translation>Déclarations d&apos;accident</translation>
    </message>
    <message>
        <source>Insurability</source>
        <translation>Assurabilité</translation>
    </message>
    <message>
        <source>Insured every day of the stay.</source>
        <translation>Assuré chaque jour du séjour.</translation>
    </message>
    <message>
        <source>Not insured on the day of admission. Come to the counter before the admission to put the insurability in order.</source>
        <translation>Pas assuré le jour de l&apos;admission. Passez au guichet avant l&apos;admission pour mettre l&apos;assurabilité en ordre.</translation>
    </message>
    <message>
        <source>The cover ends on %1, before the end of the stay. Come to the counter before the admission to put the insurability in order.</source>
        <translation>La couverture s&apos;arrête le %1, avant la fin du séjour. Passez au guichet avant l&apos;admission pour mettre l&apos;assurabilité en ordre.</translation>
    </message>
    <message>
        <source>Every contribution due before the admission is paid.</source>
        <translation>Toutes les cotisations dues avant l&apos;admission sont payées.</translation>
    </message>
    <message>
        <source>Contributions due before the admission are not paid: %2 (the oldest due on %1). Pay them before the admission, or come to the counter.</source>
        <translation>Des cotisations dues avant l&apos;admission ne sont pas payées&#xa0;: %2 (la plus ancienne échue le %1). Payez-les avant l&apos;admission, ou passez au guichet.</translation>
    </message>
    <message>
        <source>No accident declaration is blocking the file.</source>
        <translation>Aucune déclaration d&apos;accident ne bloque le dossier.</translation>
    </message>
    <message>
        <source>An accident declaration was not returned: the family&apos;s file has been blocked since %1 and reimbursements are held. Return the declaration (Accident declarations), or contact the Accidents service.</source>
        <translation>Une déclaration d&apos;accident n&apos;a pas été renvoyée&#xa0;: le dossier de la famille est bloqué depuis le %1 et les remboursements sont suspendus. Renvoyez la déclaration (Déclarations d&apos;accident), ou contactez le service Accidents.</translation>
    </message>
    <message>
        <source>An active member of the health fund.</source>
        <translation>Membre actif de la mutualité.</translation>
    </message>
    <message>
        <source>Leaves the health fund on %1: it does not cover this stay. Come to the counter.</source>
        <translation>Quitte la mutualité le %1&#xa0;: elle ne couvre pas ce séjour. Passez au guichet.</translation>
    </message>
    <message>
        <source>Has left the health fund: it does not cover this stay. Come to the counter.</source>
        <translation>A quitté la mutualité&#xa0;: elle ne couvre pas ce séjour. Passez au guichet.</translation>
    </message>
    <message>
        <source>The move to the health fund has not taken effect yet: until it does, the current insurer covers the stay. Ask at the counter.</source>
        <translation>L&apos;arrivée à la mutualité ne prend pas encore effet&#xa0;: d&apos;ici là, l&apos;organisme actuel couvre le séjour. Renseignez-vous au guichet.</translation>
    </message>
    <message>
        <source>This file is closed. Please come to the counter.</source>
        <translation>Ce dossier est clôturé. Passez au guichet.</translation>
    </message>
    <message>
        <source>Days of the stay</source>
        <translation>Jours du séjour</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Days %1 to %2</source>
        <translation>Jours %1 à %2</translation>
    </message>
    <message>
        <source>The stay from %1 to %2, for %3. Category: %4.</source>
        <translation>Le séjour du %1 au %2, pour %3. Catégorie&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Estimated personal share: %1</source>
        <translation>Quote-part personnelle estimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Jour 1</translation>
    </message>
    <message>
        <source>From day 2</source>
        <translation>À partir du jour 2</translation>
    </message>
    <message>
        <source>From day %1</source>
        <translation>À partir du jour %1</translation>
    </message>
    <message>
        <source>▶ %1 (you)</source>
        <translation>▶ %1 (vous)</translation>
    </message>
    <message>
        <source>▶ %1 (%2)</source>
        <translation>▶ %1 (%2)</translation>
    </message>
    <message>
        <source>Amounts in force since %1 (source: %2).</source>
        <translation>Montants en vigueur depuis le %1 (source&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The file is in order for this stay.</source>
        <translation>Le dossier est en ordre pour ce séjour.</translation>
    </message>
    <message>
        <source>Before the admission, settle the points marked “To do”.</source>
        <translation>Avant l&apos;admission, réglez les points marqués «&#xa0;À faire&#xa0;».</translation>
    </message>
    <message>
        <source>✔ In order</source>
        <translation>✔ En ordre</translation>
    </message>
    <message>
        <source>✖ To do</source>
        <translation>✖ À faire</translation>
    </message>
    <message>
        <source>Type the admission date and the number of nights, then choose Check.</source>
        <translation>Tapez la date d&apos;admission et le nombre de nuits, puis choisissez Vérifier.</translation>
    </message>
    <message>
        <source>Planning an admission? Type its date and the nights you expect to stay: we check the file and estimate the daily personal share.</source>
        <translation>Une admission est prévue&#xa0;? Tapez sa date et le nombre de nuits prévues&#xa0;: nous vérifions le dossier et estimons la quote-part personnelle par jour.</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Date d&apos;admission</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Is my file in order?</source>
        <translation>Mon dossier est-il en ordre&#xa0;?</translation>
    </message>
    <message>
        <source>Is the file in order?</source>
        <translation>Le dossier est-il en ordre&#xa0;?</translation>
    </message>
    <message>
        <source>The estimated personal share</source>
        <translation>La quote-part personnelle estimée</translation>
    </message>
    <message>
        <source>Personal share per day by category</source>
        <translation>Quote-part personnelle par jour selon la catégorie</translation>
    </message>
    <message>
        <source>This estimates the daily personal share only: the hospital also bills medicines, implants and any supplements. A day in day hospital costs no daily share.</source>
        <translation>Ceci estime la seule quote-part par jour&#xa0;: l&apos;hôpital facture aussi les médicaments, les implants et les suppléments éventuels. Une journée en hôpital de jour ne coûte pas de quote-part par jour.</translation>
    </message>
    <message>
        <source>Rooms and supplements</source>
        <translation>Les chambres et les suppléments</translation>
    </message>
    <message>
        <source>Shared room (three beds or more)</source>
        <translation>Chambre commune (trois lits ou plus)</translation>
    </message>
    <message>
        <source>Two-bed room</source>
        <translation>Chambre à deux lits</translation>
    </message>
    <message>
        <source>Single room, chosen</source>
        <translation>Chambre individuelle choisie</translation>
    </message>
    <message>
        <source>No room supplement and no fee supplements, whoever the doctor.</source>
        <translation>Pas de supplément de chambre ni de suppléments d&apos;honoraires, quel que soit le médecin.</translation>
    </message>
    <message>
        <source>A room supplement, and fee supplements up to the percentage the hospital states on its admission declaration: read it before you sign.</source>
        <translation>Un supplément de chambre, et des suppléments d&apos;honoraires jusqu&apos;au pourcentage que l&apos;hôpital indique dans sa déclaration d&apos;admission&#xa0;: lisez-la avant de signer.</translation>
    </message>
    <message>
        <source>when the patient&apos;s health requires it;</source>
        <translation>quand l&apos;état de santé du patient l&apos;exige&#xa0;;</translation>
    </message>
    <message>
        <source>when the service requires it, or no bed is free in a shared or two-bed room;</source>
        <translation>quand le service l&apos;impose, ou qu&apos;aucun lit n&apos;est libre en chambre commune ou à deux lits&#xa0;;</translation>
    </message>
    <message>
        <source>in intensive care, and for an emergency admission;</source>
        <translation>aux soins intensifs, et lors d&apos;une admission en urgence&#xa0;;</translation>
    </message>
    <message>
        <source>for a child admitted with a parent, without a signed request for a single room.</source>
        <translation>pour un enfant hospitalisé avec un parent, sans demande signée de chambre individuelle.</translation>
    </message>
    <message>
        <source>No supplement at all, even in a single room:</source>
        <translation>Aucun supplément, même en chambre individuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Imprimer le résumé</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>IncapacityPage</name>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>Forms to print</source>
        <translation>Formulaires à imprimer</translation>
    </message>
    <message>
        <source>Work part time</source>
        <translation>Travailler à temps partiel</translation>
    </message>
    <message>
        <source>I resume work</source>
        <translation>Je reprends le travail</translation>
    </message>
</context>
<context>
    <name>IndemnitiesPage</name>
    <message>
        <source>primary incapacity</source>
        <translation>incapacité primaire</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invalidité</translation>
    </message>
    <message>
        <source>maternity leave</source>
        <translation>repos de maternité</translation>
    </message>
    <message>
        <source>No period of incapacity for work in this file.</source>
        <translation>Aucune période d&apos;incapacité de travail dans ce dossier.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Incapacity for work: %1 – %2</source>
        <translation>Incapacité de travail&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>Medical adviser: convocation on %1 at %2, %3 (%4)</source>
        <translation>Médecin-conseil&#xa0;: convocation le %1 à %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Next payment on %1 (for %2 to %3)</source>
        <translation>Prochain paiement le %1 (pour la période du %2 au %3)</translation>
    </message>
    <message>
        <source>Next payment expected on %1 (for %2 to %3): not published yet</source>
        <translation>Prochain paiement attendu le %1 (pour le %2 au %3) : pas encore publié</translation>
    </message>
    <message>
        <source>Indemnities paid</source>
        <translation>Indemnités payées</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Indemnity statement</source>
        <translation>Attestation d&apos;indemnités</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>First day of the statement</source>
        <translation>Premier jour de l&apos;attestation</translation>
    </message>
    <message>
        <source>Last day of the statement</source>
        <translation>Dernier jour de l&apos;attestation</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Langue de l&apos;attestation</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Imprimer l&apos;attestation</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
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
        <source>Check your details, choose how you join, then Sign with my eID card.</source>
        <translation>Vérifiez vos données, choisissez comment vous vous affiliez, puis Signer avec ma carte eID.</translation>
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
    <message>
        <source>No card? Create my online access</source>
        <translation>Pas de carte&#xa0;? Créer mon accès en ligne</translation>
    </message>
    <message>
        <source>Type your national number and your password, then choose Log in.</source>
        <translation>Tapez votre numéro national et votre mot de passe, puis choisissez Se connecter.</translation>
    </message>
</context>
<context>
    <name>MafPage</name>
    <message>
        <source>Ceiling: %1</source>
        <translation>Plafond&#xa0;: %1</translation>
    </message>
    <message>
        <source>Personal shares counted: %1</source>
        <translation>Quotes-parts personnelles prises en compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already refunded: %1</source>
        <translation>Déjà remboursé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still due to you: %1</source>
        <translation>Encore à vous rembourser&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ceiling reached on %1</source>
        <translation>Plafond atteint le %1</translation>
    </message>
    <message>
        <source>Still %1 before the ceiling</source>
        <translation>Encore %1 avant le plafond</translation>
    </message>
    <message>
        <source>Maximum billing (MAF): above a ceiling, your household&apos;s personal shares of the year are refunded.</source>
        <translation>Maximum à facturer (MAF)&#xa0;: au-delà d&apos;un plafond, les quotes-parts personnelles de votre ménage pour l&apos;année vous sont remboursées.</translation>
    </message>
</context>
<context>
    <name>MailOffer</name>
    <message>
        <source>Send to my e-mail</source>
        <translation>Envoyer à mon e-mail</translation>
    </message>
    <message>
        <source>By e-mail to %1</source>
        <translation>Par e-mail à %1</translation>
    </message>
    <message>
        <source>The document goes to the e-mail address on your file: %1</source>
        <translation>Le document part vers l&apos;adresse e-mail de votre dossier&#xa0;: %1</translation>
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
        <source>Card reader: none connected</source>
        <translation>Lecteur de cartes&#xa0;: aucun lecteur connecté</translation>
    </message>
    <message>
        <source>Card reader: the reader service is not running</source>
        <translation>Lecteur de cartes&#xa0;: le service du lecteur ne fonctionne pas</translation>
    </message>
    <message>
        <source>Card reader: reading a card</source>
        <translation>Lecteur de cartes&#xa0;: lecture d&apos;une carte en cours</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted and read</source>
        <translation>Lecteur de cartes&#xa0;: une carte est insérée et lue</translation>
    </message>
    <message>
        <source>Card reader: the card is checking a PIN code</source>
        <translation>Lecteur de cartes&#xa0;: la carte vérifie un code PIN</translation>
    </message>
    <message>
        <source>Card reader: the card was taken out</source>
        <translation>Lecteur de cartes&#xa0;: la carte a été retirée</translation>
    </message>
    <message>
        <source>Card reader: the card in it cannot be used</source>
        <translation>Lecteur de cartes&#xa0;: la carte insérée ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted, not in use</source>
        <translation>Lecteur de cartes&#xa0;: une carte est insérée, non utilisée</translation>
    </message>
    <message>
        <source>The state of the card reader and the central database. Go back, or close the program.</source>
        <translation>L&apos;état du lecteur de cartes et de la base de données centrale. Revenez en arrière ou fermez le programme.</translation>
    </message>
    <message>
        <source>(simulated card, demo)</source>
        <translation>(carte simulée, démo)</translation>
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
        <source>Central database: offline, its server&apos;s certificate is refused</source>
        <translation>Base de données centrale&#xa0;: hors ligne, le certificat de son serveur est refusé</translation>
    </message>
    <message>
        <source>Central database: offline, it refuses this terminal&apos;s login</source>
        <translation>Base de données centrale&#xa0;: hors ligne, elle refuse la connexion de cette borne</translation>
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
        <source>The certificate was not registered: %1</source>
        <translation>Le certificat n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Online account: active</source>
        <translation>Compte en ligne : actif</translation>
    </message>
    <message>
        <source>Online account: its letter is on its way</source>
        <translation>Compte en ligne : sa lettre est en route</translation>
    </message>
    <message>
        <source>Online account: deactivated</source>
        <translation>Compte en ligne : désactivé</translation>
    </message>
    <message>
        <source>No online account</source>
        <translation>Pas de compte en ligne</translation>
    </message>
    <message>
        <source>%1: the holder no longer sees this file (form of %2)</source>
        <translation>%1 : le titulaire ne voit plus ce dossier (formulaire du %2)</translation>
    </message>
    <message>
        <source>%1: the holder sees this file</source>
        <translation>%1 : le titulaire voit ce dossier</translation>
    </message>
    <message>
        <source>Blocking form received</source>
        <translation>Formulaire de blocage reçu</translation>
    </message>
    <message>
        <source>Member file</source>
        <translation>Dossier du membre</translation>
    </message>
    <message>
        <source>See the whole file, register a certificate, or close the file.</source>
        <translation>Voyez tout le dossier, enregistrez un certificat ou fermez le dossier.</translation>
    </message>
    <message>
        <source>Opening this file has been recorded in the audit log.</source>
        <translation>L&apos;ouverture de ce dossier a été enregistrée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reactivate the online account</source>
        <translation>Réactiver le compte en ligne</translation>
    </message>
    <message>
        <source>Dependants of age</source>
        <translation>Personnes à charge majeures</translation>
    </message>
    <message>
        <source>Blocking form received on</source>
        <translation>Formulaire de blocage reçu le</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Enregistrer un certificat</translation>
    </message>
    <message>
        <source>See the whole file</source>
        <translation>Voir tout le dossier</translation>
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
    <name>MyDataPage</name>
    <message>
        <source>Your new contact details are sent to the mutuality.</source>
        <translation>Vos nouvelles coordonnées sont transmises à la mutualité.</translation>
    </message>
    <message>
        <source>This is already the account in your file.</source>
        <translation>Ce compte figure déjà dans votre dossier.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Banque&#xa0;: %1</translation>
    </message>
    <message>
        <source>We do not recognise this bank&apos;s code. Check the number with your bank statement: you can still sign the change.</source>
        <translation>Nous ne reconnaissons pas le code de cette banque. Vérifiez le numéro sur votre extrait de compte&#xa0;: vous pouvez tout de même signer le changement.</translation>
    </message>
    <message>
        <source>Your new account is sent to the mutuality with the form you signed. It is in &quot;My documents&quot; once the mutuality has received it.</source>
        <translation>Votre nouveau compte est transmis à la mutualité avec le formulaire que vous avez signé. Ce formulaire figurera dans «&#xa0;Mes documents&#xa0;» dès que la mutualité l&apos;aura reçu.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>En attendant le rétablissement de la connexion, l&apos;envoi est conservé sur cet appareil.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Numéro d&apos;affiliation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>Assuré en tant que</translation>
    </message>
    <message>
        <source>Through the holder</source>
        <translation>À charge de</translation>
    </message>
    <message>
        <source>Regional mutuality</source>
        <translation>Mutualité régionale</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Increased reimbursement (BIM)</source>
        <translation>Intervention majorée (BIM)</translation>
    </message>
    <message>
        <source>Insurability codes (CT1/CT2)</source>
        <translation>Codes titulaire (CT1/CT2)</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>bte %1</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <source>dependant</source>
        <translation>personne à charge</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>en cours de traitement</translation>
    </message>
    <message>
        <source>left the mutuality</source>
        <translation>a quitté la mutualité</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décédé(e)</translation>
    </message>
    <message>
        <source>in order since %1</source>
        <translation>en ordre depuis le %1</translation>
    </message>
    <message>
        <source>not in order: please contact the counter</source>
        <translation>pas en ordre&#xa0;: veuillez vous adresser au guichet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No dependant in your file.</source>
        <translation>Aucune personne à charge dans votre dossier.</translation>
    </message>
    <message>
        <source>Payments go to %1</source>
        <translation>Les paiements sont versés sur le compte %1</translation>
    </message>
    <message>
        <source>No bank account is known: payments are sent by post.</source>
        <translation>Aucun compte bancaire n&apos;est connu&#xa0;: les paiements sont envoyés par la poste.</translation>
    </message>
    <message>
        <source>Type the new account. You sign the change with your eID card and PIN code.</source>
        <translation>Tapez le nouveau numéro de compte. Vous signerez le changement avec votre carte eID et votre code PIN.</translation>
    </message>
    <message>
        <source>To change your bank account, log in with your eID card or your federal token: a password alone is not enough to redirect payments.</source>
        <translation>Pour modifier votre compte bancaire, connectez-vous avec votre carte eID ou votre token fédéral&#xa0;: un mot de passe seul ne suffit pas pour rediriger des paiements.</translation>
    </message>
    <message>
        <source>The change of bank account is signed with your eID card: log in with your card to change it.</source>
        <translation>Le changement de compte bancaire se signe avec votre carte eID&#xa0;: connectez-vous avec votre carte pour modifier votre compte.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>People insured through you</source>
        <translation>Personnes à votre charge</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Empty a field to remove it from your file.</source>
        <translation>Videz un champ pour retirer cette information de votre dossier.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Save my contact details</source>
        <translation>Enregistrer mes coordonnées</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Signer avec ma carte</translation>
    </message>
    <message>
        <source>New account number (IBAN)</source>
        <translation>Nouveau numéro de compte (IBAN)</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>Arobase</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Trait d&apos;union</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Tiret bas</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message numerus="yes">
        <source>%n sheet(s) of pink stickers</source>
        <translation>
            <numerusform>%n feuille de vignettes roses</numerusform>
            <numerusform>%n feuilles de vignettes roses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) of pre-addressed envelopes</source>
        <translation>
            <numerusform>%n paquet d&apos;enveloppes-réponse</numerusform>
            <numerusform>%n paquets d&apos;enveloppes-réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Choose the documents you need.</source>
        <translation>Choisissez les documents dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Your order has been sent to the mutuality.</source>
        <translation>Votre commande a été envoyée à la mutualité.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Elle attend sur cette borne le retour de la connexion.</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>Combien ?</translation>
    </message>
    <message>
        <source>One at a time, for one person.</source>
        <translation>À l&apos;unité, pour une personne.</translation>
    </message>
    <message>
        <source>You order %1 for %2.</source>
        <translation>Vous commandez %1 pour %2.</translation>
    </message>
    <message>
        <source>You order %1 for yourself.</source>
        <translation>Vous commandez %1 pour vous-même.</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>bte %1</translation>
    </message>
    <message>
        <source>They are sent by post to: %1</source>
        <translation>Envoi par la poste à : %1</translation>
    </message>
    <message>
        <source>They are sent by post to your home address.</source>
        <translation>Envoi par la poste à votre domicile.</translation>
    </message>
    <message>
        <source>You already ordered this on %1 (%2). Order it again?</source>
        <translation>Vous avez déjà commandé ceci le %1 (%2). Le commander à nouveau ?</translation>
    </message>
    <message>
        <source>Yes, order again</source>
        <translation>Oui, commander à nouveau</translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Confirmer la commande</translation>
    </message>
    <message>
        <source>No connection: only the orders waiting on this terminal are shown.</source>
        <translation>Pas de connexion : seules les commandes en attente sur cette borne sont affichées.</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>Pas encore de commande.</translation>
    </message>
    <message>
        <source>Choose the documents, then check and confirm. They are sent by post.</source>
        <translation>Choisissez les documents, puis vérifiez et confirmez. Ils sont envoyés par la poste.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Mes commandes</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>OutOfOrderWindow</name>
    <message>
        <source>This terminal is out of order. Our staff at the counter will help you.</source>
        <translation>Cette borne est hors service. Notre personnel au guichet va vous aider.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Hors service</translation>
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
        <source>Wrong code. Please try again.</source>
        <translation>Code incorrect. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Please wait %n minute(s).</source>
        <translation>
            <numerusform>Trop de codes incorrects. Veuillez attendre %n minute.</numerusform>
            <numerusform>Trop de codes incorrects. Veuillez attendre %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Code du personnel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Out of order: maintenance</source>
        <translation>Hors service&#xa0;: maintenance</translation>
    </message>
    <message>
        <source>Why this terminal is out of order:</source>
        <translation>Pourquoi cette borne est hors service&#xa0;:</translation>
    </message>
    <message>
        <source>Why this terminal is out of order</source>
        <translation>Pourquoi cette borne est hors service</translation>
    </message>
    <message>
        <source>Guichet version %1 — out of order since %2</source>
        <translation>Guichet version %1 — hors service depuis le %2</translation>
    </message>
    <message>
        <source>The same reason is in the system journal (journalctl).</source>
        <translation>La même raison figure dans le journal du système (journalctl).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Redémarrer le programme</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Your certificates</source>
        <translation>Vos certificats</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Your next certificate</source>
        <translation>Votre prochain certificat</translation>
    </message>
    <message>
        <source>Part-time work</source>
        <translation>Travail à temps partiel</translation>
    </message>
    <message>
        <source>Next payments</source>
        <translation>Prochains paiements</translation>
    </message>
    <message>
        <source>Your indemnity (estimate)</source>
        <translation>Votre indemnité (estimation)</translation>
    </message>
    <message>
        <source>You have no incapacity for work in your file.</source>
        <translation>Vous n&apos;avez pas d&apos;incapacité de travail dans votre dossier.</translation>
    </message>
    <message>
        <source>If you fall ill: &quot;Forms to print&quot; has the certificate for your doctor, and &quot;Check a certificate&quot; tells you by when it must reach us.</source>
        <translation>Si vous tombez malade : « Formulaires à imprimer » contient le certificat pour votre médecin, et « Vérifier un certificat » vous dit quand il doit nous parvenir.</translation>
    </message>
    <message>
        <source>Incapacity for work since %1</source>
        <translation>Incapacité de travail depuis le %1</translation>
    </message>
    <message>
        <source>Incapacity for work from %1 to %2: ended.</source>
        <translation>Incapacité de travail du %1 au %2 : terminée.</translation>
    </message>
    <message>
        <source>Work status: %1</source>
        <translation>Statut professionnel : %1</translation>
    </message>
    <message>
        <source>The first certificate was to reach us by %1.</source>
        <translation>Le premier certificat devait nous parvenir au plus tard le %1.</translation>
    </message>
    <message>
        <source>Your incapacity ends on %1: you resume the next day.</source>
        <translation>Votre incapacité se termine le %1 : vous reprenez le lendemain.</translation>
    </message>
    <message>
        <source>Your return to work on %1 is on its way to the mutuality.</source>
        <translation>Votre reprise du travail le %1 est en route vers la mutualité.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier period(s) of incapacity: see Indemnities.</source>
        <translation>
            <numerusform>%n période d&apos;incapacité antérieure : voir Indemnités.</numerusform>
            <numerusform>%n périodes d&apos;incapacité antérieures : voir Indemnités.</numerusform>
        </translation>
    </message>
    <message>
        <source>first certificate</source>
        <translation>premier certificat</translation>
    </message>
    <message>
        <source>prolongation</source>
        <translation>prolongation</translation>
    </message>
    <message>
        <source>return to work</source>
        <translation>reprise du travail</translation>
    </message>
    <message>
        <source>part-time work</source>
        <translation>travail à temps partiel</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>sur papier</translation>
    </message>
    <message>
        <source>electronically by the doctor</source>
        <translation>par le médecin, électroniquement</translation>
    </message>
    <message>
        <source>your declaration</source>
        <translation>votre déclaration</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) covered by your certificates.</source>
        <translation>
            <numerusform>%n jour couvert par vos certificats.</numerusform>
            <numerusform>%n jours couverts par vos certificats.</numerusform>
        </translation>
    </message>
    <message>
        <source>No day without a certificate.</source>
        <translation>Aucun jour sans certificat.</translation>
    </message>
    <message>
        <source>Not covered by a certificate: %1 – %2</source>
        <translation>Pas couvert par un certificat : %1 – %2</translation>
    </message>
    <message>
        <source>The certificate received on %1 came late: your indemnity is %2 less from %3 to %4.</source>
        <translation>Le certificat reçu le %1 est arrivé en retard : votre indemnité est réduite de %2 du %3 au %4.</translation>
    </message>
    <message>
        <source>Your certificate covers you until %1. If you cannot resume on %2, your prolongation certificate must start on %3.</source>
        <translation>Votre certificat vous couvre jusqu&apos;au %1. Si vous ne pouvez pas reprendre le %2, votre certificat de prolongation doit commencer le %3.</translation>
    </message>
    <message>
        <source>It must reach us by %1.</source>
        <translation>Il doit nous parvenir au plus tard le %1.</translation>
    </message>
    <message>
        <source>A certificate your GP sends electronically needs no paper from you; one such certificate covers at most until %1.</source>
        <translation>Un certificat que votre médecin généraliste envoie électroniquement ne demande aucun papier de votre part ; un tel certificat couvre au plus jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>waiting for the medical adviser&apos;s decision</source>
        <translation>en attente de la décision du médecin-conseil</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>From %1: %2 h a week of %3 h, at %4 — %5</source>
        <translation>À partir du %1 : %2 h par semaine sur %3 h, chez %4 — %5</translation>
    </message>
    <message>
        <source>it arrived late: the indemnity is cut until it arrived</source>
        <translation>arrivée en retard : l&apos;indemnité est réduite jusqu&apos;à son arrivée</translation>
    </message>
    <message>
        <source>it arrived too late: no indemnity from the day it concerns</source>
        <translation>arrivée trop tard : pas d&apos;indemnité à partir du jour concerné</translation>
    </message>
    <message>
        <source>Next payment on %1 (for %2 to %3)</source>
        <translation>Prochain paiement le %1 (pour le %2 au %3)</translation>
    </message>
    <message>
        <source>Next payment expected on %1 (for %2 to %3): not published yet</source>
        <translation>Prochain paiement attendu le %1 (pour le %2 au %3) : pas encore publié</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After the first year (invalidity, from %1)</source>
        <translation>Après la première année (invalidité, à partir du %1)</translation>
    </message>
    <message>
        <source>%1: by the rules in force on %2, your daily amount cannot be estimated.</source>
        <translation>%1 : selon les règles en vigueur le %2, votre montant journalier ne peut pas être estimé.</translation>
    </message>
    <message>
        <source>%1: by the rules in force on %2, about %3 gross a day, %4 net.</source>
        <translation>%1 : selon les règles en vigueur le %2, environ %3 brut par jour, %4 net.</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Montants du %1.</translation>
    </message>
    <message>
        <source>Your gross daily wage: %1</source>
        <translation>Votre salaire journalier brut : %1</translation>
    </message>
    <message>
        <source>Wage taken into account, at most: %1</source>
        <translation>Salaire pris en compte, au plus : %1</translation>
    </message>
    <message>
        <source>At %2 of it: %1</source>
        <translation>À %2 de celui-ci : %1</translation>
    </message>
    <message>
        <source>Gross daily indemnity: %1</source>
        <translation>Indemnité journalière brute : %1</translation>
    </message>
    <message>
        <source>Maximum daily amount applied: %1</source>
        <translation>Montant journalier maximum appliqué : %1</translation>
    </message>
    <message>
        <source>Minimum daily amount applied: %1</source>
        <translation>Montant journalier minimum appliqué : %1</translation>
    </message>
    <message>
        <source>Flat daily amount for the self-employed: %1</source>
        <translation>Forfait journalier des indépendants : %1</translation>
    </message>
    <message>
        <source>Withholding of %2: %1</source>
        <translation>Retenue de %2 : %1</translation>
    </message>
    <message>
        <source>Net daily indemnity: %1</source>
        <translation>Indemnité journalière nette : %1</translation>
    </message>
    <message>
        <source>Your family situation is not known yet: the amount depends on it.</source>
        <translation>Votre situation familiale n&apos;est pas encore connue : le montant en dépend.</translation>
    </message>
    <message>
        <source>Your wage is not known yet: the amount is computed once your employer has sent it.</source>
        <translation>Votre salaire n&apos;est pas encore connu : le montant est calculé quand votre employeur l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>primary incapacity (first year)</source>
        <translation>incapacité primaire (première année)</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invalidité</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>ouvrier</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>chômeur</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>indépendant</translation>
    </message>
</context>
<context>
    <name>PartTimeView</name>
    <message>
        <source>You can ask to work part time while your incapacity runs.</source>
        <translation>Vous pouvez demander à travailler à temps partiel pendant votre incapacité.</translation>
    </message>
    <message>
        <source>You sign the request with your eID card and PIN code.</source>
        <translation>Vous signez la demande avec votre carte eID et votre code PIN.</translation>
    </message>
    <message>
        <source>The request is signed with the member&apos;s eID card: at a terminal after logging in with the card, or on paper (&quot;Forms to print&quot;).</source>
        <translation>La demande est signée avec la carte eID du membre : à une borne après s&apos;être identifié avec la carte, ou sur papier (« Formulaires à imprimer »).</translation>
    </message>
    <message>
        <source>The request is signed with your eID card: log in with your card to send it here, or print it under &quot;Forms to print&quot;.</source>
        <translation>La demande est signée avec votre carte eID : identifiez-vous avec votre carte pour l&apos;envoyer ici, ou imprimez-la sous « Formulaires à imprimer ».</translation>
    </message>
    <message>
        <source>Your request to work part time from %1 is sent to the medical adviser with the form you signed.</source>
        <translation>Votre demande de travail à temps partiel à partir du %1 est envoyée au médecin-conseil avec le formulaire que vous avez signé.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Elle attend sur cette borne jusqu&apos;au retour de la connexion.</translation>
    </message>
    <message>
        <source>Your request must reach us by %1.</source>
        <translation>Votre demande doit nous parvenir au plus tard le %1.</translation>
    </message>
    <message>
        <source>Sent today, it is on time.</source>
        <translation>Envoyée aujourd&apos;hui, elle est à temps.</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: set by your income; the medical adviser tells you how much.</source>
        <translation>Effet attendu sur votre indemnité : fixé selon vos revenus ; le médecin-conseil vous dit de combien.</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: %1</source>
        <translation>Effet attendu sur votre indemnité : %1</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: none.</source>
        <translation>Effet attendu sur votre indemnité : aucun.</translation>
    </message>
    <message>
        <source>As self-employed: %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</source>
        <translation>En tant qu&apos;indépendant : %1 jusqu&apos;au %2 ; ensuite, la réduction est fixée selon vos revenus et le médecin-conseil vous dit de combien.</translation>
    </message>
    <message>
        <source>As self-employed: no cut until %3, then %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</source>
        <translation>En tant qu&apos;indépendant : aucune réduction jusqu&apos;au %3, puis %1 jusqu&apos;au %2 ; ensuite, la réduction est fixée selon vos revenus et le médecin-conseil vous dit de combien.</translation>
    </message>
    <message>
        <source>About %1 a day instead of %2.</source>
        <translation>Environ %1 par jour au lieu de %2.</translation>
    </message>
    <message>
        <source>If it reaches us later: until %1, your indemnity is %2 less from %3 until the day it reaches us; after %1, no indemnity is paid from %3.</source>
        <translation>Si elle nous parvient plus tard : jusqu&apos;au %1, votre indemnité est réduite de %2 du %3 jusqu&apos;au jour où elle nous parvient ; après le %1, aucune indemnité n&apos;est payée à partir du %3.</translation>
    </message>
    <message>
        <source>Sent today, it is late: your indemnity is %1 less from %2 until %3, the day it reaches us.</source>
        <translation>Envoyée aujourd&apos;hui, elle est en retard : votre indemnité est réduite de %1 du %2 au %3, le jour où elle nous parvient.</translation>
    </message>
    <message>
        <source>Sent today, it is late: your indemnity is %1 less on %2, the day you start.</source>
        <translation>Envoyée aujourd&apos;hui, elle est en retard : votre indemnité est réduite de %1 le %2, le jour où vous commencez.</translation>
    </message>
    <message>
        <source>Sent today, it is too late: no indemnity is paid from %1, the day you start working.</source>
        <translation>Envoyée aujourd&apos;hui, elle est trop tardive : aucune indemnité n&apos;est payée à partir du %1, le jour où vous commencez à travailler.</translation>
    </message>
    <message>
        <source>Work part time</source>
        <translation>Travailler à temps partiel</translation>
    </message>
    <message>
        <source>Tell the medical adviser before you start. You see by when the request must reach us and its effect on your indemnity before you sign it.</source>
        <translation>Prévenez le médecin-conseil avant de commencer. Avant de signer, vous voyez quand la demande doit nous parvenir et son effet sur votre indemnité.</translation>
    </message>
    <message>
        <source>First day of work</source>
        <translation>Premier jour de travail</translation>
    </message>
    <message>
        <source>Hours a week you will work</source>
        <translation>Heures par semaine que vous travaillerez</translation>
    </message>
    <message>
        <source>Hours a week of the full-time job</source>
        <translation>Heures par semaine du travail à temps plein</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>I work as self-employed</source>
        <translation>Je travaille comme indépendant</translation>
    </message>
    <message>
        <source>See the deadline and the effect</source>
        <translation>Voir le délai et l&apos;effet</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Signer avec ma carte</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN code</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Type it on the keys below or on the keypad; each key gives a tone.</source>
        <translation>Tapez-le sur les touches ci-dessous ou sur le pavé numérique ; chaque touche émet un son.</translation>
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
        <source>Type your PIN code to sign the form, then OK. Each key gives a tone.</source>
        <translation>Tapez votre code PIN pour signer le formulaire, puis OK. Chaque touche émet un son.</translation>
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
        <source>Type the staff code, then OK.</source>
        <translation>Tapez le code du personnel, puis OK.</translation>
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
        <source>Type your PIN code, then OK. Each key gives a tone.</source>
        <translation>Tapez votre code PIN, puis OK. Chaque touche émet un son.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The terminal can read the screen aloud or show larger text.</source>
        <translation>Le terminal peut lire l&apos;écran à voix haute ou afficher un texte plus grand.</translation>
    </message>
    <message>
        <source>Turn on speech</source>
        <translation>Activer la parole</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grand texte</translation>
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
    <name>QueueScreen</name>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Nothing waits in this queue.</source>
        <translation>Rien n&apos;attend dans cette file.</translation>
    </message>
    <message>
        <source>The reason for a refusal, as the member will read it</source>
        <translation>La raison d&apos;un refus, telle que le membre la lira</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <source>A medical adviser decides on it.</source>
        <translation>Un médecin-conseil en décide.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Order of %1</source>
        <translation>Commande du %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Ordered by %1 (%2)</source>
        <translation>Commandé par %1 (%2)</translation>
    </message>
    <message>
        <source>Question of %1</source>
        <translation>Question du %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>by email: %1</source>
        <translation>par e-mail : %1</translation>
    </message>
    <message>
        <source>by letter: %1</source>
        <translation>par lettre : %1</translation>
    </message>
    <message>
        <source>by phone: %1</source>
        <translation>par téléphone : %1</translation>
    </message>
    <message>
        <source>as said in the question</source>
        <translation>comme indiqué dans la question</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Not verified: asked without logging in.</source>
        <translation>Non vérifié : demandé sans connexion.</translation>
    </message>
    <message>
        <source>Answer wanted %1</source>
        <translation>Réponse souhaitée %1</translation>
    </message>
    <message>
        <source>Taken by %1.</source>
        <translation>Prise par %1.</translation>
    </message>
    <message>
        <source>The certificate was not registered: %1</source>
        <translation>Le certificat n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>Save the signed form</source>
        <translation>Enregistrer le formulaire signé</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>bte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) wait for the post.</source>
        <translation>
            <numerusform>%n lettre attend la poste.</numerusform>
            <numerusform>%n lettres attendent la poste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter waits for the post.</source>
        <translation>Aucune lettre n&apos;attend la poste.</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <source>Choose an item in the list to see it and deal with it.</source>
        <translation>Choisissez un élément de la liste pour le voir et le traiter.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <source>Which agency&apos;s work to show</source>
        <translation>Le travail de quelle agence afficher</translation>
    </message>
    <message>
        <source>Which kind of work to show</source>
        <translation>Quel type de travail afficher</translation>
    </message>
    <message>
        <source>The work waiting</source>
        <translation>Le travail en attente</translation>
    </message>
    <message>
        <source>Answer or reason for the member</source>
        <translation>Réponse ou raison pour le membre</translation>
    </message>
    <message>
        <source>Reason for refusing the order</source>
        <translation>Raison du refus de la commande</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Enregistrer un certificat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Retour au guichet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Prise par</translation>
    </message>
    <message>
        <source>Cover not in order</source>
        <translation>Assurabilité pas en ordre</translation>
    </message>
    <message>
        <source>Already sent a short while ago</source>
        <translation>Déjà envoyé il y a peu</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>Adresse à vérifier</translation>
    </message>
    <message>
        <source>Other reason (write it)</source>
        <translation>Autre raison (à écrire)</translation>
    </message>
    <message>
        <source>Note for the member</source>
        <translation>Remarque pour le membre</translation>
    </message>
    <message>
        <source>The answer, as the member will read it</source>
        <translation>La réponse, telle que le membre la lira</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>La prendre</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Print them and mark them posted</source>
        <translation>Les imprimer et les marquer postées</translation>
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
    <name>RegisterScreen</name>
    <message>
        <source>Create my online access</source>
        <translation>Créer mon accès en ligne</translation>
    </message>
    <message>
        <source>Your online access is created and its password is sent by post to the home address we know. With your eID card it is ready at once: insert it instead.</source>
        <translation>Votre accès en ligne est créé et son mot de passe vous est envoyé par la poste à l&apos;adresse de domicile que nous connaissons. Avec votre carte eID, il est prêt tout de suite&#xa0;: insérez-la plutôt.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>p. ex. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Send me my access</source>
        <translation>M&apos;envoyer mon accès</translation>
    </message>
    <message>
        <source>Type your national number, then choose Send me my access.</source>
        <translation>Tapez votre numéro national, puis choisissez M&apos;envoyer mon accès.</translation>
    </message>
</context>
<context>
    <name>ReimbursementsPage</name>
    <message>
        <source>Tap a line to see its payment.</source>
        <translation>Touchez une ligne pour voir le paiement correspondant.</translation>
    </message>
    <message>
        <source>reimbursement of care</source>
        <translation>remboursement de soins</translation>
    </message>
    <message>
        <source>refund under the maximum billing (MAF)</source>
        <translation>remboursement dans le cadre du maximum à facturer (MAF)</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Paiement du %1</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Nature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paid to the account %1</source>
        <translation>Versé sur le compte %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Communication: %1</source>
        <translation>Communication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Services of this payment:</source>
        <translation>Prestations de ce paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Total of the services: %1</source>
        <translation>Total des prestations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the official fee and the reimbursement.</source>
        <translation>Tapez l&apos;honoraire officiel et le remboursement.</translation>
    </message>
    <message>
        <source>Your personal share: %1</source>
        <translation>Votre quote-part personnelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>date of care</source>
        <translation>date des soins</translation>
    </message>
    <message>
        <source>processing date</source>
        <translation>date de traitement</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Honoraire officiel</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Supplément</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) selected</source>
        <translation>
            <numerusform>%n ligne sélectionnée</numerusform>
            <numerusform>%n lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Votre part</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traité le</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Service and provider</source>
        <translation>Prestation et prestataire</translation>
    </message>
    <message>
        <source>Older lines</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <source>Print an official receipt</source>
        <translation>Imprimer un reçu officiel</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculatrice</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Remboursement</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Your question has been sent. You can follow it below.</source>
        <translation>Votre question a été envoyée. Vous pouvez la suivre ci-dessous.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Elle attend sur cette borne le retour de la connexion.</translation>
    </message>
    <message>
        <source>No connection: only the questions waiting on this terminal are shown.</source>
        <translation>Pas de connexion : seules les questions en attente sur cette borne sont affichées.</translation>
    </message>
    <message>
        <source>No question yet.</source>
        <translation>Pas encore de question.</translation>
    </message>
    <message>
        <source>%1 of %2 h a week</source>
        <translation>%1 sur %2 h par semaine</translation>
    </message>
    <message>
        <source>Part-time work from %1: %2 of %3 hours a week</source>
        <translation>Travail à temps partiel dès le %1&#xa0;: %2 sur %3 heures par semaine</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Employeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is on its way to the mutuality: it has not reached us yet.</source>
        <translation>Elle est en route vers la mutualité : elle ne nous est pas encore parvenue.</translation>
    </message>
    <message>
        <source>Reached us on %1: %2</source>
        <translation>Reçue le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The medical adviser authorised it on %1.</source>
        <translation>Le médecin-conseil l&apos;a autorisée le %1.</translation>
    </message>
    <message>
        <source>The medical adviser refused it on %1.</source>
        <translation>Le médecin-conseil l&apos;a refusée le %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>The medical adviser has not decided yet.</source>
        <translation>Le médecin-conseil n&apos;a pas encore décidé.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Ask us your question: we answer in the way you choose.</source>
        <translation>Posez-nous votre question : nous vous répondons de la manière que vous choisissez.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Votre question</translation>
    </message>
    <message>
        <source>Answer me by</source>
        <translation>Me répondre par</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Check how we can reach you. A change here also updates your file.</source>
        <translation>Vérifiez comment nous pouvons vous joindre. Une modification ici met aussi votre dossier à jour.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>Send my question</source>
        <translation>Envoyer ma question</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mes questions</translation>
    </message>
    <message>
        <source>My partial resumption requests</source>
        <translation>Mes demandes de reprise partielle</translation>
    </message>
    <message>
        <source>Reached us</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <source>Type the day you resume as %1.</source>
        <translation>Tapez le jour de votre reprise comme %1.</translation>
    </message>
    <message>
        <source>Your return on %1 is on its way to the mutuality: your incapacity ends the day before.</source>
        <translation>Votre reprise le %1 est en route vers la mutualité : votre incapacité se termine la veille.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Elle attend sur cette borne jusqu&apos;au retour de la connexion.</translation>
    </message>
    <message>
        <source>You have no running incapacity to end.</source>
        <translation>Vous n&apos;avez pas d&apos;incapacité en cours à clôturer.</translation>
    </message>
    <message>
        <source>I resume work</source>
        <translation>Je reprends le travail</translation>
    </message>
    <message>
        <source>Tell us the day you start again, at work or as a jobseeker.</source>
        <translation>Dites-nous le jour où vous reprenez, au travail ou comme demandeur d&apos;emploi.</translation>
    </message>
    <message>
        <source>Day I resume</source>
        <translation>Jour de ma reprise</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>Au travail</translation>
    </message>
    <message>
        <source>As a jobseeker (unemployment)</source>
        <translation>Comme demandeur d&apos;emploi (chômage)</translation>
    </message>
    <message>
        <source>Declare my return</source>
        <translation>Déclarer ma reprise</translation>
    </message>
</context>
<context>
    <name>SignView</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Code PIN incorrect. Il vous reste %n essai.</numerusform>
            <numerusform>Code PIN incorrect. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign your request to work part time from %1.</source>
        <translation>Tapez votre code PIN pour signer votre demande de travail à temps partiel à partir du %1.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code PIN</translation>
    </message>
</context>
<context>
    <name>SimulatedCardBar</name>
    <message>
        <source>active online account</source>
        <translation>compte en ligne actif</translation>
    </message>
    <message>
        <source>dependant, file blocked</source>
        <translation>à charge, dossier bloqué</translation>
    </message>
    <message>
        <source>increased reimbursement</source>
        <translation>intervention majorée</translation>
    </message>
    <message>
        <source>cover not in order</source>
        <translation>couverture pas en ordre</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>dependant aged 16 or 17</source>
        <translation>à charge, 16 ou 17 ans</translation>
    </message>
    <message>
        <source>dependant aged 18+</source>
        <translation>à charge, 18 ans ou plus</translation>
    </message>
    <message>
        <source>dependant under 16</source>
        <translation>à charge, moins de 16 ans</translation>
    </message>
    <message>
        <source>dependant under 18</source>
        <translation>à charge, moins de 18 ans</translation>
    </message>
    <message>
        <source>global medical file expired</source>
        <translation>DMG expiré</translation>
    </message>
    <message>
        <source>primary incapacity</source>
        <translation>incapacité primaire</translation>
    </message>
    <message>
        <source>incapacity running</source>
        <translation>incapacité en cours</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invalidité</translation>
    </message>
    <message>
        <source>MAF ceiling reached</source>
        <translation>plafond MAF atteint</translation>
    </message>
    <message>
        <source>medical agreements</source>
        <translation>accords du médecin-conseil</translation>
    </message>
    <message>
        <source>no online account</source>
        <translation>pas de compte en ligne</translation>
    </message>
    <message>
        <source>young saver</source>
        <translation>Compte Jeunes</translation>
    </message>
    <message>
        <source>Kids-ID, no PIN login</source>
        <translation>Kids-ID, sans connexion PIN</translation>
    </message>
    <message>
        <source>foreigner&apos;s card, not a member</source>
        <translation>carte d&apos;étranger, non affilié</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>non affilié</translation>
    </message>
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
    <name>Speech</name>
    <message>
        <source>button</source>
        <translation>bouton</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>case à cocher</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>list to choose from</source>
        <translation>liste de choix</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>gauge</source>
        <translation>jauge</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>curseur</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>onglet</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pauses or resumes speech. Key: point.</source>
        <translation>Met la parole en pause ou la reprend. Touche : point.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Says the screen again. Key: star.</source>
        <translation>Redit l&apos;écran. Touche : étoile.</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Speaks more slowly. Key: 3.</source>
        <translation>Parle plus lentement. Touche : 3.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus vite</translation>
    </message>
    <message>
        <source>Speaks faster. Key: 9.</source>
        <translation>Parle plus vite. Touche : 9.</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>Lowers the volume.</source>
        <translation>Baisse le volume.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Raises the volume.</source>
        <translation>Augmente le volume.</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>Counter — staff login</source>
        <translation>Guichet — connexion du personnel</translation>
    </message>
    <message>
        <source>Type your login and your password, then Log in.</source>
        <translation>Tapez votre identifiant et votre mot de passe, puis Se connecter.</translation>
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
    <message>
        <source>Offline — the central server&apos;s certificate is refused</source>
        <translation>Hors ligne — le certificat du serveur central est refusé</translation>
    </message>
    <message>
        <source>Offline — the central server refuses this terminal&apos;s login</source>
        <translation>Hors ligne — le serveur central refuse cette borne</translation>
    </message>
</context>
<context>
    <name>TerminalsScreen</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Has never reported</source>
        <translation>N&apos;a encore jamais donné de nouvelles</translation>
    </message>
    <message>
        <source>No news for %1</source>
        <translation>Aucune nouvelle depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline for %1, %n operation(s) waiting</source>
        <translation>
            <numerusform>Hors ligne depuis %1, %n opération en attente</numerusform>
            <numerusform>Hors ligne depuis %1, %n opérations en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Plus de papier</translation>
    </message>
    <message>
        <source>Out of paper since %1</source>
        <translation>Plus de papier depuis %1</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Bourrage papier</translation>
    </message>
    <message>
        <source>Paper jam since %1</source>
        <translation>Bourrage papier depuis %1</translation>
    </message>
    <message>
        <source>Printer door open</source>
        <translation>Porte de l&apos;imprimante ouverte</translation>
    </message>
    <message>
        <source>Printer door open since %1</source>
        <translation>Porte de l&apos;imprimante ouverte depuis %1</translation>
    </message>
    <message>
        <source>Toner empty</source>
        <translation>Toner vide</translation>
    </message>
    <message>
        <source>Toner empty since %1</source>
        <translation>Toner vide depuis %1</translation>
    </message>
    <message>
        <source>The printer reports: %2</source>
        <translation>L&apos;imprimante signale : %2</translation>
    </message>
    <message>
        <source>The printer reports: %2 (since %1)</source>
        <translation>L&apos;imprimante signale : %2 (depuis %1)</translation>
    </message>
    <message>
        <source>Printer stopped</source>
        <translation>Imprimante arrêtée</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Pas d&apos;imprimante</translation>
    </message>
    <message>
        <source>The print service does not answer</source>
        <translation>Le service d&apos;impression ne répond pas</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Presque plus de papier</translation>
    </message>
    <message>
        <source>Toner low (%1 %)</source>
        <translation>Toner presque vide (%1 %)</translation>
    </message>
    <message>
        <source>Toner low</source>
        <translation>Toner presque vide</translation>
    </message>
    <message>
        <source>Low disk space (%1 free)</source>
        <translation>Disque presque plein (%1 libres)</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n time(s) today</source>
        <translation>
            <numerusform>Redémarrée %n fois aujourd&apos;hui</numerusform>
            <numerusform>Redémarrée %n fois aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Pas de lecteur de cartes</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Agence %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <source>All is well</source>
        <translation>Tout va bien</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>guichet</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>borne</translation>
    </message>
    <message>
        <source>Checked at %1: %2 with a problem, %3 to watch, %4 fine</source>
        <translation>Vérifié à %1 : %2 en panne, %3 à surveiller, %4 en ordre</translation>
    </message>
    <message>
        <source>No terminal is registered here.</source>
        <translation>Aucune borne n&apos;est enregistrée ici.</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>Each terminal&apos;s state, and what is wrong with it.</source>
        <translation>L&apos;état de chaque borne, et ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Which agency&apos;s terminals to show</source>
        <translation>Les bornes de quelle agence afficher</translation>
    </message>
    <message>
        <source>The terminals and their state</source>
        <translation>Les bornes et leur état</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Retour au guichet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Social service</source>
        <translation>Service social</translation>
    </message>
    <message>
        <source>Medical adviser</source>
        <translation>Médecin-conseil</translation>
    </message>
    <message>
        <source>The wait cannot be estimated now.</source>
        <translation>L&apos;attente ne peut pas être estimée pour le moment.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Vous êtes le prochain.</translation>
    </message>
    <message>
        <source>Please note your number from the screen.</source>
        <translation>Veuillez noter votre numéro affiché à l&apos;écran.</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minute(s).</source>
        <translation>
            <numerusform>Attente estimée : environ %n minute.</numerusform>
            <numerusform>Attente estimée : environ %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) before yours.</source>
        <translation>
            <numerusform>%n ticket avant le vôtre.</numerusform>
            <numerusform>%n tickets avant le vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>Votre ticket</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Prendre un ticket</translation>
    </message>
    <message>
        <source>Whom do you come to see?</source>
        <translation>Qui venez-vous voir ?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
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
        <source>Insert your eID card. Press plus on the keypad for speech.</source>
        <translation>Introduisez votre carte eID. Appuyez sur plus du pavé numérique pour le guidage vocal.</translation>
    </message>
    <message>
        <source>Choose your language at the top of the screen.</source>
        <translation>Choisissez votre langue en haut de l&apos;écran.</translation>
    </message>
    <message>
        <source>No card? Log in with a password or a token</source>
        <translation>Pas de carte&#xa0;? Connectez-vous avec un mot de passe ou un token</translation>
    </message>
    <message>
        <source>Take a ticket for the counter</source>
        <translation>Prendre un ticket pour le guichet</translation>
    </message>
</context>
<context>
    <name>YoungSaversPage</name>
    <message>
        <source>no account yet</source>
        <translation>pas encore de compte</translation>
    </message>
    <message>
        <source>Young savers&apos; account: for young people, what is saved and still possible.</source>
        <translation>Compte Jeunes : pour les jeunes, ce qui est épargné et ce qui reste possible.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Épargné</translation>
    </message>
    <message>
        <source>Still possible</source>
        <translation>Encore possible</translation>
    </message>
</context>
</TS>
