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
        <source>Your online access is on its way</source>
        <translation>Uw online toegang is onderweg</translation>
    </message>
    <message>
        <source>If this national number is a member&apos;s without an online access yet, the access is created and its password sent by post to the home address we know.</source>
        <translation>Als dit rijksregisternummer van een lid is dat nog geen online toegang heeft, wordt de toegang aangemaakt en het wachtwoord per post naar het woonadres gestuurd dat wij kennen.</translation>
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
        <source>Logging in with the federal token is not possible at the moment. Please use your eID card or your password.</source>
        <translation>Inloggen met het federaal token is momenteel niet mogelijk. Gebruik uw eID-kaart of uw wachtwoord.</translation>
    </message>
    <message>
        <source>You have no running incapacity for work in your file.</source>
        <translation>U hebt geen lopende arbeidsongeschiktheid in uw dossier.</translation>
    </message>
    <message>
        <source>Select at least one letter.</source>
        <translation>Selecteer minstens één brief.</translation>
    </message>
    <message>
        <source>This code is not in the nomenclature: check the six digits, or search by words.</source>
        <translation>Deze code staat niet in de nomenclatuur: controleer de zes cijfers, of zoek op woorden.</translation>
    </message>
    <message>
        <source>Your password cannot be changed now: this terminal cannot reach the mutuality. Please try again later, on the online counter, or at the desk.</source>
        <translation>Uw wachtwoord kan nu niet worden gewijzigd: deze terminal bereikt het ziekenfonds niet. Probeer later opnieuw, aan het onlineloket of aan het loket.</translation>
    </message>
    <message>
        <source>This is one of the most used passwords: it is the first that anyone would try.</source>
        <translation>Dit is een van de meest gebruikte wachtwoorden: het eerste dat iedereen zou proberen.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Typ uw huidige wachtwoord.</translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation>Uw huidige wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess, above all your own.</source>
        <translation>Datums en jaartallen zijn makkelijk te raden, vooral uw eigen.</translation>
    </message>
    <message>
        <source>Do not use your birth date in your password.</source>
        <translation>Gebruik uw geboortedatum niet in uw wachtwoord.</translation>
    </message>
    <message>
        <source>Do not use your national number in your password.</source>
        <translation>Gebruik uw rijksregisternummer niet in uw wachtwoord.</translation>
    </message>
    <message>
        <source>Rows of keys, such as azerty or qsdfgh, are easy to guess.</source>
        <translation>Rijen toetsen, zoals azerty of qsdfgh, zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password twice again.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet hetzelfde. Typ het nieuwe wachtwoord opnieuw twee keer.</translation>
    </message>
    <message>
        <source>Names are easy to guess, even with digits added.</source>
        <translation>Namen zijn makkelijk te raden, ook met cijfers erbij.</translation>
    </message>
    <message>
        <source>Do not use your name or other details of your file in your password.</source>
        <translation>Gebruik uw naam of andere gegevens uit uw dossier niet in uw wachtwoord.</translation>
    </message>
    <message>
        <source>Repeated characters or words, such as aaa or abcabc, are easy to guess.</source>
        <translation>Herhaalde tekens of woorden, zoals aaa of abcabc, zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Choose a new password: not the one of the letter, nor the one you have now.</source>
        <translation>Kies een nieuw wachtwoord: niet dat uit de brief en ook niet het wachtwoord dat u nu hebt.</translation>
    </message>
    <message>
        <source>Sequences such as abcd or mnop are easy to guess.</source>
        <translation>Reeksen zoals abcd of mnop zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>Een wachtwoord heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Your new password needs at least %1 characters. Three or four unrelated words make a long password that is easy to remember.</source>
        <translation>Uw nieuwe wachtwoord moet minstens %1 tekens hebben. Drie of vier woorden die niets met elkaar te maken hebben, vormen een lang wachtwoord dat u makkelijk onthoudt.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Add a few words of your own that do not go together: a short odd sentence is stronger than symbols.</source>
        <translation>Dit wachtwoord is te makkelijk te raden. Voeg een paar eigen woorden toe die niet bij elkaar horen: een korte, vreemde zin is sterker dan symbolen.</translation>
    </message>
    <message>
        <source>A single word, even with a few digits, is easy to guess.</source>
        <translation>Eén woord, ook met een paar cijfers, is makkelijk te raden.</translation>
    </message>
    <message numerus="yes">
        <source>A statement covers at most %n day(s): choose a shorter period.</source>
        <translation>
            <numerusform>Een attest omvat maximaal %n dag: kies een kortere periode.</numerusform>
            <numerusform>Een attest omvat maximaal %n dagen: kies een kortere periode.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the hours a week as a number.</source>
        <translation>Typ de uren per week als een getal.</translation>
    </message>
    <message>
        <source>The hours you will work must be fewer than the hours of the full-time job.</source>
        <translation>De uren die u zult werken moeten minder zijn dan de uren van de voltijdse job.</translation>
    </message>
    <message>
        <source>This is not a date: type the first day of work as day/month/year.</source>
        <translation>Dit is geen datum: typ de eerste werkdag als dag/maand/jaar.</translation>
    </message>
    <message>
        <source>Type the first day you will work.</source>
        <translation>Typ de eerste dag waarop u zult werken.</translation>
    </message>
    <message>
        <source>Choose whether you resume at work or as a jobseeker.</source>
        <translation>Kies of u hervat op het werk of als werkzoekende.</translation>
    </message>
    <message>
        <source>Type the day you resume.</source>
        <translation>Typ de dag van uw hervatting.</translation>
    </message>
    <message numerus="yes">
        <source>A receipt holds at most %n line(s): select fewer.</source>
        <translation>
            <numerusform>Een ontvangstbewijs bevat maximaal %n lijn: selecteer er minder.</numerusform>
            <numerusform>Een ontvangstbewijs bevat maximaal %n lijnen: selecteer er minder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A statement covers at most the %n year(s) before this one.</source>
        <translation>
            <numerusform>Een attest kan maximaal teruggaan tot %n jaar vóór het huidige jaar.</numerusform>
            <numerusform>Een attest kan maximaal teruggaan tot %n jaar vóór het huidige jaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a medical adviser&apos;s decision.</source>
        <translation>Dit is een beslissing van de adviserend arts.</translation>
    </message>
    <message>
        <source>This request has been decided meanwhile: the list shows it now.</source>
        <translation>Over deze aanvraag is intussen beslist: de lijst toont het nu.</translation>
    </message>
    <message>
        <source>Choose the kind of certificate.</source>
        <translation>Kies het soort getuigschrift.</translation>
    </message>
    <message>
        <source>For a first certificate, choose the member&apos;s work status.</source>
        <translation>Kies voor een eerste getuigschrift het beroepsstatuut van het lid.</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, as the certificate gives it.</source>
        <translation>Typ de naam van de arts, zoals op het getuigschrift.</translation>
    </message>
    <message>
        <source>Write the reason for the refusal, for the member.</source>
        <translation>Schrijf de reden van de weigering, voor het lid.</translation>
    </message>
    <message>
        <source>This certificate is no longer in the queue.</source>
        <translation>Dit getuigschrift staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>This request is no longer in the queue.</source>
        <translation>Deze aanvraag staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>This certificate starts a new incapacity: choose the member&apos;s work status.</source>
        <translation>Dit getuigschrift begint een nieuwe arbeidsongeschiktheid: kies het beroepsstatuut van het lid.</translation>
    </message>
    <message>
        <source>This certificate starts before the member&apos;s first period of incapacity: check its dates, or ask the medical adviser.</source>
        <translation>Dit getuigschrift begint vóór de eerste periode van arbeidsongeschiktheid van het lid: controleer de data, of vraag het aan de adviserend arts.</translation>
    </message>
    <message>
        <source>This appointment has begun: it can no longer be moved or cancelled.</source>
        <translation>Deze afspraak is begonnen: ze kan niet meer verplaatst of geannuleerd worden.</translation>
    </message>
    <message>
        <source>This appointment is not confirmed yet: its confirmation can be printed once it is.</source>
        <translation>Deze afspraak is nog niet bevestigd: de bevestiging kan daarna afgedrukt worden.</translation>
    </message>
    <message>
        <source>Choose how long each slot lasts.</source>
        <translation>Kies hoe lang elk tijdslot duurt.</translation>
    </message>
    <message>
        <source>This appointment is not in this file.</source>
        <translation>Deze afspraak staat niet in dit dossier.</translation>
    </message>
    <message>
        <source>A clerk opens and withdraws the slots of their own agency.</source>
        <translation>Een medewerker opent en trekt de tijdsloten van zijn eigen kantoor in.</translation>
    </message>
    <message>
        <source>A slot ticked is booked: cancel its appointment first.</source>
        <translation>Een aangevinkt tijdslot is geboekt: annuleer eerst de afspraak.</translation>
    </message>
    <message>
        <source>This time has already begun: choose a later one.</source>
        <translation>Dit tijdstip is al begonnen: kies een later.</translation>
    </message>
    <message>
        <source>Someone booked this time just before you: choose another one.</source>
        <translation>Iemand heeft dit tijdstip net voor u geboekt: kies een ander.</translation>
    </message>
    <message>
        <source>Choose at least one slot.</source>
        <translation>Kies minstens één tijdslot.</translation>
    </message>
    <message>
        <source>Too many slots at once: do it in smaller groups.</source>
        <translation>Te veel tijdsloten tegelijk: doe het in kleinere groepen.</translation>
    </message>
    <message>
        <source>This agency is not known: choose one in the list.</source>
        <translation>Dit kantoor is onbekend: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Choose whom you would like to see.</source>
        <translation>Kies wie u wilt spreken.</translation>
    </message>
    <message>
        <source>This terminal prints no tickets. Please ask at the counter.</source>
        <translation>Deze terminal drukt geen tickets af. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>This terminal has printed all its tickets for today. Please ask at the counter.</source>
        <translation>Deze terminal heeft al zijn tickets voor vandaag afgedrukt. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>Your staff account belongs to no agency: ask a supervisor.</source>
        <translation>Uw account hoort bij geen enkel kantoor: vraag het aan een supervisor.</translation>
    </message>
    <message>
        <source>This terminal is not registered at an agency: its tickets are not taken.</source>
        <translation>Deze terminal is bij geen enkel kantoor geregistreerd: zijn tickets worden niet aanvaard.</translation>
    </message>
    <message>
        <source>This ticket&apos;s letter is not this terminal&apos;s: it is not taken.</source>
        <translation>De letter van dit ticket is niet die van deze terminal: het wordt niet aanvaard.</translation>
    </message>
    <message>
        <source>This ticket number was given already today.</source>
        <translation>Dit ticketnummer werd vandaag al uitgereikt.</translation>
    </message>
    <message>
        <source>Type the admission date as day/month/year.</source>
        <translation>Typ de opnamedatum als dag/maand/jaar.</translation>
    </message>
    <message>
        <source>Type the planned admission date.</source>
        <translation>Typ de geplande opnamedatum.</translation>
    </message>
    <message>
        <source>The admission date cannot be before today.</source>
        <translation>De opnamedatum kan niet vóór vandaag liggen.</translation>
    </message>
    <message>
        <source>Type a whole number of nights, at most %1.</source>
        <translation>Typ een geheel aantal nachten, hoogstens %1.</translation>
    </message>
    <message>
        <source>Type the number of nights you expect to stay.</source>
        <translation>Typ het aantal nachten dat u verwacht te blijven.</translation>
    </message>
    <message>
        <source>The accident happened before its care: check the day.</source>
        <translation>Het ongeval gebeurde vóór de zorg: kijk de datum na.</translation>
    </message>
    <message>
        <source>Type the day of the accident as day/month/year.</source>
        <translation>Typ de dag van het ongeval als dag/maand/jaar.</translation>
    </message>
    <message>
        <source>Type the day the accident happened.</source>
        <translation>Typ de dag van het ongeval.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Schrijf wat er gebeurd is.</translation>
    </message>
    <message>
        <source>Choose where it happened.</source>
        <translation>Kies waar het gebeurd is.</translation>
    </message>
    <message>
        <source>Type where the accident happened.</source>
        <translation>Typ waar het ongeval gebeurd is.</translation>
    </message>
    <message>
        <source>Print it: each person signs their own declaration.</source>
        <translation>Druk ze af: elke persoon ondertekent de eigen aangifte.</translation>
    </message>
    <message>
        <source>This declaration was returned already.</source>
        <translation>Deze aangifte werd al teruggestuurd.</translation>
    </message>
    <message>
        <source>This declaration was not returned yet.</source>
        <translation>Deze aangifte is nog niet teruggestuurd.</translation>
    </message>
    <message>
        <source>It came in before we asked for it: check the day.</source>
        <translation>Ze zou binnengekomen zijn voor we erom vroegen: kijk de datum na.</translation>
    </message>
    <message>
        <source>Type the name of whoever may be liable.</source>
        <translation>Typ de naam van wie mogelijk aansprakelijk is.</translation>
    </message>
    <message>
        <source>This declaration is not in this file.</source>
        <translation>Deze aangifte staat niet in dit dossier.</translation>
    </message>
    <message>
        <source>This ticket&apos;s time is wrong: check the terminal&apos;s clock.</source>
        <translation>Het tijdstip van dit ticket klopt niet: controleer de klok van de terminal.</translation>
    </message>
    <message>
        <source>This action is no longer known here: do it again.</source>
        <translation>Deze handeling is hier niet meer bekend: doe ze opnieuw.</translation>
    </message>
    <message>
        <source>Open the member&apos;s file to register it.</source>
        <translation>Open het dossier van het lid om ze te registreren.</translation>
    </message>
    <message>
        <source>The member&apos;s agency or a supervisor handles it.</source>
        <translation>Het kantoor van het lid of een supervisor behandelt ze.</translation>
    </message>
    <message>
        <source>This certificate starts on a day your previous certificate already covers.</source>
        <translation>Dit attest begint op een dag die uw vorige attest al dekt.</translation>
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
        <source>The signed form could not be read. Please try again, or go to the counter.</source>
        <translation>Het ondertekende formulier kon niet worden gelezen. Probeer het opnieuw of ga naar het loket.</translation>
    </message>
    <message>
        <source>The mutuality could not check that this request was made during your visit. Please go to the counter.</source>
        <translation>Het ziekenfonds kon niet nagaan of deze aanvraag tijdens uw bezoek werd gedaan. Ga naar het loket.</translation>
    </message>
    <message>
        <source>Your incapacity started on %1: you resume after that day.</source>
        <translation>Uw arbeidsongeschiktheid begon op %1: u hervat na die dag.</translation>
    </message>
    <message>
        <source>The day you resume is not after the start of your incapacity.</source>
        <translation>De dag van uw hervatting ligt niet na het begin van uw arbeidsongeschiktheid.</translation>
    </message>
    <message>
        <source>Your incapacity started on %1: part-time work starts after that day.</source>
        <translation>Uw arbeidsongeschiktheid begon op %1: deeltijds werk begint na die dag.</translation>
    </message>
    <message>
        <source>Part-time work starts after the first day of your incapacity.</source>
        <translation>Deeltijds werk begint na de eerste dag van uw arbeidsongeschiktheid.</translation>
    </message>
    <message>
        <source>A return can be declared up to %1 at the latest.</source>
        <translation>Een hervatting kan worden aangegeven tot uiterlijk %1.</translation>
    </message>
    <message>
        <source>This day is too far ahead to declare a return now.</source>
        <translation>Deze dag ligt te ver vooruit om nu een hervatting aan te geven.</translation>
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
        <source>A certificate needs a first and a last day: type both.</source>
        <translation>Een attest heeft een eerste en een laatste dag: typ ze allebei.</translation>
    </message>
    <message>
        <source>The last day of the certificate is before its first day.</source>
        <translation>De laatste dag van het attest ligt voor de eerste dag.</translation>
    </message>
    <message>
        <source>Type the name of your employer.</source>
        <translation>Typ de naam van uw werkgever.</translation>
    </message>
    <message>
        <source>The employer&apos;s name is too long: please shorten it.</source>
        <translation>De naam van de werkgever is te lang: maak hem korter.</translation>
    </message>
    <message>
        <source>Your file cannot be found here: please go to the counter.</source>
        <translation>Uw dossier is hier niet te vinden: ga naar het loket.</translation>
    </message>
    <message>
        <source>Type the national number of the member you depend on, not your own.</source>
        <translation>Geef het rijksregisternummer in van het lid bij wie u ten laste bent, niet uw eigen nummer.</translation>
    </message>
    <message>
        <source>Your date of birth cannot be read from your card. Please go to the counter.</source>
        <translation>Uw geboortedatum kan niet van uw kaart worden gelezen. Ga naar het loket.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Kies een van de aangeboden talen.</translation>
    </message>
    <message>
        <source>The address on your card has no Belgian postcode: please go to the counter to join.</source>
        <translation>Het adres op uw kaart heeft geen Belgische postcode: ga naar het loket om u aan te sluiten.</translation>
    </message>
    <message>
        <source>Choose between 1 and %1.</source>
        <translation>Kies tussen 1 en %1.</translation>
    </message>
    <message>
        <source>Choose whether you join as a holder or as a dependant of a member.</source>
        <translation>Kies of u zich aansluit als titularis of als persoon ten laste van een lid.</translation>
    </message>
    <message>
        <source>A letter is already on its way to you: please wait for it.</source>
        <translation>Er is al een brief naar u onderweg: wacht die even af.</translation>
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
        <source>Choose your current mutuality in the list.</source>
        <translation>Kies uw huidige ziekenfonds in de lijst.</translation>
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
        <source>This request cannot be sent as it is. Please check what you typed.</source>
        <translation>Deze aanvraag kan zo niet worden verzonden. Controleer wat u hebt ingegeven.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again, or go to the counter.</source>
        <translation>Er is iets misgegaan. Probeer het opnieuw of ga naar het loket.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <source>The period cannot end after today.</source>
        <translation>De periode kan niet na vandaag eindigen.</translation>
    </message>
    <message>
        <source>This information is not available in your file.</source>
        <translation>Deze informatie is niet beschikbaar in uw dossier.</translation>
    </message>
    <message>
        <source>A European health insurance card needs cover in order: it is not, for this person. Please contact the counter.</source>
        <translation>Een Europese ziekteverzekeringskaart vraagt een verzekerbaarheid in orde: dat is voor deze persoon niet zo. Ga naar het loket.</translation>
    </message>
    <message>
        <source>Your visit has ended. Please log in again.</source>
        <translation>Uw bezoek is afgelopen. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>You already ordered this: it is on its way.</source>
        <translation>U hebt dit al besteld: de bestelling is onderweg.</translation>
    </message>
    <message>
        <source>Another colleague has taken it: only a supervisor takes it over.</source>
        <translation>Een collega heeft ze genomen: enkel een supervisor kan ze overnemen.</translation>
    </message>
    <message>
        <source>This is a supervisor&apos;s decision.</source>
        <translation>Dit is een beslissing van een supervisor.</translation>
    </message>
    <message>
        <source>This has been done meanwhile: the list shows it now.</source>
        <translation>Dit is intussen al gebeurd: de lijst toont het nu.</translation>
    </message>
    <message>
        <source>The letters changed meanwhile: the list shows them again.</source>
        <translation>De brieven zijn intussen gewijzigd: de lijst toont ze opnieuw.</translation>
    </message>
    <message>
        <source>A blocking form counts from the dependant&apos;s majority.</source>
        <translation>Een blokkeringsformulier telt vanaf de meerderjarigheid van de persoon ten laste.</translation>
    </message>
    <message>
        <source>Only a dependant returns a blocking form.</source>
        <translation>Enkel een persoon ten laste stuurt een blokkeringsformulier terug.</translation>
    </message>
    <message>
        <source>This online account is not deactivated.</source>
        <translation>Deze online account is niet gedeactiveerd.</translation>
    </message>
    <message>
        <source>This question is no longer in the queue.</source>
        <translation>Deze vraag staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>This order is no longer in the queue.</source>
        <translation>Deze bestelling staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>The signature of your card could not be checked. Please go to the counter.</source>
        <translation>De handtekening van uw kaart kon niet worden gecontroleerd. Ga naar het loket.</translation>
    </message>
    <message>
        <source>Only the paper version of this document exists: ask the counter.</source>
        <translation>Dit document bestaat alleen op papier: ga naar het loket.</translation>
    </message>
    <message>
        <source>To change your bank account, log in with your eID card or your federal token.</source>
        <translation>Wilt u uw bankrekening wijzigen? Log dan in met uw eID-kaart of uw federaal token.</translation>
    </message>
    <message>
        <source>This mobile number is not valid. Example: 0470 12 34 56.</source>
        <translation>Dit gsm-nummer is niet geldig. Voorbeeld: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>A Belgian mobile number starts with 04. Example: 0470 12 34 56.</source>
        <translation>Een Belgisch gsm-nummer begint met 04. Voorbeeld: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Type the account number (IBAN).</source>
        <translation>Geef het rekeningnummer (IBAN) in.</translation>
    </message>
    <message>
        <source>This account number is not right: a digit is wrong or missing. Check it on your bank card or statement.</source>
        <translation>Dit rekeningnummer klopt niet: een cijfer is fout of ontbreekt. Controleer het op uw bankkaart of rekeninguittreksel.</translation>
    </message>
    <message>
        <source>This is not an account number (IBAN). Example: BE68 5390 0754 7034.</source>
        <translation>Dit is geen rekeningnummer (IBAN). Voorbeeld: BE68 5390 0754 7034.</translation>
    </message>
    <message>
        <source>This is already the account in your file.</source>
        <translation>Deze rekening staat al in uw dossier.</translation>
    </message>
    <message>
        <source>Select at least one line for the receipt.</source>
        <translation>Selecteer minstens één lijn voor het ontvangstbewijs.</translation>
    </message>
    <message>
        <source>A statement is made in French, Dutch or German.</source>
        <translation>Een attest wordt opgemaakt in het Nederlands, het Frans of het Duits.</translation>
    </message>
    <message>
        <source>Give your question a title.</source>
        <translation>Geef uw vraag een titel.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Schrijf het antwoord.</translation>
    </message>
    <message>
        <source>Write the reason for the member.</source>
        <translation>Schrijf de reden voor het lid.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Kies de reden.</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>De datum kan niet na vandaag liggen.</translation>
    </message>
    <message>
        <source>Write your question.</source>
        <translation>Schrijf uw vraag.</translation>
    </message>
    <message>
        <source>To be answered by email, give your email address.</source>
        <translation>Voor een antwoord per e-mail, geef uw e-mailadres.</translation>
    </message>
    <message>
        <source>To be answered by phone, give a phone or mobile number.</source>
        <translation>Voor een antwoord per telefoon, geef een telefoon- of gsm-nummer.</translation>
    </message>
    <message>
        <source>Choose how we answer you: email, letter or phone.</source>
        <translation>Kies hoe wij u antwoorden: e-mail, brief of telefoon.</translation>
    </message>
    <message>
        <source>Choose what your question is about.</source>
        <translation>Kies waarover uw vraag gaat.</translation>
    </message>
    <message>
        <source>This text is too long: please make it shorter.</source>
        <translation>Deze tekst is te lang: maak hem korter.</translation>
    </message>
    <message>
        <source>This document is ordered one at a time, for one person.</source>
        <translation>Dit document bestelt u per stuk, voor één persoon.</translation>
    </message>
    <message>
        <source>Choose the documents you need.</source>
        <translation>Kies de documenten die u nodig hebt.</translation>
    </message>
    <message>
        <source>Signing with your card…</source>
        <translation>Ondertekenen met uw kaart…</translation>
    </message>
    <message>
        <source>official-receipt</source>
        <translation>officieel-ontvangstbewijs</translation>
    </message>
    <message>
        <source>indemnity-statement</source>
        <translation>attest-uitkeringen</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Het document wordt voorbereid…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Wordt naar de printer gestuurd…</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Bezig met afdrukken… even geduld.</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>Wachten op de printer…</translation>
    </message>
    <message>
        <source>Printed: take your document from the printer.</source>
        <translation>Afgedrukt: neem uw document uit de printer.</translation>
    </message>
    <message>
        <source>This terminal has no printer. Please ask at the counter.</source>
        <translation>Dit toestel heeft geen printer. Ga naar het loket.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please ask at the counter.</source>
        <translation>De printer is niet bereikbaar. Ga naar het loket.</translation>
    </message>
    <message>
        <source>The printer is out of service. Please ask at the counter.</source>
        <translation>De printer is buiten gebruik. Ga naar het loket.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Please ask a staff member to refill it.</source>
        <translation>De printer heeft geen papier meer. Vraag een medewerker om papier bij te vullen.</translation>
    </message>
    <message>
        <source>The paper is jammed in the printer. Please ask a staff member.</source>
        <translation>Er zit papier vast in de printer. Vraag hulp aan een medewerker.</translation>
    </message>
    <message>
        <source>The printer has a problem. Please ask a staff member.</source>
        <translation>Er is een probleem met de printer. Vraag hulp aan een medewerker.</translation>
    </message>
    <message>
        <source>The printing was cancelled.</source>
        <translation>Het afdrukken werd geannuleerd.</translation>
    </message>
    <message>
        <source>The printer did not finish in time. Please ask at the counter.</source>
        <translation>De printer was niet op tijd klaar. Ga naar het loket.</translation>
    </message>
    <message>
        <source>The document could not be printed. Please ask at the counter.</source>
        <translation>Het document kon niet worden afgedrukt. Ga naar het loket.</translation>
    </message>
    <message>
        <source>DMG</source>
        <translation>GMD</translation>
    </message>
    <message>
        <source>MAF</source>
        <translation>MAF</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Akkoorden</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>Incapacity</source>
        <translation>Arbeidsongeschikt</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Ongevallen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Ziekenhuisopname</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <source>Indemnities</source>
        <translation>Uitkeringen</translation>
    </message>
    <message>
        <source>My incapacity</source>
        <translation>Mijn arbeidsongeschiktheid</translation>
    </message>
    <message>
        <source>Global medical file (DMG)</source>
        <translation>Globaal medisch dossier (GMD)</translation>
    </message>
    <message>
        <source>Maximum billing (MAF)</source>
        <translation>Maximumfactuur (MAF)</translation>
    </message>
    <message>
        <source>Young savers</source>
        <translation>Jongerensparen</translation>
    </message>
    <message>
        <source>Medical agreements</source>
        <translation>Akkoorden adviserend arts</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mijn documenten</translation>
    </message>
    <message>
        <source>Order documents</source>
        <translation>Documenten bestellen</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Sign the change of bank account</source>
        <translation>Wijziging van bankrekening ondertekenen</translation>
    </message>
    <message>
        <source>Accident declarations</source>
        <translation>Ongevalsaangiften</translation>
    </message>
    <message>
        <source>Preparing a hospital stay</source>
        <translation>Een ziekenhuisopname voorbereiden</translation>
    </message>
    <message>
        <source>Fees and reimbursements</source>
        <translation>Honoraria en terugbetalingen</translation>
    </message>
    <message>
        <source>Physiotherapy for a serious condition (E list)</source>
        <translation>Kinesitherapie voor zware aandoening (E-lijst)</translation>
    </message>
    <message>
        <source>Status of person with a chronic illness</source>
        <translation>Statuut chronische aandoening</translation>
    </message>
    <message>
        <source>Orthodontic treatment</source>
        <translation>Orthodontische behandeling</translation>
    </message>
    <message>
        <source>Medicine under conditions (chapter IV)</source>
        <translation>Geneesmiddel onder voorwaarden (hoofdstuk IV)</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Thuisverpleging</translation>
    </message>
    <message>
        <source>No answer yet: look in the queue before registering it again.</source>
        <translation>Nog geen antwoord: kijk in de wachtrij voor u het opnieuw registreert.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gedaan.</translation>
    </message>
    <message>
        <source>The certificate is registered.</source>
        <translation>Het getuigschrift is geregistreerd.</translation>
    </message>
    <message>
        <source>accident-declaration</source>
        <translation>ongevalsaangifte</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer. It waits on this counter until the connection is back.</source>
        <translation>Naar het ziekenfonds verstuurd: wacht op antwoord. Het wacht op dit loket tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer.</source>
        <translation>Naar het ziekenfonds verstuurd: wacht op antwoord.</translation>
    </message>
    <message>
        <source>It waits on this counter until the connection is back.</source>
        <translation>Het wacht op dit loket tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>The declaration is registered as returned.</source>
        <translation>De aangifte is geregistreerd als teruggestuurd.</translation>
    </message>
    <message>
        <source>No answer yet: look at the list again before registering it again.</source>
        <translation>Nog geen antwoord: kijk de lijst opnieuw na voor u ze nog eens registreert.</translation>
    </message>
    <message>
        <source>a confidential incapacity certificate</source>
        <translation>een vertrouwelijk getuigschrift van arbeidsongeschiktheid</translation>
    </message>
    <message>
        <source>a European health insurance card</source>
        <translation>een Europese ziekteverzekeringskaart</translation>
    </message>
    <message>
        <source>Pink stickers</source>
        <translation>Roze klevers</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Antwoordenveloppen</translation>
    </message>
    <message>
        <source>Incapacity certificate</source>
        <translation>Getuigschrift arbeidsongeschiktheid</translation>
    </message>
    <message>
        <source>European card</source>
        <translation>Europese kaart</translation>
    </message>
    <message>
        <source>leaving this terminal</source>
        <translation>vertrekt van deze terminal</translation>
    </message>
    <message>
        <source>sent to the mutuality</source>
        <translation>naar het ziekenfonds verstuurd</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>in voorbereiding</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>verstuurd op %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <source>your cover is not in order: please contact the counter</source>
        <translation>de verzekerbaarheid is niet in orde: ga naar het loket</translation>
    </message>
    <message>
        <source>the same documents were sent a short while ago</source>
        <translation>dezelfde documenten werden kort geleden verstuurd</translation>
    </message>
    <message>
        <source>your address must be checked at the counter first</source>
        <translation>uw adres moet eerst aan het loket worden nagekeken</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation>zie de opmerking</translation>
    </message>
    <message>
        <source>A reimbursement</source>
        <translation>Een terugbetaling</translation>
    </message>
    <message>
        <source>Incapacity for work</source>
        <translation>Arbeidsongeschiktheid</translation>
    </message>
    <message>
        <source>Stickers, certificates, European card</source>
        <translation>Klevers, getuigschriften, Europese kaart</translation>
    </message>
    <message>
        <source>My membership, my dependants</source>
        <translation>Mijn aansluiting, mijn personen ten laste</translation>
    </message>
    <message>
        <source>My online account</source>
        <translation>Mijn online account</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <source>authorised on %1</source>
        <translation>toegestaan op %1</translation>
    </message>
    <message>
        <source>refused on %1</source>
        <translation>geweigerd op %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>tijdig</translation>
    </message>
    <message>
        <source>late: indemnity cut until the day it was sent</source>
        <translation>te laat: uitkering verminderd tot de dag van verzending</translation>
    </message>
    <message>
        <source>too late: no indemnity from its start</source>
        <translation>te laat: geen uitkering vanaf het begin</translation>
    </message>
    <message>
        <source>late</source>
        <translation>laat</translation>
    </message>
    <message>
        <source>too late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>First certificate</source>
        <translation>Eerste getuigschrift</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>Werkhervatting</translation>
    </message>
    <message>
        <source>Partial resumption</source>
        <translation>Gedeeltelijke hervatting</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <source>declared by the member</source>
        <translation>aangegeven door het lid</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Deeltijds</translation>
    </message>
    <message>
        <source>From %1: %2 of %3 h a week, %4</source>
        <translation>Vanaf %1: %2 van %3 u per week, %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>Partial resumption request of %1</source>
        <translation>Aanvraag gedeeltelijke hervatting van %1</translation>
    </message>
    <message>
        <source>Certificate received on %1</source>
        <translation>Getuigschrift ontvangen op %1</translation>
    </message>
    <message>
        <source>signed at a terminal</source>
        <translation>ondertekend op een zuil</translation>
    </message>
    <message>
        <source>on paper, at the counter</source>
        <translation>op papier, aan het loket</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>op papier</translation>
    </message>
    <message>
        <source>signed online</source>
        <translation>online ondertekend</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Ongeval</translation>
    </message>
    <message>
        <source>Accident declaration received on %1</source>
        <translation>Ongevalsaangifte ontvangen op %1</translation>
    </message>
    <message>
        <source>at work or on the way to work</source>
        <translation>op het werk of op weg naar het werk</translation>
    </message>
    <message>
        <source>at school</source>
        <translation>op school</translation>
    </message>
    <message>
        <source>on the road</source>
        <translation>op de weg</translation>
    </message>
    <message>
        <source>during sport</source>
        <translation>tijdens het sporten</translation>
    </message>
    <message>
        <source>at home or in private life</source>
        <translation>thuis of in het privéleven</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>elders</translation>
    </message>
    <message>
        <source>Its answers are on the paper declaration.</source>
        <translation>De antwoorden staan op de papieren aangifte.</translation>
    </message>
    <message>
        <source>The member says it was not an accident.</source>
        <translation>Het lid verklaart dat het geen ongeval was.</translation>
    </message>
    <message>
        <source>An accident, %1</source>
        <translation>Een ongeval, %1</translation>
    </message>
    <message>
        <source>Happened on %1</source>
        <translation>Gebeurd op %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Plaats: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Wat er gebeurde: %1</translation>
    </message>
    <message>
        <source>Third party: %1</source>
        <translation>Derde: %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>niet genoemd</translation>
    </message>
    <message>
        <source>Their insurer: %1, policy %2</source>
        <translation>Diens verzekeraar: %1, polis %2</translation>
    </message>
    <message>
        <source>No third party.</source>
        <translation>Geen derde.</translation>
    </message>
    <message>
        <source>Police report: %1</source>
        <translation>Proces-verbaal: %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Lid: %1</translation>
    </message>
    <message>
        <source>Presumed accident of %1</source>
        <translation>Vermoedelijk ongeval van %1</translation>
    </message>
    <message>
        <source>To be returned by %1</source>
        <translation>Terug te sturen vóór %1</translation>
    </message>
    <message>
        <source>Self-employed activity: %1</source>
        <translation>Zelfstandige activiteit: %1</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Werkgever: %1</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Begint op %1</translation>
    </message>
    <message>
        <source>%1 h a week of %2 h full time (%3 %)</source>
        <translation>%1 u per week van %2 u voltijds (%3 %)</translation>
    </message>
    <message>
        <source>Reached us on %1: %2</source>
        <translation>Ontvangen op %1: %2</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation>Dekt %1</translation>
    </message>
    <message>
        <source>Received on %1, %2</source>
        <translation>Ontvangen op %1, %2</translation>
    </message>
    <message>
        <source>Doctor: %1</source>
        <translation>Arts: %1</translation>
    </message>
    <message>
        <source>incapacity-certificate-employee</source>
        <translation>attest-arbeidsongeschiktheid-werknemer</translation>
    </message>
    <message>
        <source>incapacity-certificate-self-employed</source>
        <translation>attest-arbeidsongeschiktheid-zelfstandige</translation>
    </message>
    <message>
        <source>secondary-activity-declaration</source>
        <translation>aangifte-bijactiviteit</translation>
    </message>
    <message>
        <source>return-to-work-employee</source>
        <translation>werkhervatting-werknemer</translation>
    </message>
    <message>
        <source>return-to-work-self-employed</source>
        <translation>werkhervatting-zelfstandige</translation>
    </message>
    <message>
        <source>part-time-request-employee</source>
        <translation>aanvraag-deeltijds-werknemer</translation>
    </message>
    <message>
        <source>part-time-request-self-employed</source>
        <translation>aanvraag-deeltijds-zelfstandige</translation>
    </message>
    <message>
        <source>voluntary-work-request</source>
        <translation>aanvraag-vrijwilligerswerk</translation>
    </message>
    <message>
        <source>appointment-confirmation</source>
        <translation>bevestiging-afspraak</translation>
    </message>
    <message>
        <source>No slot fits between these times: check the hours.</source>
        <translation>Tussen deze uren past geen tijdslot: controleer de uren.</translation>
    </message>
    <message>
        <source>The slots are open.</source>
        <translation>De tijdsloten zijn geopend.</translation>
    </message>
    <message>
        <source>The slots are withdrawn.</source>
        <translation>De tijdsloten zijn ingetrokken.</translation>
    </message>
    <message>
        <source>No answer yet: look at the day&apos;s list before sending it again.</source>
        <translation>Nog geen antwoord: bekijk de daglijst voor u het opnieuw verstuurt.</translation>
    </message>
    <message>
        <source>hospital-stay-summary</source>
        <translation>overzicht-ziekenhuisopname</translation>
    </message>
    <message>
        <source>The household&apos;s reimbursements are held: an accident declaration was not returned by %1. Register the paper one received under %2, or the member signs it at a terminal.</source>
        <translation>De terugbetalingen van het gezin worden tegengehouden: een ongevalsaangifte is niet teruggestuurd vóór %1. Registreer de ontvangen papieren aangifte bij %2, of het lid ondertekent ze op een zuil.</translation>
    </message>
    <message>
        <source>Your household&apos;s reimbursements are held: an accident declaration was not returned by %1. Return it here (%2) or at the counter.</source>
        <translation>De terugbetalingen van uw gezin worden tegengehouden: een ongevalsaangifte is niet teruggestuurd vóór %1. Stuur ze hier terug (%2) of aan het loket.</translation>
    </message>
    <message>
        <source>Your household&apos;s reimbursements are held: an accident declaration of another member of your household was not returned by %1. That person returns it at a terminal (%2) or at the counter.</source>
        <translation>De terugbetalingen van uw gezin worden tegengehouden: een ongevalsaangifte van een ander lid van uw gezin is niet teruggestuurd vóór %1. Die persoon stuurt ze terug op een zuil (%2) of aan het loket.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Uw ticket wordt afgedrukt…</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Neem uw ticket uit de printer.</translation>
    </message>
    <message>
        <source>No answer from the central database yet: the call waits to be sent.</source>
        <translation>Nog geen antwoord van de centrale databank: de oproep wacht om verzonden te worden.</translation>
    </message>
    <message>
        <source>The central database cannot be reached: the call is sent when it is.</source>
        <translation>De centrale databank is onbereikbaar: de oproep wordt verstuurd zodra ze bereikbaar is.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Verzenden naar %1…</translation>
    </message>
    <message>
        <source>Sending to your e-mail…</source>
        <translation>Verzenden naar uw e-mailadres…</translation>
    </message>
    <message>
        <source>Queued: it leaves when the terminal is connected again.</source>
        <translation>Klaar om te verzenden: het vertrekt zodra de terminal weer verbonden is.</translation>
    </message>
    <message>
        <source>Queued: it leaves in a few minutes.</source>
        <translation>Klaar om te verzenden: het vertrekt binnen enkele minuten.</translation>
    </message>
    <message>
        <source>Sent to your e-mail at %1.</source>
        <translation>Om %1 naar uw e-mailadres verzonden.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent. Print the document, or ask at the counter.</source>
        <translation>De e-mail kon niet worden verzonden. Druk het document af of vraag raad aan het loket.</translation>
    </message>
</context>
<context>
    <name>AccessBar</name>
    <message>
        <source>Speech</source>
        <translation>Spraak</translation>
    </message>
    <message>
        <source>Speech guidance</source>
        <translation>Spraakbegeleiding</translation>
    </message>
    <message>
        <source>Reads the screen aloud. Key: plus on the keypad.</source>
        <translation>Leest het scherm voor. Toets: plus op het numerieke toetsenbord.</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grote tekst</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Grote tekst en hoog contrast</translation>
    </message>
    <message>
        <source>Shows larger text in yellow and white on black. Key: slash on the keypad.</source>
        <translation>Toont grotere tekst in geel en wit op zwart. Toets: schuine streep op het numerieke toetsenbord.</translation>
    </message>
</context>
<context>
    <name>AccidentFormView</name>
    <message>
        <source>Say whether it was an accident.</source>
        <translation>Zeg of het een ongeval was.</translation>
    </message>
    <message>
        <source>You sign the declaration with your eID card and PIN code.</source>
        <translation>U ondertekent de aangifte met uw eID-kaart en pincode.</translation>
    </message>
    <message>
        <source>%1 signs this declaration with their own eID card: at a terminal, or by hand once you print it filled in.</source>
        <translation>%1 ondertekent deze aangifte met de eigen eID-kaart: op een zuil, of met de hand zodra u ze ingevuld afdrukt.</translation>
    </message>
    <message>
        <source>The member signs the declaration with their eID card at a terminal, or by hand: print it filled in, and register it once it comes back signed.</source>
        <translation>Het lid ondertekent de aangifte met zijn eID-kaart op een zuil, of met de hand: druk ze ingevuld af en registreer ze wanneer ze ondertekend terugkomt.</translation>
    </message>
    <message>
        <source>Signing needs your eID card in the reader: log in with your card to send it here, or print it filled in, sign it and return it to us.</source>
        <translation>Om te ondertekenen moet uw eID-kaart in de lezer zitten: meld u aan met uw kaart om ze hier te versturen, of druk ze ingevuld af, onderteken ze en stuur ze ons terug.</translation>
    </message>
    <message>
        <source>A password proves who you are but cannot sign: only your eID card can. Log in with your card to send it here, or print it filled in, sign it and return it to us.</source>
        <translation>Een wachtwoord bewijst wie u bent, maar kan niet ondertekenen: alleen uw eID-kaart kan dat. Meld u aan met uw kaart om ze hier te versturen, of druk ze ingevuld af, onderteken ze en stuur ze ons terug.</translation>
    </message>
    <message>
        <source>Accident declaration: care of %1 (%2)</source>
        <translation>Ongevalsaangifte: zorg van %1 (%2)</translation>
    </message>
    <message>
        <source>Answer for the care below. If it was not an accident, say so: the declaration must be returned all the same.</source>
        <translation>Antwoord voor de zorg hieronder. Was het geen ongeval, zeg het dan: de aangifte moet toch teruggestuurd worden.</translation>
    </message>
    <message>
        <source>It was not an accident</source>
        <translation>Het was geen ongeval</translation>
    </message>
    <message>
        <source>It was an accident</source>
        <translation>Het was een ongeval</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Waar is het gebeurd?</translation>
    </message>
    <message>
        <source>At work or on the way to work</source>
        <translation>Op het werk of op weg naar het werk</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>Op school</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>Op de weg</translation>
    </message>
    <message>
        <source>During sport</source>
        <translation>Tijdens het sporten</translation>
    </message>
    <message>
        <source>At home or in private life</source>
        <translation>Thuis of in het privéleven</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elders</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Where (address or place)</source>
        <translation>Waar (adres of plaats)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurd is</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Their insurer</source>
        <translation>Verzekeraar</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Polisnummer</translation>
    </message>
    <message>
        <source>Police report number (if any)</source>
        <translation>Nummer van het proces-verbaal (indien er een is)</translation>
    </message>
    <message>
        <source>Someone else may be liable</source>
        <translation>Iemand anders is mogelijk aansprakelijk</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <source>Print it filled in</source>
        <translation>Ingevuld afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Ondertekenen met mijn kaart</translation>
    </message>
</context>
<context>
    <name>AccidentSignView</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Foute pincode. Nog %n poging.</numerusform>
            <numerusform>Foute pincode. Nog %n pogingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign your accident declaration for the care of %1.</source>
        <translation>Typ uw pincode om uw ongevalsaangifte voor de zorg van %1 te ondertekenen.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Pincode</translation>
    </message>
</context>
<context>
    <name>AccidentsPage</name>
    <message>
        <source>You have no accident declaration to return.</source>
        <translation>U hebt geen ongevalsaangifte terug te sturen.</translation>
    </message>
    <message>
        <source>The Accidents service: %1, %2</source>
        <translation>De dienst Ongevallen: %1, %2</translation>
    </message>
    <message>
        <source>Your declaration for the care of %1 is sent to the Accidents service with the form you signed.</source>
        <translation>Uw aangifte voor de zorg van %1 is naar de dienst Ongevallen verstuurd met het formulier dat u ondertekend hebt.</translation>
    </message>
    <message>
        <source>The member has no accident declaration to return.</source>
        <translation>Het lid heeft geen ongevalsaangifte terug te sturen.</translation>
    </message>
    <message>
        <source>Your declaration for the care of %1 is sent to the Accidents service with the form you signed. It waits on this terminal until the connection is back.</source>
        <translation>Uw aangifte voor de zorg van %1 is naar de dienst Ongevallen verstuurd met het formulier dat u ondertekend hebt. Ze wacht op deze zuil tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>Care of %1 — %2</source>
        <translation>Zorg van %1 — %2</translation>
    </message>
    <message>
        <source>It was to be returned by %1: return it now.</source>
        <translation>Ze moest teruggestuurd zijn vóór %1: stuur ze nu terug.</translation>
    </message>
    <message>
        <source>Return it by %1.</source>
        <translation>Terug te sturen vóór %1.</translation>
    </message>
    <message>
        <source>A declaration for care of %1 was already returned: our documents may have crossed. If this care comes from the same accident, call the Accidents service at %2 or write to %3.</source>
        <translation>Een aangifte voor zorg van %1 werd al teruggestuurd: onze documenten hebben elkaar misschien gekruist. Komt deze zorg van hetzelfde ongeval, bel dan de dienst Ongevallen op %2 of schrijf naar %3.</translation>
    </message>
    <message>
        <source>Your signed declaration was refused: %1</source>
        <translation>Uw ondertekende aangifte werd geweigerd: %1</translation>
    </message>
    <message>
        <source>You returned it here: it is on its way to the mutuality.</source>
        <translation>U hebt ze hier teruggestuurd: ze is onderweg naar het ziekenfonds.</translation>
    </message>
    <message>
        <source>Returned at a terminal: on its way to the mutuality.</source>
        <translation>Teruggestuurd op een zuil: onderweg naar het ziekenfonds.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Register a paper declaration received</source>
        <translation>Een ontvangen papieren aangifte registreren</translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Care of %1 — %2: returned on %3, dealt with by the Accidents service.</source>
        <translation>Zorg van %1 — %2: teruggestuurd op %3, behandeld door de dienst Ongevallen.</translation>
    </message>
    <message>
        <source>Care of %1 — %2: returned on %3.</source>
        <translation>Zorg van %1 — %2: teruggestuurd op %3.</translation>
    </message>
    <message>
        <source>Accident declarations to return</source>
        <translation>Terug te sturen ongevalsaangiften</translation>
    </message>
    <message>
        <source>Some care of the member suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays the care and recovers it from whoever is liable.</source>
        <translation>Sommige zorg van het lid wijst op een ongeval. Elke aangifte terugsturen is een wettelijke verplichting, ook als het geen ongeval was: het ziekenfonds betaalt de zorg en vordert ze terug van wie aansprakelijk is.</translation>
    </message>
    <message>
        <source>Some care suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays your care and recovers it from whoever is liable.</source>
        <translation>Sommige zorg wijst op een ongeval. Elke aangifte terugsturen is een wettelijke verplichting, ook als het geen ongeval was: het ziekenfonds betaalt uw zorg en vordert ze terug van wie aansprakelijk is.</translation>
    </message>
    <message>
        <source>Print a declaration, or register a paper one received.</source>
        <translation>Druk een aangifte af, of registreer een ontvangen papieren aangifte.</translation>
    </message>
    <message>
        <source>Fill in each declaration and sign it with your card, or print it.</source>
        <translation>Vul elke aangifte in en onderteken ze met uw kaart, of druk ze af.</translation>
    </message>
    <message>
        <source>Paper declaration received on</source>
        <translation>Papieren aangifte ontvangen op</translation>
    </message>
    <message>
        <source>Declarations returned</source>
        <translation>Teruggestuurde aangiften</translation>
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
    <message>
        <source>Choose Activate my account to get your login details by post, or Not now.</source>
        <translation>Kies Mijn account activeren om uw inloggegevens per post te ontvangen, of Niet nu.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>granted</source>
        <translation>toegekend</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>being examined</source>
        <translation>in onderzoek</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>No medical agreement in this file.</source>
        <translation>Geen akkoord van de adviserend arts in dit dossier.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>The last time must come after the first.</source>
        <translation>Het laatste uur moet na het eerste komen.</translation>
    </message>
    <message>
        <source>An adviser</source>
        <translation>Een adviseur</translation>
    </message>
    <message>
        <source>The social service</source>
        <translation>De sociale dienst</translation>
    </message>
    <message>
        <source>The medical adviser</source>
        <translation>De adviserend arts</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>No slot on %1 at this agency.</source>
        <translation>Geen tijdslot op %1 in dit kantoor.</translation>
    </message>
    <message>
        <source>%1: %2 booked, %3 free.</source>
        <translation>%1: %2 geboekt, %3 vrij.</translation>
    </message>
    <message>
        <source>Appointment slots</source>
        <translation>Tijdsloten voor afspraken</translation>
    </message>
    <message>
        <source>An agency&apos;s slots of a day. Open new ones, or withdraw free ones.</source>
        <translation>De tijdsloten van een kantoor op een dag. Open nieuwe, of trek vrije in.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>The day&apos;s appointment slots</source>
        <translation>De tijdsloten voor afspraken van de dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Tick free slots to withdraw them.</source>
        <translation>Vink vrije tijdsloten aan om ze in te trekken.</translation>
    </message>
    <message>
        <source>Withdraw the slots ticked</source>
        <translation>Aangevinkte tijdsloten intrekken</translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Tijdsloten openen</translation>
    </message>
    <message>
        <source>Day of the new slots</source>
        <translation>Dag van de nieuwe tijdsloten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Elke (minuten)</translation>
    </message>
    <message>
        <source>Open these slots</source>
        <translation>Deze tijdsloten openen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Your request waits on this terminal until the connection is back: it is not confirmed yet.</source>
        <translation>Uw aanvraag wacht op deze terminal tot de verbinding terug is: ze is nog niet bevestigd.</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer…</source>
        <translation>Verstuurd naar het ziekenfonds: wachten op het antwoord…</translation>
    </message>
    <message>
        <source>Booked: %1 at %2.</source>
        <translation>Geboekt: %1 in %2.</translation>
    </message>
    <message>
        <source>Someone booked this time just before you. Here are the next free times of the same agency and service: choose one.</source>
        <translation>Iemand heeft dit tijdstip net voor u geboekt. Hier zijn de volgende vrije tijdstippen van hetzelfde kantoor en dezelfde dienst: kies er een.</translation>
    </message>
    <message>
        <source>Your cancellation waits on this terminal until the connection is back.</source>
        <translation>Uw annulering wacht op deze terminal tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>Your cancellation is on its way to the mutuality…</source>
        <translation>Uw annulering is onderweg naar het ziekenfonds…</translation>
    </message>
    <message>
        <source>Your appointment is cancelled.</source>
        <translation>Uw afspraak is geannuleerd.</translation>
    </message>
    <message>
        <source>No answer yet: your request waits to be confirmed. My appointments shows it until then.</source>
        <translation>Nog geen antwoord: uw aanvraag wacht op bevestiging. Mijn afspraken toont ze tot dan.</translation>
    </message>
    <message>
        <source>Choose a free time in the list.</source>
        <translation>Kies een vrij tijdstip in de lijst.</translation>
    </message>
    <message>
        <source>The request waits on this terminal until the connection is back: it is not confirmed yet.</source>
        <translation>De aanvraag wacht op deze terminal tot de verbinding terug is: ze is nog niet bevestigd.</translation>
    </message>
    <message>
        <source>Someone else booked this time just before. Here are the next free times of the same agency and service: choose one with the member.</source>
        <translation>Iemand anders heeft dit tijdstip net geboekt. Hier zijn de volgende vrije tijdstippen van hetzelfde kantoor en dezelfde dienst: kies er een met het lid.</translation>
    </message>
    <message>
        <source>The cancellation waits on this terminal until the connection is back.</source>
        <translation>De annulering wacht op deze terminal tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>The cancellation is on its way to the mutuality…</source>
        <translation>De annulering is onderweg naar het ziekenfonds…</translation>
    </message>
    <message>
        <source>The member&apos;s appointment is cancelled.</source>
        <translation>De afspraak van het lid is geannuleerd.</translation>
    </message>
    <message>
        <source>No answer yet: the request waits to be confirmed. The member&apos;s appointments show it until then.</source>
        <translation>Nog geen antwoord: de aanvraag wacht op bevestiging. De afspraken van het lid tonen ze tot dan.</translation>
    </message>
    <message>
        <source>Cancel your appointment of %1 at %2?</source>
        <translation>Uw afspraak van %1 in %2 annuleren?</translation>
    </message>
    <message>
        <source>Cancel the member&apos;s appointment of %1 at %2?</source>
        <translation>De afspraak van het lid van %1 in %2 annuleren?</translation>
    </message>
    <message>
        <source>The member has no appointment coming.</source>
        <translation>Het lid heeft geen komende afspraak.</translation>
    </message>
    <message>
        <source>The member&apos;s coming appointments at our agencies.</source>
        <translation>De komende afspraken van het lid in onze kantoren.</translation>
    </message>
    <message>
        <source>Choose whom the member would like to see, the agency and a free time.</source>
        <translation>Kies wie het lid wil spreken, het kantoor en een vrij tijdstip.</translation>
    </message>
    <message>
        <source>Whom would the member like to see?</source>
        <translation>Wie wil het lid spreken?</translation>
    </message>
    <message>
        <source>An adviser</source>
        <translation>Een adviseur</translation>
    </message>
    <message>
        <source>The social service</source>
        <translation>De sociale dienst</translation>
    </message>
    <message>
        <source>The medical adviser</source>
        <translation>De adviserend arts</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Print the confirmation</source>
        <translation>Bevestiging afdrukken</translation>
    </message>
    <message>
        <source>No agency offers free times for this service now: choose another service.</source>
        <translation>Geen enkel kantoor biedt nu vrije tijdstippen voor deze dienst: kies een andere dienst.</translation>
    </message>
    <message>
        <source>This agency has no free time for this service in the coming weeks: choose another agency.</source>
        <translation>Dit kantoor heeft de komende weken geen vrij tijdstip voor deze dienst: kies een ander kantoor.</translation>
    </message>
    <message>
        <source>Cancellation waiting on this terminal</source>
        <translation>Annulering wacht op deze terminal</translation>
    </message>
    <message>
        <source>Cancellation on its way to the mutuality</source>
        <translation>Annulering onderweg naar het ziekenfonds</translation>
    </message>
    <message>
        <source>Waiting on this terminal: not confirmed yet</source>
        <translation>Wacht op deze terminal: nog niet bevestigd</translation>
    </message>
    <message>
        <source>On its way to the mutuality</source>
        <translation>Onderweg naar het ziekenfonds</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>You have no appointment coming.</source>
        <translation>U hebt geen komende afspraak.</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Mijn afspraken</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Een afspraak maken</translation>
    </message>
    <message>
        <source>Your coming appointments at our agencies.</source>
        <translation>Uw komende afspraken in onze kantoren.</translation>
    </message>
    <message>
        <source>The member&apos;s appointments: book one, move it or cancel it.</source>
        <translation>De afspraken van het lid: maak er een, verplaats of annuleer ze.</translation>
    </message>
    <message>
        <source>Your appointments: book one, move it or cancel it.</source>
        <translation>Uw afspraken: maak er een, verplaats of annuleer ze.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nee, behouden</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ja, annuleren</translation>
    </message>
    <message>
        <source>Move an appointment</source>
        <translation>Een afspraak verplaatsen</translation>
    </message>
    <message>
        <source>Now: %1 at %2. Choose a new time.</source>
        <translation>Nu: %1 in %2. Kies een nieuw tijdstip.</translation>
    </message>
    <message>
        <source>Move it to this time</source>
        <translation>Naar dit tijdstip verplaatsen</translation>
    </message>
    <message>
        <source>Choose whom you would like to see, the agency and a free time.</source>
        <translation>Kies wie u wilt spreken, het kantoor en een vrij tijdstip.</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Dit tijdstip boeken</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Zo laten</translation>
    </message>
    <message>
        <source>Whom would you like to see?</source>
        <translation>Wie wilt u spreken?</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Vrije tijdstippen</translation>
    </message>
    <message>
        <source>Subject (optional)</source>
        <translation>Onderwerp (optioneel)</translation>
    </message>
</context>
<context>
    <name>BankSignPage</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Foute pincode. Nog %n pogingen.</numerusform>
            <numerusform>Foute pincode. Nog %n pogingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the change of your bank account to %1.</source>
        <translation>Geef uw pincode in om de wijziging van uw bankrekening naar %1 te ondertekenen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
    <name>CalledList</name>
    <message>
        <source>Desk %1</source>
        <translation>Balie %1</translation>
    </message>
    <message>
        <source>Tickets called</source>
        <translation>Opgeroepen tickets</translation>
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
    <message>
        <source>Say how we can reach you, then choose Send. A colleague will contact you.</source>
        <translation>Geef aan hoe we u kunnen bereiken en kies dan Verzenden. Een collega neemt contact met u op.</translation>
    </message>
</context>
<context>
    <name>CertificateForm</name>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Wacht op antwoord…</translation>
    </message>
    <message>
        <source>A paper certificate received</source>
        <translation>Een ontvangen papieren getuigschrift</translation>
    </message>
    <message>
        <source>Member&apos;s national number</source>
        <translation>Rijksregisternummer van het lid</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Getuigschrift</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>Beroepsstatuut</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>Dekt vanaf</translation>
    </message>
    <message>
        <source>Covers to</source>
        <translation>Dekt tot</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Naam van de arts</translation>
    </message>
    <message>
        <source>First certificate</source>
        <translation>Eerste getuigschrift</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Bediende</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Werkloze</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Zelfstandige</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Register the certificate</source>
        <translation>Getuigschrift registreren</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Typ uw huidige wachtwoord en daarna twee keer het nieuwe.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Kies uw eigen wachtwoord</translation>
    </message>
    <message>
        <source>You logged in with the password of our letter. Choose your own now: the letter&apos;s password will then stop working.</source>
        <translation>U hebt zich aangemeld met het wachtwoord uit onze brief. Kies nu uw eigen wachtwoord: dat van de brief werkt daarna niet meer.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Password of the letter</source>
        <translation>Wachtwoord uit de brief</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Your new password works at once, here and on the online counter.</source>
        <translation>Uw nieuwe wachtwoord werkt meteen, hier en aan het onlineloket.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord (nogmaals)</translation>
    </message>
    <message>
        <source>At least %1 characters. Three or four unrelated words make a strong password that is easy to remember. Do not use your name, your national number or your birth date.</source>
        <translation>Minstens %1 tekens. Drie of vier woorden die niets met elkaar te maken hebben, vormen een sterk wachtwoord dat u makkelijk onthoudt. Gebruik niet uw naam, uw rijksregisternummer of uw geboortedatum.</translation>
    </message>
    <message>
        <source>Save my new password</source>
        <translation>Mijn nieuwe wachtwoord bewaren</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice, then choose Save.</source>
        <translation>Typ uw huidige wachtwoord, daarna twee keer het nieuwe, en kies dan Bewaren.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Type each date as %1.</source>
        <translation>Typ elke datum als %1.</translation>
    </message>
    <message>
        <source>This is the first certificate of a new incapacity.</source>
        <translation>Dit is het eerste attest van een nieuwe arbeidsongeschiktheid.</translation>
    </message>
    <message>
        <source>This is a prolongation: it starts the day after your previous certificate ends.</source>
        <translation>Dit is een verlenging: het begint de dag na het einde van uw vorige attest.</translation>
    </message>
    <message>
        <source>This is a relapse: it starts after a short gap, so it continues your incapacity in a new file.</source>
        <translation>Dit is een herval: het begint na een korte onderbreking en zet uw arbeidsongeschiktheid dus voort in een nieuw dossier.</translation>
    </message>
    <message>
        <source>This is a new incapacity: the gap since your previous certificate is too long for a relapse. Send it as a first certificate.</source>
        <translation>Dit is een nieuwe arbeidsongeschiktheid: de onderbreking sinds uw vorige attest is te lang voor een herval. Stuur het op als eerste attest.</translation>
    </message>
    <message>
        <source>Not covered by a certificate: %1 – %2</source>
        <translation>Niet gedekt door een attest: %1 – %2</translation>
    </message>
    <message>
        <source>Your doctor sends it electronically: you have nothing to send.</source>
        <translation>Uw arts stuurt het elektronisch: u hoeft niets op te sturen.</translation>
    </message>
    <message>
        <source>An electronic certificate cannot cover so long: your doctor sends a new one before this one ends.</source>
        <translation>Een elektronisch attest kan niet zo lang dekken: uw arts stuurt een nieuw attest voor dit afloopt.</translation>
    </message>
    <message>
        <source>It must reach us by %1.</source>
        <translation>Het moet ons uiterlijk op %1 bereiken.</translation>
    </message>
    <message>
        <source>Received on %1, it is on time.</source>
        <translation>Ontvangen op %1, het is op tijd.</translation>
    </message>
    <message>
        <source>It is late, but no paid day is cut.</source>
        <translation>Het is te laat, maar er wordt geen betaalde dag verminderd.</translation>
    </message>
    <message numerus="yes">
        <source>It is late: your indemnity is %1 less for %n paid day(s), from %2 to %3.</source>
        <translation>
            <numerusform>Het is te laat: uw uitkering is %1 lager voor %n betaalde dag, van %2 tot %3.</numerusform>
            <numerusform>Het is te laat: uw uitkering is %1 lager voor %n betaalde dagen, van %2 tot %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1.</source>
        <translation>Ongeveer %1.</translation>
    </message>
    <message numerus="yes">
        <source>The cut is waived if it costs you at least %1 and you could not send it in time (force majeure) or your household earns less than %2 a year; at most once in %n year(s).</source>
        <translation>
            <numerusform>De vermindering vervalt als ze u minstens %1 kost en u het niet op tijd kon sturen (overmacht) of uw gezin minder dan %2 per jaar verdient; hoogstens één keer per %n jaar.</numerusform>
            <numerusform>De vermindering vervalt als ze u minstens %1 kost en u het niet op tijd kon sturen (overmacht) of uw gezin minder dan %2 per jaar verdient; hoogstens één keer in %n jaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-employed: no cut if it reached us by %1, once per period of incapacity.</source>
        <translation>Zelfstandigen: geen vermindering als het ons uiterlijk op %1 bereikte, één keer per periode van arbeidsongeschiktheid.</translation>
    </message>
    <message numerus="yes">
        <source>Self-employed: up to %n month(s) late there is no cut, once per period of incapacity.</source>
        <translation>
            <numerusform>Zelfstandigen: tot %n maand te laat geen vermindering, één keer per periode van arbeidsongeschiktheid.</numerusform>
            <numerusform>Zelfstandigen: tot %n maanden te laat geen vermindering, één keer per periode van arbeidsongeschiktheid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Here the waiver does not apply.</source>
        <translation>Hier geldt de vrijstelling niet.</translation>
    </message>
    <message>
        <source>Ask the counter whether it applies to you.</source>
        <translation>Vraag aan het loket of ze voor u geldt.</translation>
    </message>
    <message>
        <source>Here the cut can be waived: tell the counter.</source>
        <translation>Hier kan de vermindering vervallen: meld het aan het loket.</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Een attest nakijken</translation>
    </message>
    <message>
        <source>Type the dates your doctor wrote and the day the certificate reaches us: you see what kind of certificate it is and whether it is on time.</source>
        <translation>Typ de data die uw arts schreef en de dag waarop het attest ons bereikt: u ziet welk soort attest het is en of het op tijd is.</translation>
    </message>
    <message>
        <source>First day it covers</source>
        <translation>Eerste gedekte dag</translation>
    </message>
    <message>
        <source>Last day it covers</source>
        <translation>Laatste gedekte dag</translation>
    </message>
    <message>
        <source>Day it reaches us</source>
        <translation>Dag waarop het ons bereikt</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ik ben</translation>
    </message>
    <message>
        <source>Your work status</source>
        <translation>Uw beroepsstatuut</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>arbeider</translation>
    </message>
    <message>
        <source>an employee</source>
        <translation>bediende</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>werkloos</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>zelfstandige</translation>
    </message>
    <message>
        <source>On paper: I send it</source>
        <translation>Op papier: ik stuur het op</translation>
    </message>
    <message>
        <source>Electronically: my doctor sends it</source>
        <translation>Elektronisch: mijn arts stuurt het</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Nakijken</translation>
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
        <source>Touch More time or press a key.</source>
        <translation>Raak ‘Meer tijd’ aan of druk op een toets.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Meer tijd</translation>
    </message>
    <message>
        <source>Your visit gets its whole time again.</source>
        <translation>U krijgt opnieuw de volledige tijd.</translation>
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
    <message>
        <source>Choose I cannot log in to ask for help, or Finish.</source>
        <translation>Kies Ik kan niet inloggen om hulp te vragen, of Afsluiten.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card, or type their national number and choose Find.</source>
        <translation>Steek de eID-kaart van het lid in de lezer, of geef het rijksregisternummer in en kies Zoeken.</translation>
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
        <source>Reason for opening the file</source>
        <translation>Reden voor het openen van het dossier</translation>
    </message>
    <message>
        <source>The member is at the counter</source>
        <translation>Het lid is aan het loket</translation>
    </message>
    <message>
        <source>A phone call from the member</source>
        <translation>Een telefoontje van het lid</translation>
    </message>
    <message>
        <source>A letter or an e-mail from the member</source>
        <translation>Een brief of e-mail van het lid</translation>
    </message>
    <message>
        <source>Follow-up of a request</source>
        <translation>Opvolging van een aanvraag</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
</context>
<context>
    <name>DeskTickets</name>
    <message>
        <source>Queue tickets</source>
        <translation>Wachtrijtickets</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Call the next ticket</source>
        <translation>Het volgende ticket oproepen</translation>
    </message>
    <message>
        <source>Called: %1</source>
        <translation>Opgeroepen: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this service.</source>
        <translation>Niemand wacht voor deze dienst.</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1: %2 wachtend</translation>
    </message>
</context>
<context>
    <name>DmgPage</name>
    <message>
        <source>No global medical file (DMG). Ask your GP to open one: it costs you nothing.</source>
        <translation>Geen globaal medisch dossier (GMD). Vraag uw huisarts om er een te openen: het kost u niets.</translation>
    </message>
    <message>
        <source>Global medical file with %1, valid until %2.</source>
        <translation>Globaal medisch dossier bij %1, geldig tot %2.</translation>
    </message>
    <message>
        <source>Your global medical file with %1 ended on %2: ask your GP to renew it.</source>
        <translation>Uw globaal medisch dossier bij %1 is afgelopen op %2: vraag uw huisarts om het te verlengen.</translation>
    </message>
    <message>
        <source>With a DMG your GP consultations cost you less: your share with and without it.</source>
        <translation>Met een GMD kosten de raadplegingen bij uw huisarts u minder: uw persoonlijk aandeel met en zonder GMD.</translation>
    </message>
    <message>
        <source>Consultations with and without a DMG</source>
        <translation>Raadplegingen met en zonder GMD</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Raadpleging</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Officieel honorarium</translation>
    </message>
    <message>
        <source>Without DMG</source>
        <translation>Zonder GMD</translation>
    </message>
    <message>
        <source>With DMG</source>
        <translation>Met GMD</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>from you</source>
        <translation>door u</translation>
    </message>
    <message>
        <source>to you</source>
        <translation>aan u</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>ondertekend op %1</translation>
    </message>
    <message>
        <source>(paper only)</source>
        <translation>(enkel op papier)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Type a code (digits) or words of the service.</source>
        <translation>Typ een code (cijfers) of woorden van de verstrekking.</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Voor u</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Voor %1</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Alle leeftijden</translation>
    </message>
    <message>
        <source>Under 10</source>
        <translation>Jonger dan 10</translation>
    </message>
    <message>
        <source>10 to 74</source>
        <translation>10 tot 74 jaar</translation>
    </message>
    <message>
        <source>75 and over, or chronically ill</source>
        <translation>75 jaar en ouder, of chronisch ziek</translation>
    </message>
    <message>
        <source>ordinary cover, without a DMG</source>
        <translation>gewone tegemoetkoming, zonder GMD</translation>
    </message>
    <message>
        <source>ordinary cover, with a DMG</source>
        <translation>gewone tegemoetkoming, met een GMD</translation>
    </message>
    <message>
        <source>BIM, without a DMG</source>
        <translation>verhoogde tegemoetkoming, zonder GMD</translation>
    </message>
    <message>
        <source>BIM, with a DMG</source>
        <translation>verhoogde tegemoetkoming, met een GMD</translation>
    </message>
    <message>
        <source>BIM</source>
        <translation>verhoogde tegemoetkoming</translation>
    </message>
    <message>
        <source>under 10</source>
        <translation>jonger dan 10</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The DMG is valid until %1.</source>
        <translation>Het GMD is geldig tot %1.</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>geen honorarium</translation>
    </message>
    <message>
        <source>No code matches. Try fewer words, or the start of a word.</source>
        <translation>Geen enkele code komt overeen. Probeer minder woorden, of het begin van een woord.</translation>
    </message>
    <message>
        <source>More codes match than are shown: add a word to narrow the list.</source>
        <translation>Er komen meer codes overeen dan getoond: voeg een woord toe om de lijst te verfijnen.</translation>
    </message>
    <message>
        <source>This code has no fee in the data on %1.</source>
        <translation>Deze code heeft geen honorarium in de gegevens op %1.</translation>
    </message>
    <message>
        <source>%1 — %2 — the data hold no reimbursement for this case.</source>
        <translation>%1 — %2 — de gegevens bevatten geen terugbetaling voor dit geval.</translation>
    </message>
    <message>
        <source>%1 — %2, up to %3 years — nothing to pay: young BIM members with a DMG pay no personal share at the GP or the specialist.</source>
        <translation>%1 — %2, tot %3 jaar — niets te betalen: jongeren met verhoogde tegemoetkoming en een GMD betalen geen remgeld bij de huisarts of de specialist.</translation>
    </message>
    <message>
        <source>%1 — %2 — your share is %3.</source>
        <translation>%1 — %2 — uw aandeel is %3.</translation>
    </message>
    <message>
        <source>%1 — %2 — the share is %3.</source>
        <translation>%1 — %2 — het persoonlijk aandeel is %3.</translation>
    </message>
    <message>
        <source>Ordinary, without DMG</source>
        <translation>Gewoon, zonder GMD</translation>
    </message>
    <message>
        <source>Ordinary, with DMG</source>
        <translation>Gewoon, met GMD</translation>
    </message>
    <message>
        <source>BIM, without DMG</source>
        <translation>VT, zonder GMD</translation>
    </message>
    <message>
        <source>BIM, with DMG</source>
        <translation>VT, met GMD</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Gewoon</translation>
    </message>
    <message>
        <source>This service&apos;s name exists in French and Dutch only: shown in French.</source>
        <translation>De naam van deze verstrekking bestaat alleen in het Frans en het Nederlands: in het Frans getoond.</translation>
    </message>
    <message>
        <source>This service&apos;s name exists in French and Dutch only: shown in Dutch.</source>
        <translation>De naam van deze verstrekking bestaat alleen in het Frans en het Nederlands: in het Nederlands getoond.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The data hold no fee for this code.</source>
        <translation>De gegevens bevatten geen honorarium voor deze code.</translation>
    </message>
    <message>
        <source>Amounts as set by: %1.</source>
        <translation>Bedragen vastgesteld door: %1.</translation>
    </message>
    <message>
        <source>Official fee: %1</source>
        <translation>Officieel honorarium: %1</translation>
    </message>
    <message>
        <source>Type a code or words, then choose Search. Pick a code in the list to see its amounts.</source>
        <translation>Typ een code of woorden en kies dan Zoeken. Kies een code in de lijst om de bedragen te zien.</translation>
    </message>
    <message>
        <source>A code, or words: consultation, huisarts…</source>
        <translation>Een code, of woorden: raadpleging, huisarts…</translation>
    </message>
    <message>
        <source>Search a code or words of the service</source>
        <translation>Zoek een code of woorden van de verstrekking</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Gevonden codes</translation>
    </message>
    <message>
        <source>The code&apos;s fees and reimbursements</source>
        <translation>De honoraria en terugbetalingen van de code</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Verstrekking</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Officieel honorarium</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Stelsel</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>U betaalt</translation>
    </message>
    <message>
        <source>The personal share (ticket modérateur, remgeld)</source>
        <translation>Het persoonlijk aandeel (remgeld)</translation>
    </message>
    <message>
        <source>The part of the official fee the compulsory insurance does not reimburse: the official fee minus the reimbursement. It is smaller with a global medical file (DMG) at your GP, and for members entitled to the increased reimbursement (BIM). A provider who is not conventioned may ask more than the official fee: that supplement is never reimbursed.</source>
        <translation>Het deel van het officiële honorarium dat de verplichte verzekering niet terugbetaalt: het officiële honorarium min de terugbetaling. Het is kleiner met een globaal medisch dossier (GMD) bij uw huisarts, en voor wie recht heeft op de verhoogde tegemoetkoming. Een niet-geconventioneerde zorgverlener mag meer vragen dan het officiële honorarium: dat supplement wordt nooit terugbetaald.</translation>
    </message>
    <message>
        <source>The BVAC attestation</source>
        <translation>Het BVAC-attest</translation>
    </message>
    <message>
        <source>BVAC stands for &quot;Bijkomende Verzekering / Assurance Complémentaire&quot;. Your pharmacist fills it in when you ask, for medicines or other health products that a complementary insurance (a hospitalisation insurance, for example) may pay back. It lists the pharmacist, the prescribing doctor, you and the products. Send it to that insurer, or have the pharmacist send it electronically if your insurer takes part. It is for that insurer: the compulsory reimbursement does not need it.</source>
        <translation>BVAC staat voor &quot;Bijkomende Verzekering / Assurance Complémentaire&quot;. Uw apotheker vult het op uw vraag in, voor geneesmiddelen of andere gezondheidsproducten die een bijkomende verzekering (een hospitalisatieverzekering, bijvoorbeeld) kan terugbetalen. Het vermeldt de apotheker, de voorschrijvende arts, uzelf en de producten. Stuur het naar die verzekeraar, of laat de apotheker het elektronisch doorsturen als uw verzekeraar daaraan deelneemt. Het is voor die verzekeraar: de verplichte terugbetaling heeft het niet nodig.</translation>
    </message>
</context>
<context>
    <name>FileScreen</name>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ik)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle rubrieken</translation>
    </message>
    <message>
        <source>Shows the sections of your file, to choose another.</source>
        <translation>Toont de rubrieken van uw dossier, om een andere te kiezen.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Your file. Choose a section, or Back to leave your file.</source>
        <translation>Uw dossier. Kies een rubriek, of Terug om uw dossier te verlaten.</translation>
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
    <message>
        <source>Type your national number, then choose Send me a new password.</source>
        <translation>Typ uw rijksregisternummer en kies dan Stuur mij een nieuw wachtwoord.</translation>
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
    <name>FormsView</name>
    <message>
        <source>Incapacity certificate for your doctor (employee, worker, unemployed)</source>
        <translation>Attest van arbeidsongeschiktheid voor uw arts (bediende, arbeider, werkloze)</translation>
    </message>
    <message>
        <source>Incapacity certificate for your doctor (self-employed)</source>
        <translation>Attest van arbeidsongeschiktheid voor uw arts (zelfstandige)</translation>
    </message>
    <message>
        <source>Declaration of a secondary self-employed activity</source>
        <translation>Aangifte van een zelfstandige bijactiviteit</translation>
    </message>
    <message>
        <source>Return to work (employee, worker, unemployed)</source>
        <translation>Werkhervatting (bediende, arbeider, werkloze)</translation>
    </message>
    <message>
        <source>Return to work (self-employed)</source>
        <translation>Werkhervatting (zelfstandige)</translation>
    </message>
    <message>
        <source>Request to work part time (employee)</source>
        <translation>Aanvraag om deeltijds te werken (werknemer)</translation>
    </message>
    <message>
        <source>Request to work part time (self-employed)</source>
        <translation>Aanvraag om deeltijds te werken (zelfstandige)</translation>
    </message>
    <message>
        <source>Request for voluntary work</source>
        <translation>Aanvraag voor vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Forms to print</source>
        <translation>Formulieren afdrukken</translation>
    </message>
    <message>
        <source>In your language, with your details already filled in.</source>
        <translation>In uw taal, met uw gegevens al ingevuld.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Afdrukken: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Opslaan als pdf: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Your password has been changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
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
    <message>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Choose a section, or Finish and log out.</source>
        <translation>Kies een rubriek, of Afsluiten en uitloggen.</translation>
    </message>
</context>
<context>
    <name>HospitalPage</name>
    <message>
        <source>Ordinary insured person with dependants</source>
        <translation>Gewoon verzekerde met personen ten laste</translation>
    </message>
    <message>
        <source>Ordinary insured person</source>
        <translation>Gewoon verzekerde</translation>
    </message>
    <message>
        <source>Increased reimbursement (BIM)</source>
        <translation>Verhoogde tegemoetkoming (VT)</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>Persoon ten laste</translation>
    </message>
    <message>
        <source>Cover during the stay</source>
        <translation>Dekking tijdens de opname</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Bijdragen</translation>
    </message>
    <message>
        <source>Accident declarations</source>
        <translation>Ongevalsaangiften</translation>
    </message>
    <message>
        <source>Insurability</source>
        <translation>Verzekerbaarheid</translation>
    </message>
    <message>
        <source>Insured every day of the stay.</source>
        <translation>Verzekerd op elke dag van de opname.</translation>
    </message>
    <message>
        <source>Not insured on the day of admission. Come to the counter before the admission to put the insurability in order.</source>
        <translation>Niet verzekerd op de dag van de opname. Kom vóór de opname naar het loket om de verzekerbaarheid in orde te brengen.</translation>
    </message>
    <message>
        <source>The cover ends on %1, before the end of the stay. Come to the counter before the admission to put the insurability in order.</source>
        <translation>De dekking stopt op %1, vóór het einde van de opname. Kom vóór de opname naar het loket om de verzekerbaarheid in orde te brengen.</translation>
    </message>
    <message>
        <source>Every contribution due before the admission is paid.</source>
        <translation>Alle bijdragen die vóór de opname vervallen, zijn betaald.</translation>
    </message>
    <message>
        <source>Contributions due before the admission are not paid: %2 (the oldest due on %1). Pay them before the admission, or come to the counter.</source>
        <translation>Bijdragen die vóór de opname vervallen, zijn niet betaald: %2 (de oudste vervallen op %1). Betaal ze vóór de opname, of kom naar het loket.</translation>
    </message>
    <message>
        <source>No accident declaration is blocking the file.</source>
        <translation>Geen enkele ongevalsaangifte blokkeert het dossier.</translation>
    </message>
    <message>
        <source>An accident declaration was not returned: the family&apos;s file has been blocked since %1 and reimbursements are held. Return the declaration (Accident declarations), or contact the Accidents service.</source>
        <translation>Een ongevalsaangifte werd niet teruggestuurd: het dossier van het gezin is geblokkeerd sinds %1 en de terugbetalingen worden tegengehouden. Stuur de aangifte terug (Ongevalsaangiften), of neem contact op met de dienst Ongevallen.</translation>
    </message>
    <message>
        <source>An active member of the health fund.</source>
        <translation>Actief lid van het ziekenfonds.</translation>
    </message>
    <message>
        <source>Leaves the health fund on %1: it does not cover this stay. Come to the counter.</source>
        <translation>Verlaat het ziekenfonds op %1: het dekt deze opname niet. Kom naar het loket.</translation>
    </message>
    <message>
        <source>Has left the health fund: it does not cover this stay. Come to the counter.</source>
        <translation>Heeft het ziekenfonds verlaten: het dekt deze opname niet. Kom naar het loket.</translation>
    </message>
    <message>
        <source>The move to the health fund has not taken effect yet: until it does, the current insurer covers the stay. Ask at the counter.</source>
        <translation>De overstap naar het ziekenfonds gaat nog niet in: tot dan dekt de huidige verzekeringsinstelling de opname. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>This file is closed. Please come to the counter.</source>
        <translation>Dit dossier is afgesloten. Kom naar het loket.</translation>
    </message>
    <message>
        <source>Days of the stay</source>
        <translation>Dagen van de opname</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <source>Days %1 to %2</source>
        <translation>Dagen %1 tot %2</translation>
    </message>
    <message>
        <source>The stay from %1 to %2, for %3. Category: %4.</source>
        <translation>De opname van %1 tot %2, voor %3. Categorie: %4.</translation>
    </message>
    <message>
        <source>Estimated personal share: %1</source>
        <translation>Geraamd persoonlijk aandeel: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Dag 1</translation>
    </message>
    <message>
        <source>From day 2</source>
        <translation>Vanaf dag 2</translation>
    </message>
    <message>
        <source>From day %1</source>
        <translation>Vanaf dag %1</translation>
    </message>
    <message>
        <source>▶ %1 (you)</source>
        <translation>▶ %1 (u)</translation>
    </message>
    <message>
        <source>▶ %1 (%2)</source>
        <translation>▶ %1 (%2)</translation>
    </message>
    <message>
        <source>Amounts in force since %1 (source: %2).</source>
        <translation>Bedragen van kracht sinds %1 (bron: %2).</translation>
    </message>
    <message>
        <source>The file is in order for this stay.</source>
        <translation>Het dossier is in orde voor deze opname.</translation>
    </message>
    <message>
        <source>Before the admission, settle the points marked “To do”.</source>
        <translation>Regel vóór de opname de punten met „Te doen”.</translation>
    </message>
    <message>
        <source>✔ In order</source>
        <translation>✔ In orde</translation>
    </message>
    <message>
        <source>✖ To do</source>
        <translation>✖ Te doen</translation>
    </message>
    <message>
        <source>Type the admission date and the number of nights, then choose Check.</source>
        <translation>Typ de opnamedatum en het aantal nachten en kies dan Controleren.</translation>
    </message>
    <message>
        <source>Planning an admission? Type its date and the nights you expect to stay: we check the file and estimate the daily personal share.</source>
        <translation>Is er een opname gepland? Typ de datum en het aantal nachten dat u verwacht te blijven: wij kijken het dossier na en ramen het persoonlijk aandeel per dag.</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Opnamedatum</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nachten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Is my file in order?</source>
        <translation>Is mijn dossier in orde?</translation>
    </message>
    <message>
        <source>Is the file in order?</source>
        <translation>Is het dossier in orde?</translation>
    </message>
    <message>
        <source>The estimated personal share</source>
        <translation>Het geraamde persoonlijk aandeel</translation>
    </message>
    <message>
        <source>Personal share per day by category</source>
        <translation>Persoonlijk aandeel per dag volgens de categorie</translation>
    </message>
    <message>
        <source>This estimates the daily personal share only: the hospital also bills medicines, implants and any supplements. A day in day hospital costs no daily share.</source>
        <translation>Dit raamt alleen het persoonlijk aandeel per dag: het ziekenhuis rekent ook geneesmiddelen, implantaten en eventuele supplementen aan. Een dag in het dagziekenhuis kost geen persoonlijk aandeel per dag.</translation>
    </message>
    <message>
        <source>Rooms and supplements</source>
        <translation>De kamers en de supplementen</translation>
    </message>
    <message>
        <source>Shared room (three beds or more)</source>
        <translation>Gemeenschappelijke kamer (drie bedden of meer)</translation>
    </message>
    <message>
        <source>Two-bed room</source>
        <translation>Tweepersoonskamer</translation>
    </message>
    <message>
        <source>Single room, chosen</source>
        <translation>Gekozen eenpersoonskamer</translation>
    </message>
    <message>
        <source>No room supplement and no fee supplements, whoever the doctor.</source>
        <translation>Geen kamersupplement en geen ereloonsupplementen, welke arts ook.</translation>
    </message>
    <message>
        <source>A room supplement, and fee supplements up to the percentage the hospital states on its admission declaration: read it before you sign.</source>
        <translation>Een kamersupplement, en ereloonsupplementen tot het percentage dat het ziekenhuis in zijn opnameverklaring vermeldt: lees ze voor u tekent.</translation>
    </message>
    <message>
        <source>when the patient&apos;s health requires it;</source>
        <translation>als de gezondheidstoestand van de patiënt het vereist;</translation>
    </message>
    <message>
        <source>when the service requires it, or no bed is free in a shared or two-bed room;</source>
        <translation>als de dienst het oplegt, of er geen bed vrij is in een gemeenschappelijke of tweepersoonskamer;</translation>
    </message>
    <message>
        <source>in intensive care, and for an emergency admission;</source>
        <translation>op intensieve zorg, en bij een dringende opname;</translation>
    </message>
    <message>
        <source>for a child admitted with a parent, without a signed request for a single room.</source>
        <translation>voor een kind dat met een ouder wordt opgenomen, zonder ondertekende aanvraag voor een eenpersoonskamer.</translation>
    </message>
    <message>
        <source>No supplement at all, even in a single room:</source>
        <translation>Geen enkel supplement, ook niet in een eenpersoonskamer:</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Overzicht afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
</context>
<context>
    <name>IncapacityPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Een attest nakijken</translation>
    </message>
    <message>
        <source>Forms to print</source>
        <translation>Formulieren afdrukken</translation>
    </message>
    <message>
        <source>Work part time</source>
        <translation>Deeltijds werken</translation>
    </message>
    <message>
        <source>I resume work</source>
        <translation>Ik hervat het werk</translation>
    </message>
</context>
<context>
    <name>IndemnitiesPage</name>
    <message>
        <source>primary incapacity</source>
        <translation>primaire ongeschiktheid</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invaliditeit</translation>
    </message>
    <message>
        <source>maternity leave</source>
        <translation>moederschapsrust</translation>
    </message>
    <message>
        <source>No period of incapacity for work in this file.</source>
        <translation>Geen periode van arbeidsongeschiktheid in dit dossier.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>nog lopend</translation>
    </message>
    <message>
        <source>Incapacity for work: %1 – %2</source>
        <translation>Arbeidsongeschiktheid: %1 – %2</translation>
    </message>
    <message>
        <source>Medical adviser: convocation on %1 at %2, %3 (%4)</source>
        <translation>Adviserend arts: oproeping op %1 om %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Next payment on %1 (for %2 to %3)</source>
        <translation>Volgende betaling op %1 (voor de periode van %2 tot %3)</translation>
    </message>
    <message>
        <source>Next payment expected on %1 (for %2 to %3): not published yet</source>
        <translation>Volgende betaling verwacht op %1 (voor %2 tot %3): nog niet gepubliceerd</translation>
    </message>
    <message>
        <source>Indemnities paid</source>
        <translation>Betaalde uitkeringen</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aard</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Inhoudingen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Indemnity statement</source>
        <translation>Attest van uitkeringen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>First day of the statement</source>
        <translation>Eerste dag van het attest</translation>
    </message>
    <message>
        <source>Last day of the statement</source>
        <translation>Laatste dag van het attest</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Taal van het attest</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Attest afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
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
        <source>Check your details, choose how you join, then Sign with my eID card.</source>
        <translation>Controleer uw gegevens, kies hoe u zich aansluit en dan Ondertekenen met mijn eID-kaart.</translation>
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
    <message>
        <source>No card? Create my online access</source>
        <translation>Geen kaart? Online toegang aanmaken</translation>
    </message>
    <message>
        <source>Type your national number and your password, then choose Log in.</source>
        <translation>Typ uw rijksregisternummer en uw wachtwoord en kies dan Inloggen.</translation>
    </message>
</context>
<context>
    <name>MafPage</name>
    <message>
        <source>Ceiling: %1</source>
        <translation>Plafond: %1</translation>
    </message>
    <message>
        <source>Personal shares counted: %1</source>
        <translation>Meegetelde persoonlijke aandelen: %1</translation>
    </message>
    <message>
        <source>Already refunded: %1</source>
        <translation>Al terugbetaald: %1</translation>
    </message>
    <message>
        <source>Still due to you: %1</source>
        <translation>Nog aan u terug te betalen: %1</translation>
    </message>
    <message>
        <source>Ceiling reached on %1</source>
        <translation>Plafond bereikt op %1</translation>
    </message>
    <message>
        <source>Still %1 before the ceiling</source>
        <translation>Nog %1 tot het plafond</translation>
    </message>
    <message>
        <source>Maximum billing (MAF): above a ceiling, your household&apos;s personal shares of the year are refunded.</source>
        <translation>Maximumfactuur (MAF): boven een plafond krijgt uw gezin de persoonlijke aandelen van het jaar terugbetaald.</translation>
    </message>
</context>
<context>
    <name>MailOffer</name>
    <message>
        <source>Send to my e-mail</source>
        <translation>Naar mijn e-mail</translation>
    </message>
    <message>
        <source>By e-mail to %1</source>
        <translation>Per e-mail naar %1</translation>
    </message>
    <message>
        <source>The document goes to the e-mail address on your file: %1</source>
        <translation>Het document gaat naar het e-mailadres in uw dossier: %1</translation>
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
        <source>Card reader: none connected</source>
        <translation>Kaartlezer: geen lezer aangesloten</translation>
    </message>
    <message>
        <source>Card reader: the reader service is not running</source>
        <translation>Kaartlezer: de lezersdienst draait niet</translation>
    </message>
    <message>
        <source>Card reader: reading a card</source>
        <translation>Kaartlezer: er wordt een kaart gelezen</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted and read</source>
        <translation>Kaartlezer: er zit een kaart in, die gelezen is</translation>
    </message>
    <message>
        <source>Card reader: the card is checking a PIN code</source>
        <translation>Kaartlezer: de kaart controleert een pincode</translation>
    </message>
    <message>
        <source>Card reader: the card was taken out</source>
        <translation>Kaartlezer: de kaart werd uit de lezer genomen</translation>
    </message>
    <message>
        <source>Card reader: the card in it cannot be used</source>
        <translation>Kaartlezer: de kaart die erin zit, kan niet worden gebruikt</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted, not in use</source>
        <translation>Kaartlezer: er zit een kaart in, die niet in gebruik is</translation>
    </message>
    <message>
        <source>The state of the card reader and the central database. Go back, or close the program.</source>
        <translation>De toestand van de kaartlezer en van de centrale databank. Ga terug of sluit het programma af.</translation>
    </message>
    <message>
        <source>(simulated card, demo)</source>
        <translation>(gesimuleerde kaart, demo)</translation>
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
        <source>Central database: offline, its server&apos;s certificate is refused</source>
        <translation>Centrale databank: offline, het certificaat van de server wordt geweigerd</translation>
    </message>
    <message>
        <source>Central database: offline, it refuses this terminal&apos;s login</source>
        <translation>Centrale databank: offline, ze weigert de aanmelding van deze terminal</translation>
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
        <source>The certificate was not registered: %1</source>
        <translation>Het getuigschrift is niet geregistreerd: %1</translation>
    </message>
    <message>
        <source>Online account: active</source>
        <translation>Online account: actief</translation>
    </message>
    <message>
        <source>Online account: its letter is on its way</source>
        <translation>Online account: de brief is onderweg</translation>
    </message>
    <message>
        <source>Online account: deactivated</source>
        <translation>Online account: gedeactiveerd</translation>
    </message>
    <message>
        <source>No online account</source>
        <translation>Geen online account</translation>
    </message>
    <message>
        <source>%1: the holder no longer sees this file (form of %2)</source>
        <translation>%1: de gerechtigde ziet dit dossier niet meer (formulier van %2)</translation>
    </message>
    <message>
        <source>%1: the holder sees this file</source>
        <translation>%1: de gerechtigde ziet dit dossier</translation>
    </message>
    <message>
        <source>Blocking form received</source>
        <translation>Blokkeringsformulier ontvangen</translation>
    </message>
    <message>
        <source>Member file</source>
        <translation>Dossier van het lid</translation>
    </message>
    <message>
        <source>See the whole file, register a certificate, or close the file.</source>
        <translation>Bekijk het volledige dossier, registreer een getuigschrift of sluit het dossier.</translation>
    </message>
    <message>
        <source>Opening this file has been recorded in the audit log.</source>
        <translation>Het openen van dit dossier werd geregistreerd in het auditlogboek.</translation>
    </message>
    <message>
        <source>Reactivate the online account</source>
        <translation>Online account heractiveren</translation>
    </message>
    <message>
        <source>Dependants of age</source>
        <translation>Meerderjarige personen ten laste</translation>
    </message>
    <message>
        <source>Blocking form received on</source>
        <translation>Blokkeringsformulier ontvangen op</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Dossier sluiten</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Getuigschrift registreren</translation>
    </message>
    <message>
        <source>See the whole file</source>
        <translation>Volledig dossier bekijken</translation>
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
        <translation>Uw nieuwe contactgegevens worden naar het ziekenfonds gestuurd.</translation>
    </message>
    <message>
        <source>This is already the account in your file.</source>
        <translation>Deze rekening staat al in uw dossier.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Rekening %1</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Bank: %1</translation>
    </message>
    <message>
        <source>We do not recognise this bank&apos;s code. Check the number with your bank statement: you can still sign the change.</source>
        <translation>We herkennen de code van deze bank niet. Controleer het nummer op uw rekeninguittreksel: u kunt de wijziging toch ondertekenen.</translation>
    </message>
    <message>
        <source>Your new account is sent to the mutuality with the form you signed. It is in &quot;My documents&quot; once the mutuality has received it.</source>
        <translation>Uw nieuwe rekening wordt naar het ziekenfonds gestuurd met het formulier dat u hebt ondertekend. Het formulier staat in &quot;Mijn documenten&quot; zodra het ziekenfonds het heeft ontvangen.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Tot de verbinding hersteld is, blijft alles op dit toestel bewaard.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Aansluitingsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>Verzekerd als</translation>
    </message>
    <message>
        <source>Through the holder</source>
        <translation>Ten laste van</translation>
    </message>
    <message>
        <source>Regional mutuality</source>
        <translation>Regionaal ziekenfonds</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Aansluiting</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Increased reimbursement (BIM)</source>
        <translation>Verhoogde tegemoetkoming (VT)</translation>
    </message>
    <message>
        <source>Insurability codes (CT1/CT2)</source>
        <translation>Codes gerechtigde (CG1/CG2)</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>bus %1</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titularis</translation>
    </message>
    <message>
        <source>dependant</source>
        <translation>persoon ten laste</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <source>left the mutuality</source>
        <translation>niet meer aangesloten</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <source>in order since %1</source>
        <translation>in orde sinds %1</translation>
    </message>
    <message>
        <source>not in order: please contact the counter</source>
        <translation>niet in orde: ga naar het loket</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>No dependant in your file.</source>
        <translation>Geen personen ten laste in uw dossier.</translation>
    </message>
    <message>
        <source>Payments go to %1</source>
        <translation>Betalingen worden gestort op rekening %1</translation>
    </message>
    <message>
        <source>No bank account is known: payments are sent by post.</source>
        <translation>Er is geen bankrekening bekend: betalingen worden per post verstuurd.</translation>
    </message>
    <message>
        <source>Type the new account. You sign the change with your eID card and PIN code.</source>
        <translation>Geef het nieuwe rekeningnummer in. U ondertekent de wijziging met uw eID-kaart en pincode.</translation>
    </message>
    <message>
        <source>To change your bank account, log in with your eID card or your federal token: a password alone is not enough to redirect payments.</source>
        <translation>Wilt u uw bankrekening wijzigen? Log dan in met uw eID-kaart of uw federaal token: een wachtwoord alleen volstaat niet om betalingen om te leiden.</translation>
    </message>
    <message>
        <source>The change of bank account is signed with your eID card: log in with your card to change it.</source>
        <translation>De wijziging van bankrekening wordt ondertekend met uw eID-kaart: log in met uw kaart om uw rekening te wijzigen.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>People insured through you</source>
        <translation>Uw personen ten laste</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Empty a field to remove it from your file.</source>
        <translation>Maak een veld leeg om het uit uw dossier te verwijderen.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Save my contact details</source>
        <translation>Mijn contactgegevens opslaan</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Ondertekenen met mijn kaart</translation>
    </message>
    <message>
        <source>New account number (IBAN)</source>
        <translation>Nieuw rekeningnummer (IBAN)</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Hoofdletter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Laatste teken wissen</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>Apenstaartje</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Koppelteken</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Liggend streepje</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message numerus="yes">
        <source>%n sheet(s) of pink stickers</source>
        <translation>
            <numerusform>%n vel roze klevers</numerusform>
            <numerusform>%n vellen roze klevers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) of pre-addressed envelopes</source>
        <translation>
            <numerusform>%n pak antwoordenveloppen</numerusform>
            <numerusform>%n pakken antwoordenveloppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Choose the documents you need.</source>
        <translation>Kies de documenten die u nodig hebt.</translation>
    </message>
    <message>
        <source>Your order has been sent to the mutuality.</source>
        <translation>Uw bestelling werd naar het ziekenfonds verstuurd.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Ze wacht op deze terminal tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>Hoeveel?</translation>
    </message>
    <message>
        <source>One at a time, for one person.</source>
        <translation>Per stuk, voor één persoon.</translation>
    </message>
    <message>
        <source>You order %1 for %2.</source>
        <translation>U bestelt %1 voor %2.</translation>
    </message>
    <message>
        <source>You order %1 for yourself.</source>
        <translation>U bestelt %1 voor uzelf.</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>bus %1</translation>
    </message>
    <message>
        <source>They are sent by post to: %1</source>
        <translation>Per post verstuurd naar: %1</translation>
    </message>
    <message>
        <source>They are sent by post to your home address.</source>
        <translation>Per post verstuurd naar uw woonadres.</translation>
    </message>
    <message>
        <source>You already ordered this on %1 (%2). Order it again?</source>
        <translation>U hebt dit al besteld op %1 (%2). Opnieuw bestellen?</translation>
    </message>
    <message>
        <source>Yes, order again</source>
        <translation>Ja, opnieuw bestellen</translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Bestelling bevestigen</translation>
    </message>
    <message>
        <source>No connection: only the orders waiting on this terminal are shown.</source>
        <translation>Geen verbinding: enkel de bestellingen die op deze terminal wachten, worden getoond.</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>Nog geen bestelling.</translation>
    </message>
    <message>
        <source>Choose the documents, then check and confirm. They are sent by post.</source>
        <translation>Kies de documenten, kijk ze na en bevestig. Ze worden per post verstuurd.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eén minder</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eén meer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Mijn bestellingen</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Besteld op</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OutOfOrderWindow</name>
    <message>
        <source>This terminal is out of order. Our staff at the counter will help you.</source>
        <translation>Deze terminal is buiten gebruik. Ons personeel aan het loket helpt u verder.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Toegang voor personeel</translation>
    </message>
    <message>
        <source>Type the staff code.</source>
        <translation>Typ de personeelscode.</translation>
    </message>
    <message>
        <source>Wrong code. Please try again.</source>
        <translation>Foute code. Probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Please wait %n minute(s).</source>
        <translation>
            <numerusform>Te veel foute codes. Wacht %n minuut.</numerusform>
            <numerusform>Te veel foute codes. Wacht %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Personeelscode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Out of order: maintenance</source>
        <translation>Buiten gebruik: onderhoud</translation>
    </message>
    <message>
        <source>Why this terminal is out of order:</source>
        <translation>Waarom deze terminal buiten gebruik is:</translation>
    </message>
    <message>
        <source>Why this terminal is out of order</source>
        <translation>Waarom deze terminal buiten gebruik is</translation>
    </message>
    <message>
        <source>Guichet version %1 — out of order since %2</source>
        <translation>Guichet versie %1 — buiten gebruik sinds %2</translation>
    </message>
    <message>
        <source>The same reason is in the system journal (journalctl).</source>
        <translation>Dezelfde reden staat in het systeemlogboek (journalctl).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Programma herstarten</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Your certificates</source>
        <translation>Uw attesten</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Dekt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Your next certificate</source>
        <translation>Uw volgende attest</translation>
    </message>
    <message>
        <source>Part-time work</source>
        <translation>Deeltijds werk</translation>
    </message>
    <message>
        <source>Next payments</source>
        <translation>Volgende betalingen</translation>
    </message>
    <message>
        <source>Your indemnity (estimate)</source>
        <translation>Uw uitkering (schatting)</translation>
    </message>
    <message>
        <source>You have no incapacity for work in your file.</source>
        <translation>U hebt geen arbeidsongeschiktheid in uw dossier.</translation>
    </message>
    <message>
        <source>If you fall ill: &quot;Forms to print&quot; has the certificate for your doctor, and &quot;Check a certificate&quot; tells you by when it must reach us.</source>
        <translation>Als u ziek wordt: bij „Formulieren afdrukken” vindt u het attest voor uw arts, en „Een attest nakijken” zegt u tegen wanneer het ons moet bereiken.</translation>
    </message>
    <message>
        <source>Incapacity for work since %1</source>
        <translation>Arbeidsongeschikt sinds %1</translation>
    </message>
    <message>
        <source>Incapacity for work from %1 to %2: ended.</source>
        <translation>Arbeidsongeschiktheid van %1 tot %2: beëindigd.</translation>
    </message>
    <message>
        <source>Work status: %1</source>
        <translation>Beroepsstatuut: %1</translation>
    </message>
    <message>
        <source>The first certificate was to reach us by %1.</source>
        <translation>Het eerste attest moest ons uiterlijk op %1 bereiken.</translation>
    </message>
    <message>
        <source>Your incapacity ends on %1: you resume the next day.</source>
        <translation>Uw arbeidsongeschiktheid eindigt op %1: u hervat de dag erna.</translation>
    </message>
    <message>
        <source>Your return to work on %1 is on its way to the mutuality.</source>
        <translation>Uw werkhervatting op %1 is onderweg naar het ziekenfonds.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier period(s) of incapacity: see Indemnities.</source>
        <translation>
            <numerusform>%n eerdere periode van arbeidsongeschiktheid: zie Uitkeringen.</numerusform>
            <numerusform>%n eerdere periodes van arbeidsongeschiktheid: zie Uitkeringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>first certificate</source>
        <translation>eerste attest</translation>
    </message>
    <message>
        <source>prolongation</source>
        <translation>verlenging</translation>
    </message>
    <message>
        <source>return to work</source>
        <translation>werkhervatting</translation>
    </message>
    <message>
        <source>part-time work</source>
        <translation>deeltijds werk</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>op papier</translation>
    </message>
    <message>
        <source>electronically by the doctor</source>
        <translation>elektronisch door de arts</translation>
    </message>
    <message>
        <source>your declaration</source>
        <translation>uw aangifte</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) covered by your certificates.</source>
        <translation>
            <numerusform>%n dag gedekt door uw attesten.</numerusform>
            <numerusform>%n dagen gedekt door uw attesten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No day without a certificate.</source>
        <translation>Geen dag zonder attest.</translation>
    </message>
    <message>
        <source>Not covered by a certificate: %1 – %2</source>
        <translation>Niet gedekt door een attest: %1 – %2</translation>
    </message>
    <message>
        <source>The certificate received on %1 came late: your indemnity is %2 less from %3 to %4.</source>
        <translation>Het attest ontvangen op %1 kwam te laat: uw uitkering is %2 lager van %3 tot %4.</translation>
    </message>
    <message>
        <source>Your certificate covers you until %1. If you cannot resume on %2, your prolongation certificate must start on %3.</source>
        <translation>Uw attest dekt u tot %1. Als u niet kunt hervatten op %2, moet uw verlengingsattest beginnen op %3.</translation>
    </message>
    <message>
        <source>It must reach us by %1.</source>
        <translation>Het moet ons uiterlijk op %1 bereiken.</translation>
    </message>
    <message>
        <source>A certificate your GP sends electronically needs no paper from you; one such certificate covers at most until %1.</source>
        <translation>Voor een attest dat uw huisarts elektronisch stuurt, hoeft u niets op papier te bezorgen; zo&apos;n attest dekt hoogstens tot %1.</translation>
    </message>
    <message>
        <source>waiting for the medical adviser&apos;s decision</source>
        <translation>wacht op de beslissing van de adviserend arts</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>From %1: %2 h a week of %3 h, at %4 — %5</source>
        <translation>Vanaf %1: %2 u per week van %3 u, bij %4 — %5</translation>
    </message>
    <message>
        <source>it arrived late: the indemnity is cut until it arrived</source>
        <translation>te laat aangekomen: de uitkering is verminderd tot de aankomst</translation>
    </message>
    <message>
        <source>it arrived too late: no indemnity from the day it concerns</source>
        <translation>te laat aangekomen: geen uitkering vanaf de betrokken dag</translation>
    </message>
    <message>
        <source>Next payment on %1 (for %2 to %3)</source>
        <translation>Volgende betaling op %1 (voor %2 tot %3)</translation>
    </message>
    <message>
        <source>Next payment expected on %1 (for %2 to %3): not published yet</source>
        <translation>Volgende betaling verwacht op %1 (voor %2 tot %3): nog niet gepubliceerd</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>After the first year (invalidity, from %1)</source>
        <translation>Na het eerste jaar (invaliditeit, vanaf %1)</translation>
    </message>
    <message>
        <source>%1: by the rules in force on %2, your daily amount cannot be estimated.</source>
        <translation>%1: volgens de regels van kracht op %2 kan uw dagbedrag niet worden geschat.</translation>
    </message>
    <message>
        <source>%1: by the rules in force on %2, about %3 gross a day, %4 net.</source>
        <translation>%1: volgens de regels van kracht op %2 ongeveer %3 bruto per dag, %4 netto.</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Bedragen van %1.</translation>
    </message>
    <message>
        <source>Your gross daily wage: %1</source>
        <translation>Uw bruto dagloon: %1</translation>
    </message>
    <message>
        <source>Wage taken into account, at most: %1</source>
        <translation>Aanmerkelijk loon, hoogstens: %1</translation>
    </message>
    <message>
        <source>At %2 of it: %1</source>
        <translation>Aan %2 daarvan: %1</translation>
    </message>
    <message>
        <source>Gross daily indemnity: %1</source>
        <translation>Bruto daguitkering: %1</translation>
    </message>
    <message>
        <source>Maximum daily amount applied: %1</source>
        <translation>Toegepast maximaal dagbedrag: %1</translation>
    </message>
    <message>
        <source>Minimum daily amount applied: %1</source>
        <translation>Toegepast minimaal dagbedrag: %1</translation>
    </message>
    <message>
        <source>Flat daily amount for the self-employed: %1</source>
        <translation>Forfaitair dagbedrag voor zelfstandigen: %1</translation>
    </message>
    <message>
        <source>Withholding of %2: %1</source>
        <translation>Inhouding van %2: %1</translation>
    </message>
    <message>
        <source>Net daily indemnity: %1</source>
        <translation>Netto daguitkering: %1</translation>
    </message>
    <message>
        <source>Your family situation is not known yet: the amount depends on it.</source>
        <translation>Uw gezinssituatie is nog niet bekend: het bedrag hangt ervan af.</translation>
    </message>
    <message>
        <source>Your wage is not known yet: the amount is computed once your employer has sent it.</source>
        <translation>Uw loon is nog niet bekend: het bedrag wordt berekend zodra uw werkgever het heeft gestuurd.</translation>
    </message>
    <message>
        <source>primary incapacity (first year)</source>
        <translation>primaire arbeidsongeschiktheid (eerste jaar)</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invaliditeit</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>bediende</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>arbeider</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>werkloze</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>zelfstandige</translation>
    </message>
</context>
<context>
    <name>PartTimeView</name>
    <message>
        <source>You can ask to work part time while your incapacity runs.</source>
        <translation>U kunt vragen om deeltijds te werken tijdens uw arbeidsongeschiktheid.</translation>
    </message>
    <message>
        <source>You sign the request with your eID card and PIN code.</source>
        <translation>U ondertekent de aanvraag met uw eID-kaart en pincode.</translation>
    </message>
    <message>
        <source>The request is signed with the member&apos;s eID card: at a terminal after logging in with the card, or on paper (&quot;Forms to print&quot;).</source>
        <translation>De aanvraag wordt ondertekend met de eID-kaart van het lid: aan een zuil na aanmelden met de kaart, of op papier („Formulieren afdrukken”).</translation>
    </message>
    <message>
        <source>The request is signed with your eID card: log in with your card to send it here, or print it under &quot;Forms to print&quot;.</source>
        <translation>De aanvraag wordt ondertekend met uw eID-kaart: meld u aan met uw kaart om ze hier te versturen, of druk ze af bij „Formulieren afdrukken”.</translation>
    </message>
    <message>
        <source>Your request to work part time from %1 is sent to the medical adviser with the form you signed.</source>
        <translation>Uw aanvraag om deeltijds te werken vanaf %1 is verstuurd naar de adviserend arts met het formulier dat u ondertekende.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Ze wacht op deze zuil tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>Your request must reach us by %1.</source>
        <translation>Uw aanvraag moet ons uiterlijk op %1 bereiken.</translation>
    </message>
    <message>
        <source>Sent today, it is on time.</source>
        <translation>Vandaag verstuurd, is ze op tijd.</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: set by your income; the medical adviser tells you how much.</source>
        <translation>Verwacht gevolg voor uw uitkering: bepaald door uw inkomen; de adviserend arts zegt u hoeveel.</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: %1</source>
        <translation>Verwacht gevolg voor uw uitkering: %1</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: none.</source>
        <translation>Verwacht gevolg voor uw uitkering: geen.</translation>
    </message>
    <message>
        <source>As self-employed: %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</source>
        <translation>Als zelfstandige: %1 tot %2; daarna hangt de vermindering af van uw inkomen en zegt de adviserend arts u hoeveel.</translation>
    </message>
    <message>
        <source>As self-employed: no cut until %3, then %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</source>
        <translation>Als zelfstandige: geen vermindering tot %3, vervolgens %1 tot %2; daarna hangt de vermindering af van uw inkomen en zegt de adviserend arts u hoeveel.</translation>
    </message>
    <message>
        <source>About %1 a day instead of %2.</source>
        <translation>Ongeveer %1 per dag in plaats van %2.</translation>
    </message>
    <message>
        <source>If it reaches us later: until %1, your indemnity is %2 less from %3 until the day it reaches us; after %1, no indemnity is paid from %3.</source>
        <translation>Bereikt ze ons later: tot %1 wordt uw uitkering met %2 verminderd van %3 tot de dag dat ze ons bereikt; na %1 wordt er geen uitkering betaald vanaf %3.</translation>
    </message>
    <message>
        <source>Sent today, it is late: your indemnity is %1 less from %2 until %3, the day it reaches us.</source>
        <translation>Vandaag verstuurd, is ze laattijdig: uw uitkering wordt met %1 verminderd van %2 tot %3, de dag dat ze ons bereikt.</translation>
    </message>
    <message>
        <source>Sent today, it is late: your indemnity is %1 less on %2, the day you start.</source>
        <translation>Vandaag verstuurd, is ze laattijdig: uw uitkering wordt op %2, de dag dat u begint, met %1 verminderd.</translation>
    </message>
    <message>
        <source>Sent today, it is too late: no indemnity is paid from %1, the day you start working.</source>
        <translation>Vandaag verstuurd, is ze te laat: er wordt geen uitkering betaald vanaf %1, de dag dat u begint te werken.</translation>
    </message>
    <message>
        <source>Work part time</source>
        <translation>Deeltijds werken</translation>
    </message>
    <message>
        <source>Tell the medical adviser before you start. You see by when the request must reach us and its effect on your indemnity before you sign it.</source>
        <translation>Verwittig de adviserend arts voor u begint. Voor u tekent, ziet u tegen wanneer de aanvraag ons moet bereiken en wat ze met uw uitkering doet.</translation>
    </message>
    <message>
        <source>First day of work</source>
        <translation>Eerste werkdag</translation>
    </message>
    <message>
        <source>Hours a week you will work</source>
        <translation>Uren per week die u zult werken</translation>
    </message>
    <message>
        <source>Hours a week of the full-time job</source>
        <translation>Uren per week van de voltijdse job</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>I work as self-employed</source>
        <translation>Ik werk als zelfstandige</translation>
    </message>
    <message>
        <source>See the deadline and the effect</source>
        <translation>Termijn en gevolg bekijken</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Ondertekenen met mijn kaart</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Correct</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN code</source>
        <translation>De pincode bevestigen</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Type it on the keys below or on the keypad; each key gives a tone.</source>
        <translation>Typ hem op de toetsen hieronder of op het numerieke toetsenbord; elke toets geeft een toon.</translation>
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
        <source>Type your PIN code to sign the form, then OK. Each key gives a tone.</source>
        <translation>Typ uw pincode om het formulier te ondertekenen, dan OK. Elke toets geeft een toon.</translation>
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
        <source>Type the staff code, then OK.</source>
        <translation>Typ de personeelscode, dan OK.</translation>
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
        <source>Type your PIN code, then OK. Each key gives a tone.</source>
        <translation>Typ uw pincode, dan OK. Elke toets geeft een toon.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The terminal can read the screen aloud or show larger text.</source>
        <translation>De terminal kan het scherm voorlezen of grotere tekst tonen.</translation>
    </message>
    <message>
        <source>Turn on speech</source>
        <translation>Spraak aanzetten</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grote tekst</translation>
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
    <name>QueueScreen</name>
    <message>
        <source>All agencies</source>
        <translation>Alle kantoren</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>in voorbereiding</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Nothing waits in this queue.</source>
        <translation>Niets wacht in deze lijst.</translation>
    </message>
    <message>
        <source>The reason for a refusal, as the member will read it</source>
        <translation>De reden van een weigering, zoals het lid ze zal lezen</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Toestaan</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Als gezien markeren</translation>
    </message>
    <message>
        <source>A medical adviser decides on it.</source>
        <translation>Een adviserend arts beslist erover.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als verstuurd markeren</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Antwoord versturen</translation>
    </message>
    <message>
        <source>Order of %1</source>
        <translation>Bestelling van %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 voor %2</translation>
    </message>
    <message>
        <source>Ordered by %1 (%2)</source>
        <translation>Besteld door %1 (%2)</translation>
    </message>
    <message>
        <source>Question of %1</source>
        <translation>Vraag van %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Van %1</translation>
    </message>
    <message>
        <source>by email: %1</source>
        <translation>per e-mail: %1</translation>
    </message>
    <message>
        <source>by letter: %1</source>
        <translation>per brief: %1</translation>
    </message>
    <message>
        <source>by phone: %1</source>
        <translation>per telefoon: %1</translation>
    </message>
    <message>
        <source>as said in the question</source>
        <translation>zoals in de vraag vermeld</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>Not verified: asked without logging in.</source>
        <translation>Niet geverifieerd: gevraagd zonder aan te melden.</translation>
    </message>
    <message>
        <source>Answer wanted %1</source>
        <translation>Antwoord gewenst %1</translation>
    </message>
    <message>
        <source>Taken by %1.</source>
        <translation>Genomen door %1.</translation>
    </message>
    <message>
        <source>The certificate was not registered: %1</source>
        <translation>Het getuigschrift is niet geregistreerd: %1</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Als behandeld markeren</translation>
    </message>
    <message>
        <source>Save the signed form</source>
        <translation>Het ondertekende formulier bewaren</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>bus %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) wait for the post.</source>
        <translation>
            <numerusform>%n brief wacht op de post.</numerusform>
            <numerusform>%n brieven wachten op de post.</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter waits for the post.</source>
        <translation>Geen brief wacht op de post.</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>Choose an item in the list to see it and deal with it.</source>
        <translation>Kies een item in de lijst om het te bekijken en te behandelen.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medisch</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Ongevallen</translation>
    </message>
    <message>
        <source>Which agency&apos;s work to show</source>
        <translation>Het werk van welk kantoor tonen</translation>
    </message>
    <message>
        <source>Which kind of work to show</source>
        <translation>Welk soort werk tonen</translation>
    </message>
    <message>
        <source>The work waiting</source>
        <translation>Het wachtende werk</translation>
    </message>
    <message>
        <source>Answer or reason for the member</source>
        <translation>Antwoord of reden voor het lid</translation>
    </message>
    <message>
        <source>Reason for refusing the order</source>
        <translation>Reden van weigering van de bestelling</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Getuigschrift registreren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Terug naar het loket</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Genomen door</translation>
    </message>
    <message>
        <source>Cover not in order</source>
        <translation>Verzekerbaarheid niet in orde</translation>
    </message>
    <message>
        <source>Already sent a short while ago</source>
        <translation>Kort geleden al verstuurd</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>Adres na te kijken</translation>
    </message>
    <message>
        <source>Other reason (write it)</source>
        <translation>Andere reden (schrijf ze)</translation>
    </message>
    <message>
        <source>Note for the member</source>
        <translation>Opmerking voor het lid</translation>
    </message>
    <message>
        <source>The answer, as the member will read it</source>
        <translation>Het antwoord, zoals het lid het zal lezen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Nemen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Print them and mark them posted</source>
        <translation>Afdrukken en als gepost markeren</translation>
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
    <name>RegisterScreen</name>
    <message>
        <source>Create my online access</source>
        <translation>Mijn online toegang aanmaken</translation>
    </message>
    <message>
        <source>Your online access is created and its password is sent by post to the home address we know. With your eID card it is ready at once: insert it instead.</source>
        <translation>Uw online toegang wordt aangemaakt en het wachtwoord wordt per post naar het woonadres gestuurd dat wij kennen. Met uw eID-kaart is hij meteen klaar: steek die dan in de lezer.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>bv. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Send me my access</source>
        <translation>Mijn toegang opsturen</translation>
    </message>
    <message>
        <source>Type your national number, then choose Send me my access.</source>
        <translation>Typ uw rijksregisternummer en kies dan Mijn toegang opsturen.</translation>
    </message>
</context>
<context>
    <name>ReimbursementsPage</name>
    <message>
        <source>Tap a line to see its payment.</source>
        <translation>Tik op een lijn om de betaling ervan te zien.</translation>
    </message>
    <message>
        <source>reimbursement of care</source>
        <translation>terugbetaling van verzorging</translation>
    </message>
    <message>
        <source>refund under the maximum billing (MAF)</source>
        <translation>terugbetaling in het kader van de maximumfactuur (MAF)</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Betaling van %1</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Aard: %1</translation>
    </message>
    <message>
        <source>Paid to the account %1</source>
        <translation>Gestort op rekening %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Bedrag: %1</translation>
    </message>
    <message>
        <source>Communication: %1</source>
        <translation>Mededeling: %1</translation>
    </message>
    <message>
        <source>Services of this payment:</source>
        <translation>Prestaties van deze betaling:</translation>
    </message>
    <message>
        <source>Total of the services: %1</source>
        <translation>Totaal van de prestaties: %1</translation>
    </message>
    <message>
        <source>Type the official fee and the reimbursement.</source>
        <translation>Geef het officieel honorarium en de terugbetaling in.</translation>
    </message>
    <message>
        <source>Your personal share: %1</source>
        <translation>Uw persoonlijk aandeel: %1</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <source>date of care</source>
        <translation>datum van verzorging</translation>
    </message>
    <message>
        <source>processing date</source>
        <translation>verwerkingsdatum</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Datum verzorging</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Officieel honorarium</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Terugbetaald</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) selected</source>
        <translation>
            <numerusform>%n lijn geselecteerd</numerusform>
            <numerusform>%n lijnen geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Uw aandeel</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verwerkt op</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Service and provider</source>
        <translation>Prestatie en zorgverlener</translation>
    </message>
    <message>
        <source>Older lines</source>
        <translation>Oudere lijnen</translation>
    </message>
    <message>
        <source>Print an official receipt</source>
        <translation>Ontvangstbewijs afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Rekenmachine</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Terugbetaling</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Your question has been sent. You can follow it below.</source>
        <translation>Uw vraag werd verstuurd. U kunt ze hieronder volgen.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Ze wacht op deze terminal tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>No connection: only the questions waiting on this terminal are shown.</source>
        <translation>Geen verbinding: enkel de vragen die op deze terminal wachten, worden getoond.</translation>
    </message>
    <message>
        <source>No question yet.</source>
        <translation>Nog geen vraag.</translation>
    </message>
    <message>
        <source>%1 of %2 h a week</source>
        <translation>%1 van %2 u per week</translation>
    </message>
    <message>
        <source>Part-time work from %1: %2 of %3 hours a week</source>
        <translation>Deeltijds werk vanaf %1: %2 van %3 uur per week</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Werkgever: %1</translation>
    </message>
    <message>
        <source>It is on its way to the mutuality: it has not reached us yet.</source>
        <translation>Ze is onderweg naar het ziekenfonds: ze heeft ons nog niet bereikt.</translation>
    </message>
    <message>
        <source>Reached us on %1: %2</source>
        <translation>Ontvangen op %1: %2</translation>
    </message>
    <message>
        <source>The medical adviser authorised it on %1.</source>
        <translation>De adviserend arts heeft ze toegestaan op %1.</translation>
    </message>
    <message>
        <source>The medical adviser refused it on %1.</source>
        <translation>De adviserend arts heeft ze geweigerd op %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>The medical adviser has not decided yet.</source>
        <translation>De adviserend arts heeft nog niet beslist.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwoord: %1</translation>
    </message>
    <message>
        <source>Ask us your question: we answer in the way you choose.</source>
        <translation>Stel ons uw vraag: we antwoorden op de manier die u kiest.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Uw vraag</translation>
    </message>
    <message>
        <source>Answer me by</source>
        <translation>Antwoord mij per</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Check how we can reach you. A change here also updates your file.</source>
        <translation>Kijk na hoe we u kunnen bereiken. Een wijziging hier past ook uw dossier aan.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <source>Send my question</source>
        <translation>Mijn vraag versturen</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mijn vragen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mijn vragen</translation>
    </message>
    <message>
        <source>My partial resumption requests</source>
        <translation>Mijn aanvragen tot gedeeltelijke hervatting</translation>
    </message>
    <message>
        <source>Reached us</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <source>Type the day you resume as %1.</source>
        <translation>Typ de dag van uw hervatting als %1.</translation>
    </message>
    <message>
        <source>Your return on %1 is on its way to the mutuality: your incapacity ends the day before.</source>
        <translation>Uw hervatting op %1 is onderweg naar het ziekenfonds: uw arbeidsongeschiktheid eindigt de dag ervoor.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Ze wacht op deze zuil tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>You have no running incapacity to end.</source>
        <translation>U hebt geen lopende arbeidsongeschiktheid om te beëindigen.</translation>
    </message>
    <message>
        <source>I resume work</source>
        <translation>Ik hervat het werk</translation>
    </message>
    <message>
        <source>Tell us the day you start again, at work or as a jobseeker.</source>
        <translation>Laat ons weten op welke dag u hervat, op het werk of als werkzoekende.</translation>
    </message>
    <message>
        <source>Day I resume</source>
        <translation>Dag van mijn hervatting</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>Op het werk</translation>
    </message>
    <message>
        <source>As a jobseeker (unemployment)</source>
        <translation>Als werkzoekende (werkloosheid)</translation>
    </message>
    <message>
        <source>Declare my return</source>
        <translation>Mijn hervatting aangeven</translation>
    </message>
</context>
<context>
    <name>SignView</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Foute pincode. Nog %n poging.</numerusform>
            <numerusform>Foute pincode. Nog %n pogingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign your request to work part time from %1.</source>
        <translation>Typ uw pincode om uw aanvraag om deeltijds te werken vanaf %1 te ondertekenen.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Pincode</translation>
    </message>
</context>
<context>
    <name>SimulatedCardBar</name>
    <message>
        <source>active online account</source>
        <translation>actieve online account</translation>
    </message>
    <message>
        <source>dependant, file blocked</source>
        <translation>ten laste, dossier afgeschermd</translation>
    </message>
    <message>
        <source>increased reimbursement</source>
        <translation>verhoogde tegemoetkoming</translation>
    </message>
    <message>
        <source>cover not in order</source>
        <translation>dekking niet in orde</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>account gedeactiveerd</translation>
    </message>
    <message>
        <source>dependant aged 16 or 17</source>
        <translation>ten laste, 16 of 17 jaar</translation>
    </message>
    <message>
        <source>dependant aged 18+</source>
        <translation>ten laste, 18 jaar of ouder</translation>
    </message>
    <message>
        <source>dependant under 16</source>
        <translation>ten laste, jonger dan 16</translation>
    </message>
    <message>
        <source>dependant under 18</source>
        <translation>ten laste, jonger dan 18</translation>
    </message>
    <message>
        <source>global medical file expired</source>
        <translation>GMD verlopen</translation>
    </message>
    <message>
        <source>primary incapacity</source>
        <translation>primaire ongeschiktheid</translation>
    </message>
    <message>
        <source>incapacity running</source>
        <translation>arbeidsongeschikt</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invaliditeit</translation>
    </message>
    <message>
        <source>MAF ceiling reached</source>
        <translation>MAF-plafond bereikt</translation>
    </message>
    <message>
        <source>medical agreements</source>
        <translation>akkoorden adviserend arts</translation>
    </message>
    <message>
        <source>no online account</source>
        <translation>geen online account</translation>
    </message>
    <message>
        <source>young saver</source>
        <translation>jongerensparen</translation>
    </message>
    <message>
        <source>Kids-ID, no PIN login</source>
        <translation>Kids-ID, geen login met pincode</translation>
    </message>
    <message>
        <source>foreigner&apos;s card, not a member</source>
        <translation>vreemdelingenkaart, geen lid</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>geen lid</translation>
    </message>
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
    <name>Speech</name>
    <message>
        <source>button</source>
        <translation>knop</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>selectievakje</translation>
    </message>
    <message>
        <source>option</source>
        <translation>optie</translation>
    </message>
    <message>
        <source>field</source>
        <translation>veld</translation>
    </message>
    <message>
        <source>list to choose from</source>
        <translation>keuzelijst</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <source>gauge</source>
        <translation>meter</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>schuifregelaar</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabblad</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>niet beschikbaar</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pauses or resumes speech. Key: point.</source>
        <translation>Pauzeert of hervat de spraak. Toets: punt.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Says the screen again. Key: star.</source>
        <translation>Zegt het scherm opnieuw. Toets: ster.</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Trager</translation>
    </message>
    <message>
        <source>Speaks more slowly. Key: 3.</source>
        <translation>Spreekt trager. Toets: 3.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <source>Speaks faster. Key: 9.</source>
        <translation>Spreekt sneller. Toets: 9.</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation>Zachter</translation>
    </message>
    <message>
        <source>Lowers the volume.</source>
        <translation>Zet het volume lager.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Luider</translation>
    </message>
    <message>
        <source>Raises the volume.</source>
        <translation>Zet het volume hoger.</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>Counter — staff login</source>
        <translation>Loket — inloggen voor personeel</translation>
    </message>
    <message>
        <source>Type your login and your password, then Log in.</source>
        <translation>Geef uw gebruikersnaam en uw wachtwoord in en kies dan Inloggen.</translation>
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
    <message>
        <source>Offline — the central server&apos;s certificate is refused</source>
        <translation>Offline — het certificaat van de centrale server wordt geweigerd</translation>
    </message>
    <message>
        <source>Offline — the central server refuses this terminal&apos;s login</source>
        <translation>Offline — de centrale server weigert deze terminal</translation>
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
        <translation>Let op</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Has never reported</source>
        <translation>Heeft nog nooit iets gemeld</translation>
    </message>
    <message>
        <source>No news for %1</source>
        <translation>Al %1 geen nieuws</translation>
    </message>
    <message numerus="yes">
        <source>Offline for %1, %n operation(s) waiting</source>
        <translation>
            <numerusform>Al %1 offline, %n verrichting wacht</numerusform>
            <numerusform>Al %1 offline, %n verrichtingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Papier op</translation>
    </message>
    <message>
        <source>Out of paper since %1</source>
        <translation>Papier op sinds %1</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Papierstoring</translation>
    </message>
    <message>
        <source>Paper jam since %1</source>
        <translation>Papierstoring sinds %1</translation>
    </message>
    <message>
        <source>Printer door open</source>
        <translation>Klep van de printer open</translation>
    </message>
    <message>
        <source>Printer door open since %1</source>
        <translation>Klep van de printer open sinds %1</translation>
    </message>
    <message>
        <source>Toner empty</source>
        <translation>Toner leeg</translation>
    </message>
    <message>
        <source>Toner empty since %1</source>
        <translation>Toner leeg sinds %1</translation>
    </message>
    <message>
        <source>The printer reports: %2</source>
        <translation>De printer meldt: %2</translation>
    </message>
    <message>
        <source>The printer reports: %2 (since %1)</source>
        <translation>De printer meldt: %2 (sinds %1)</translation>
    </message>
    <message>
        <source>Printer stopped</source>
        <translation>Printer gestopt</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <source>The print service does not answer</source>
        <translation>De printservice antwoordt niet</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Papier bijna op</translation>
    </message>
    <message>
        <source>Toner low (%1 %)</source>
        <translation>Toner bijna leeg (%1 %)</translation>
    </message>
    <message>
        <source>Toner low</source>
        <translation>Toner bijna leeg</translation>
    </message>
    <message>
        <source>Low disk space (%1 free)</source>
        <translation>Schijf bijna vol (%1 vrij)</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n time(s) today</source>
        <translation>
            <numerusform>Vandaag %n keer herstart</numerusform>
            <numerusform>Vandaag %n keer herstart</numerusform>
        </translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Geen kaartlezer</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Kantoor %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Alle kantoren</translation>
    </message>
    <message>
        <source>All is well</source>
        <translation>Alles in orde</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>loket</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>Checked at %1: %2 with a problem, %3 to watch, %4 fine</source>
        <translation>Nagekeken om %1: %2 met een probleem, %3 op te volgen, %4 in orde</translation>
    </message>
    <message>
        <source>No terminal is registered here.</source>
        <translation>Hier is geen terminal geregistreerd.</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Each terminal&apos;s state, and what is wrong with it.</source>
        <translation>De toestand van elke terminal, en wat er mis is.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Which agency&apos;s terminals to show</source>
        <translation>Van welk kantoor de terminals tonen</translation>
    </message>
    <message>
        <source>The terminals and their state</source>
        <translation>De terminals en hun toestand</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Terug naar het loket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Wat er mis is</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Adviser</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>Social service</source>
        <translation>Sociale dienst</translation>
    </message>
    <message>
        <source>Medical adviser</source>
        <translation>Adviserend arts</translation>
    </message>
    <message>
        <source>The wait cannot be estimated now.</source>
        <translation>De wachttijd kan nu niet worden geschat.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>U bent de volgende.</translation>
    </message>
    <message>
        <source>Please note your number from the screen.</source>
        <translation>Noteer uw nummer van het scherm.</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minute(s).</source>
        <translation>
            <numerusform>Geschatte wachttijd: ongeveer %n minuut.</numerusform>
            <numerusform>Geschatte wachttijd: ongeveer %n minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) before yours.</source>
        <translation>
            <numerusform>%n ticket vóór het uwe.</numerusform>
            <numerusform>%n tickets vóór het uwe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>Uw ticket</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Een ticket nemen</translation>
    </message>
    <message>
        <source>Whom do you come to see?</source>
        <translation>Voor wie komt u?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
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
        <source>Insert your eID card. Press plus on the keypad for speech.</source>
        <translation>Steek uw eID-kaart in de lezer. Druk op plus op het numerieke toetsenbord voor spraakbegeleiding.</translation>
    </message>
    <message>
        <source>Choose your language at the top of the screen.</source>
        <translation>Kies uw taal bovenaan het scherm.</translation>
    </message>
    <message>
        <source>No card? Log in with a password or a token</source>
        <translation>Geen kaart? Log in met een wachtwoord of een token</translation>
    </message>
    <message>
        <source>Take a ticket for the counter</source>
        <translation>Een ticket nemen voor het loket</translation>
    </message>
</context>
<context>
    <name>YoungSaversPage</name>
    <message>
        <source>no account yet</source>
        <translation>nog geen rekening</translation>
    </message>
    <message>
        <source>Young savers&apos; account: for young people, what is saved and still possible.</source>
        <translation>Jongerensparen: voor jongeren, wat gespaard is en wat nog kan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespaard</translation>
    </message>
    <message>
        <source>Still possible</source>
        <translation>Nog mogelijk</translation>
    </message>
</context>
</TS>
