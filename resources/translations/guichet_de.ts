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
        <source>Your online access is on its way</source>
        <translation>Ihr Online-Zugang ist unterwegs</translation>
    </message>
    <message>
        <source>If this national number is a member&apos;s without an online access yet, the access is created and its password sent by post to the home address we know.</source>
        <translation>Gehört diese Nationalregisternummer einem Mitglied, das noch keinen Online-Zugang hat, wird der Zugang erstellt und sein Passwort per Post an die uns bekannte Wohnadresse geschickt.</translation>
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
        <source>Logging in with the federal token is not possible at the moment. Please use your eID card or your password.</source>
        <translation>Die Anmeldung mit dem föderalen Token ist derzeit nicht möglich. Bitte verwenden Sie Ihre eID-Karte oder Ihr Passwort.</translation>
    </message>
    <message>
        <source>You have no running incapacity for work in your file.</source>
        <translation>In Ihrer Akte gibt es keine laufende Arbeitsunfähigkeit.</translation>
    </message>
    <message>
        <source>Select at least one letter.</source>
        <translation>Wählen Sie mindestens einen Brief aus.</translation>
    </message>
    <message>
        <source>This code is not in the nomenclature: check the six digits, or search by words.</source>
        <translation>Dieser Code steht nicht in der Nomenklatur: prüfen Sie die sechs Ziffern oder suchen Sie nach Wörtern.</translation>
    </message>
    <message>
        <source>Your password cannot be changed now: this terminal cannot reach the mutuality. Please try again later, on the online counter, or at the desk.</source>
        <translation>Ihr Passwort kann jetzt nicht geändert werden: Dieses Terminal erreicht die Krankenkasse nicht. Versuchen Sie es später erneut, am Online-Schalter oder am Schalter.</translation>
    </message>
    <message>
        <source>This is one of the most used passwords: it is the first that anyone would try.</source>
        <translation>Das ist eines der meistbenutzten Passwörter: das erste, das jeder ausprobieren würde.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation>Ihr aktuelles Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess, above all your own.</source>
        <translation>Daten und Jahreszahlen sind leicht zu erraten, vor allem Ihre eigenen.</translation>
    </message>
    <message>
        <source>Do not use your birth date in your password.</source>
        <translation>Verwenden Sie Ihr Geburtsdatum nicht in Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Do not use your national number in your password.</source>
        <translation>Verwenden Sie Ihre Nationalregisternummer nicht in Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Rows of keys, such as azerty or qsdfgh, are easy to guess.</source>
        <translation>Tastenreihen wie azerty oder qsdfgh sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password twice again.</source>
        <translation>Die beiden neuen Passwörter sind nicht gleich. Geben Sie das neue Passwort noch einmal zweimal ein.</translation>
    </message>
    <message>
        <source>Names are easy to guess, even with digits added.</source>
        <translation>Namen sind leicht zu erraten, auch mit angehängten Ziffern.</translation>
    </message>
    <message>
        <source>Do not use your name or other details of your file in your password.</source>
        <translation>Verwenden Sie weder Ihren Namen noch andere Angaben aus Ihrer Akte in Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Repeated characters or words, such as aaa or abcabc, are easy to guess.</source>
        <translation>Wiederholte Zeichen oder Wörter wie aaa oder abcabc sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Choose a new password: not the one of the letter, nor the one you have now.</source>
        <translation>Wählen Sie ein neues Passwort: weder das aus dem Brief noch das, das Sie jetzt haben.</translation>
    </message>
    <message>
        <source>Sequences such as abcd or mnop are easy to guess.</source>
        <translation>Folgen wie abcd oder mnop sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>Ein Passwort hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Your new password needs at least %1 characters. Three or four unrelated words make a long password that is easy to remember.</source>
        <translation>Ihr neues Passwort braucht mindestens %1 Zeichen. Drei oder vier Wörter, die nichts miteinander zu tun haben, ergeben ein langes Passwort, das man sich leicht merkt.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Add a few words of your own that do not go together: a short odd sentence is stronger than symbols.</source>
        <translation>Dieses Passwort ist zu leicht zu erraten. Fügen Sie ein paar eigene Wörter hinzu, die nicht zusammenpassen: Ein kurzer, seltsamer Satz ist stärker als Sonderzeichen.</translation>
    </message>
    <message>
        <source>A single word, even with a few digits, is easy to guess.</source>
        <translation>Ein einzelnes Wort, auch mit ein paar Ziffern, ist leicht zu erraten.</translation>
    </message>
    <message numerus="yes">
        <source>A statement covers at most %n day(s): choose a shorter period.</source>
        <translation>
            <numerusform>Eine Bescheinigung umfasst höchstens %n Tag: Wählen Sie einen kürzeren Zeitraum.</numerusform>
            <numerusform>Eine Bescheinigung umfasst höchstens %n Tage: Wählen Sie einen kürzeren Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the hours a week as a number.</source>
        <translation>Geben Sie die Wochenstunden als Zahl ein.</translation>
    </message>
    <message>
        <source>The hours you will work must be fewer than the hours of the full-time job.</source>
        <translation>Die Stunden, die Sie arbeiten werden, müssen weniger sein als die der Vollzeitstelle.</translation>
    </message>
    <message>
        <source>This is not a date: type the first day of work as day/month/year.</source>
        <translation>Das ist kein Datum: Geben Sie den ersten Arbeitstag als Tag.Monat.Jahr ein.</translation>
    </message>
    <message>
        <source>Type the first day you will work.</source>
        <translation>Geben Sie den ersten Tag ein, an dem Sie arbeiten werden.</translation>
    </message>
    <message>
        <source>Choose whether you resume at work or as a jobseeker.</source>
        <translation>Wählen Sie, ob Sie bei der Arbeit oder als Arbeitsuchender wieder anfangen.</translation>
    </message>
    <message>
        <source>Type the day you resume.</source>
        <translation>Geben Sie den Tag Ihrer Wiederaufnahme ein.</translation>
    </message>
    <message numerus="yes">
        <source>A receipt holds at most %n line(s): select fewer.</source>
        <translation>
            <numerusform>Eine Quittung enthält höchstens %n Zeile: Wählen Sie weniger aus.</numerusform>
            <numerusform>Eine Quittung enthält höchstens %n Zeilen: Wählen Sie weniger aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A statement covers at most the %n year(s) before this one.</source>
        <translation>
            <numerusform>Eine Bescheinigung kann höchstens %n Jahr vor dem laufenden Jahr zurückreichen.</numerusform>
            <numerusform>Eine Bescheinigung kann höchstens %n Jahre vor dem laufenden Jahr zurückreichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a medical adviser&apos;s decision.</source>
        <translation>Dies ist eine Entscheidung des Vertrauensarztes.</translation>
    </message>
    <message>
        <source>This request has been decided meanwhile: the list shows it now.</source>
        <translation>Über diesen Antrag wurde inzwischen entschieden: die Liste zeigt es jetzt.</translation>
    </message>
    <message>
        <source>Choose the kind of certificate.</source>
        <translation>Wählen Sie die Art der Bescheinigung.</translation>
    </message>
    <message>
        <source>For a first certificate, choose the member&apos;s work status.</source>
        <translation>Wählen Sie für eine Erstbescheinigung den Berufsstatus des Mitglieds.</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, as the certificate gives it.</source>
        <translation>Geben Sie den Namen des Arztes ein, wie er auf der Bescheinigung steht.</translation>
    </message>
    <message>
        <source>Write the reason for the refusal, for the member.</source>
        <translation>Schreiben Sie den Grund der Ablehnung für das Mitglied.</translation>
    </message>
    <message>
        <source>This certificate is no longer in the queue.</source>
        <translation>Diese Bescheinigung ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>This request is no longer in the queue.</source>
        <translation>Dieser Antrag ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>This certificate starts a new incapacity: choose the member&apos;s work status.</source>
        <translation>Diese Bescheinigung beginnt eine neue Arbeitsunfähigkeit: wählen Sie den Berufsstatus des Mitglieds.</translation>
    </message>
    <message>
        <source>This certificate starts before the member&apos;s first period of incapacity: check its dates, or ask the medical adviser.</source>
        <translation>Diese Bescheinigung beginnt vor dem ersten Zeitraum der Arbeitsunfähigkeit des Mitglieds: Prüfen Sie die Daten oder fragen Sie den Vertrauensarzt.</translation>
    </message>
    <message>
        <source>This appointment has begun: it can no longer be moved or cancelled.</source>
        <translation>Dieser Termin hat begonnen: er kann nicht mehr verschoben oder abgesagt werden.</translation>
    </message>
    <message>
        <source>This appointment is not confirmed yet: its confirmation can be printed once it is.</source>
        <translation>Dieser Termin ist noch nicht bestätigt: die Bestätigung kann danach gedruckt werden.</translation>
    </message>
    <message>
        <source>Choose how long each slot lasts.</source>
        <translation>Wählen Sie, wie lange jedes Zeitfenster dauert.</translation>
    </message>
    <message>
        <source>This appointment is not in this file.</source>
        <translation>Dieser Termin steht nicht in dieser Akte.</translation>
    </message>
    <message>
        <source>A clerk opens and withdraws the slots of their own agency.</source>
        <translation>Ein Mitarbeiter öffnet und entfernt die Zeitfenster seiner eigenen Geschäftsstelle.</translation>
    </message>
    <message>
        <source>A slot ticked is booked: cancel its appointment first.</source>
        <translation>Ein angekreuztes Zeitfenster ist gebucht: sagen Sie zuerst den Termin ab.</translation>
    </message>
    <message>
        <source>This time has already begun: choose a later one.</source>
        <translation>Diese Uhrzeit hat schon begonnen: wählen Sie eine spätere.</translation>
    </message>
    <message>
        <source>Someone booked this time just before you: choose another one.</source>
        <translation>Jemand hat diese Uhrzeit kurz vor Ihnen gebucht: wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Choose at least one slot.</source>
        <translation>Wählen Sie mindestens ein Zeitfenster.</translation>
    </message>
    <message>
        <source>Too many slots at once: do it in smaller groups.</source>
        <translation>Zu viele Zeitfenster auf einmal: tun Sie es in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>This agency is not known: choose one in the list.</source>
        <translation>Diese Geschäftsstelle ist unbekannt: wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Choose whom you would like to see.</source>
        <translation>Wählen Sie, wen Sie sprechen möchten.</translation>
    </message>
    <message>
        <source>This terminal prints no tickets. Please ask at the counter.</source>
        <translation>Dieses Terminal druckt keine Tickets. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>This terminal has printed all its tickets for today. Please ask at the counter.</source>
        <translation>Dieses Terminal hat alle Tickets für heute gedruckt. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Your staff account belongs to no agency: ask a supervisor.</source>
        <translation>Ihr Konto gehört zu keiner Geschäftsstelle: Wenden Sie sich an einen Supervisor.</translation>
    </message>
    <message>
        <source>This terminal is not registered at an agency: its tickets are not taken.</source>
        <translation>Dieses Terminal ist bei keiner Geschäftsstelle registriert: Seine Tickets werden nicht angenommen.</translation>
    </message>
    <message>
        <source>This ticket&apos;s letter is not this terminal&apos;s: it is not taken.</source>
        <translation>Der Buchstabe dieses Tickets ist nicht der dieses Terminals: Es wird nicht angenommen.</translation>
    </message>
    <message>
        <source>This ticket number was given already today.</source>
        <translation>Diese Ticketnummer wurde heute schon vergeben.</translation>
    </message>
    <message>
        <source>Type the admission date as day/month/year.</source>
        <translation>Geben Sie das Aufnahmedatum als Tag.Monat.Jahr ein.</translation>
    </message>
    <message>
        <source>Type the planned admission date.</source>
        <translation>Geben Sie das geplante Aufnahmedatum ein.</translation>
    </message>
    <message>
        <source>The admission date cannot be before today.</source>
        <translation>Das Aufnahmedatum kann nicht vor heute liegen.</translation>
    </message>
    <message>
        <source>Type a whole number of nights, at most %1.</source>
        <translation>Geben Sie eine ganze Zahl von Nächten ein, höchstens %1.</translation>
    </message>
    <message>
        <source>Type the number of nights you expect to stay.</source>
        <translation>Geben Sie die Zahl der erwarteten Nächte ein.</translation>
    </message>
    <message>
        <source>The accident happened before its care: check the day.</source>
        <translation>Der Unfall geschah vor der Behandlung: Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>Type the day of the accident as day/month/year.</source>
        <translation>Geben Sie den Tag des Unfalls als Tag.Monat.Jahr ein.</translation>
    </message>
    <message>
        <source>Type the day the accident happened.</source>
        <translation>Geben Sie den Tag des Unfalls ein.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Schreiben Sie, was passiert ist.</translation>
    </message>
    <message>
        <source>Choose where it happened.</source>
        <translation>Wählen Sie, wo es passiert ist.</translation>
    </message>
    <message>
        <source>Type where the accident happened.</source>
        <translation>Geben Sie ein, wo der Unfall geschah.</translation>
    </message>
    <message>
        <source>Print it: each person signs their own declaration.</source>
        <translation>Drucken Sie sie aus: Jede Person unterschreibt ihre eigene Erklärung.</translation>
    </message>
    <message>
        <source>This declaration was returned already.</source>
        <translation>Diese Erklärung wurde schon zurückgeschickt.</translation>
    </message>
    <message>
        <source>This declaration was not returned yet.</source>
        <translation>Diese Erklärung wurde noch nicht zurückgeschickt.</translation>
    </message>
    <message>
        <source>It came in before we asked for it: check the day.</source>
        <translation>Sie wäre eingegangen, bevor wir sie angefordert haben: Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>Type the name of whoever may be liable.</source>
        <translation>Geben Sie den Namen dessen ein, der haftbar sein könnte.</translation>
    </message>
    <message>
        <source>This declaration is not in this file.</source>
        <translation>Diese Erklärung ist nicht in dieser Akte.</translation>
    </message>
    <message>
        <source>This ticket&apos;s time is wrong: check the terminal&apos;s clock.</source>
        <translation>Die Uhrzeit dieses Tickets ist falsch: Prüfen Sie die Uhr des Terminals.</translation>
    </message>
    <message>
        <source>This action is no longer known here: do it again.</source>
        <translation>Dieser Vorgang ist hier nicht mehr bekannt: Führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>Open the member&apos;s file to register it.</source>
        <translation>Öffnen Sie die Akte des Mitglieds, um sie zu erfassen.</translation>
    </message>
    <message>
        <source>The member&apos;s agency or a supervisor handles it.</source>
        <translation>Die Geschäftsstelle des Mitglieds oder ein Vorgesetzter bearbeitet sie.</translation>
    </message>
    <message>
        <source>This certificate starts on a day your previous certificate already covers.</source>
        <translation>Dieses Attest beginnt an einem Tag, den Ihr voriges Attest schon deckt.</translation>
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
        <source>The signed form could not be read. Please try again, or go to the counter.</source>
        <translation>Das unterschriebene Formular konnte nicht gelesen werden. Bitte versuchen Sie es erneut oder gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>The mutuality could not check that this request was made during your visit. Please go to the counter.</source>
        <translation>Die Krankenkasse konnte nicht prüfen, ob diese Anfrage während Ihres Besuchs gestellt wurde. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>Your incapacity started on %1: you resume after that day.</source>
        <translation>Ihre Arbeitsunfähigkeit begann am %1: Sie fangen nach diesem Tag wieder an.</translation>
    </message>
    <message>
        <source>The day you resume is not after the start of your incapacity.</source>
        <translation>Der Tag Ihrer Wiederaufnahme liegt nicht nach dem Beginn Ihrer Arbeitsunfähigkeit.</translation>
    </message>
    <message>
        <source>Your incapacity started on %1: part-time work starts after that day.</source>
        <translation>Ihre Arbeitsunfähigkeit begann am %1: Die Teilzeitarbeit beginnt nach diesem Tag.</translation>
    </message>
    <message>
        <source>Part-time work starts after the first day of your incapacity.</source>
        <translation>Die Teilzeitarbeit beginnt nach dem ersten Tag Ihrer Arbeitsunfähigkeit.</translation>
    </message>
    <message>
        <source>A return can be declared up to %1 at the latest.</source>
        <translation>Eine Wiederaufnahme kann bis spätestens %1 gemeldet werden.</translation>
    </message>
    <message>
        <source>This day is too far ahead to declare a return now.</source>
        <translation>Dieser Tag liegt zu weit voraus, um jetzt eine Wiederaufnahme zu melden.</translation>
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
        <source>A certificate needs a first and a last day: type both.</source>
        <translation>Ein Attest hat einen ersten und einen letzten Tag: Geben Sie beide ein.</translation>
    </message>
    <message>
        <source>The last day of the certificate is before its first day.</source>
        <translation>Der letzte Tag des Attests liegt vor seinem ersten Tag.</translation>
    </message>
    <message>
        <source>Type the name of your employer.</source>
        <translation>Geben Sie den Namen Ihres Arbeitgebers ein.</translation>
    </message>
    <message>
        <source>The employer&apos;s name is too long: please shorten it.</source>
        <translation>Der Name des Arbeitgebers ist zu lang: Bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Your file cannot be found here: please go to the counter.</source>
        <translation>Ihre Akte ist hier nicht zu finden: Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>Type the national number of the member you depend on, not your own.</source>
        <translation>Geben Sie die Nationalregisternummer des Mitglieds ein, zu dessen Lasten Sie leben, nicht Ihre eigene.</translation>
    </message>
    <message>
        <source>Your date of birth cannot be read from your card. Please go to the counter.</source>
        <translation>Ihr Geburtsdatum kann nicht von Ihrer Karte gelesen werden. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Wählen Sie eine der angebotenen Sprachen.</translation>
    </message>
    <message>
        <source>The address on your card has no Belgian postcode: please go to the counter to join.</source>
        <translation>Die Adresse auf Ihrer Karte hat keine belgische Postleitzahl: Bitte gehen Sie zum Schalter, um beizutreten.</translation>
    </message>
    <message>
        <source>Choose between 1 and %1.</source>
        <translation>Wählen Sie zwischen 1 und %1.</translation>
    </message>
    <message>
        <source>Choose whether you join as a holder or as a dependant of a member.</source>
        <translation>Wählen Sie, ob Sie als Berechtigter oder als zu Lasten eines Mitglieds lebende Person beitreten.</translation>
    </message>
    <message>
        <source>A letter is already on its way to you: please wait for it.</source>
        <translation>Ein Brief ist bereits unterwegs zu Ihnen: Bitte warten Sie darauf.</translation>
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
        <source>Choose your current mutuality in the list.</source>
        <translation>Wählen Sie Ihre aktuelle Krankenkasse in der Liste aus.</translation>
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
        <source>This request cannot be sent as it is. Please check what you typed.</source>
        <translation>Diese Anfrage kann so nicht gesendet werden. Bitte überprüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again, or go to the counter.</source>
        <translation>Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut oder gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>The period cannot end after today.</source>
        <translation>Der Zeitraum darf nicht nach dem heutigen Tag enden.</translation>
    </message>
    <message>
        <source>This information is not available in your file.</source>
        <translation>Diese Information ist in Ihrer Akte nicht verfügbar.</translation>
    </message>
    <message>
        <source>A European health insurance card needs cover in order: it is not, for this person. Please contact the counter.</source>
        <translation>Eine Europäische Krankenversicherungskarte setzt einen gültigen Versicherungsschutz voraus: Für diese Person ist das nicht der Fall. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>Your visit has ended. Please log in again.</source>
        <translation>Ihr Besuch ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You already ordered this: it is on its way.</source>
        <translation>Sie haben dies bereits bestellt: Die Bestellung ist unterwegs.</translation>
    </message>
    <message>
        <source>Another colleague has taken it: only a supervisor takes it over.</source>
        <translation>Ein Kollege hat sie übernommen: Nur ein Vorgesetzter kann sie übernehmen.</translation>
    </message>
    <message>
        <source>This is a supervisor&apos;s decision.</source>
        <translation>Das entscheidet ein Vorgesetzter.</translation>
    </message>
    <message>
        <source>This has been done meanwhile: the list shows it now.</source>
        <translation>Das wurde inzwischen erledigt: Die Liste zeigt es jetzt.</translation>
    </message>
    <message>
        <source>The letters changed meanwhile: the list shows them again.</source>
        <translation>Die Briefe haben sich inzwischen geändert: Die Liste zeigt sie neu.</translation>
    </message>
    <message>
        <source>A blocking form counts from the dependant&apos;s majority.</source>
        <translation>Ein Sperrformular gilt ab der Volljährigkeit der mitversicherten Person.</translation>
    </message>
    <message>
        <source>Only a dependant returns a blocking form.</source>
        <translation>Nur eine mitversicherte Person reicht ein Sperrformular ein.</translation>
    </message>
    <message>
        <source>This online account is not deactivated.</source>
        <translation>Dieses Online-Konto ist nicht deaktiviert.</translation>
    </message>
    <message>
        <source>This question is no longer in the queue.</source>
        <translation>Diese Frage ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>This order is no longer in the queue.</source>
        <translation>Diese Bestellung ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>The signature of your card could not be checked. Please go to the counter.</source>
        <translation>Die Unterschrift Ihrer Karte konnte nicht geprüft werden. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>Only the paper version of this document exists: ask the counter.</source>
        <translation>Dieses Dokument gibt es nur auf Papier: Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>To change your bank account, log in with your eID card or your federal token.</source>
        <translation>Um Ihr Bankkonto zu ändern, melden Sie sich mit Ihrer eID-Karte oder Ihrem föderalen Token an.</translation>
    </message>
    <message>
        <source>This mobile number is not valid. Example: 0470 12 34 56.</source>
        <translation>Diese Handynummer ist ungültig. Beispiel: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>A Belgian mobile number starts with 04. Example: 0470 12 34 56.</source>
        <translation>Eine belgische Handynummer beginnt mit 04. Beispiel: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Type the account number (IBAN).</source>
        <translation>Geben Sie die Kontonummer (IBAN) ein.</translation>
    </message>
    <message>
        <source>This account number is not right: a digit is wrong or missing. Check it on your bank card or statement.</source>
        <translation>Diese Kontonummer ist nicht richtig: Eine Ziffer ist falsch oder fehlt. Überprüfen Sie sie auf Ihrer Bankkarte oder Ihrem Kontoauszug.</translation>
    </message>
    <message>
        <source>This is not an account number (IBAN). Example: BE68 5390 0754 7034.</source>
        <translation>Das ist keine Kontonummer (IBAN). Beispiel: BE68 5390 0754 7034.</translation>
    </message>
    <message>
        <source>This is already the account in your file.</source>
        <translation>Dieses Konto ist bereits in Ihrer Akte eingetragen.</translation>
    </message>
    <message>
        <source>Select at least one line for the receipt.</source>
        <translation>Wählen Sie mindestens eine Zeile für die Quittung aus.</translation>
    </message>
    <message>
        <source>A statement is made in French, Dutch or German.</source>
        <translation>Eine Bescheinigung wird auf Deutsch, Französisch oder Niederländisch ausgestellt.</translation>
    </message>
    <message>
        <source>Give your question a title.</source>
        <translation>Geben Sie Ihrer Frage einen Titel.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Schreiben Sie die Antwort.</translation>
    </message>
    <message>
        <source>Write the reason for the member.</source>
        <translation>Schreiben Sie den Grund für das Mitglied.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Wählen Sie den Grund.</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>Das Datum darf nicht nach heute liegen.</translation>
    </message>
    <message>
        <source>Write your question.</source>
        <translation>Schreiben Sie Ihre Frage.</translation>
    </message>
    <message>
        <source>To be answered by email, give your email address.</source>
        <translation>Für eine Antwort per E-Mail geben Sie Ihre E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>To be answered by phone, give a phone or mobile number.</source>
        <translation>Für eine Antwort per Telefon geben Sie eine Telefon- oder Handynummer an.</translation>
    </message>
    <message>
        <source>Choose how we answer you: email, letter or phone.</source>
        <translation>Wählen Sie, wie wir Ihnen antworten: E-Mail, Brief oder Telefon.</translation>
    </message>
    <message>
        <source>Choose what your question is about.</source>
        <translation>Wählen Sie, worum es in Ihrer Frage geht.</translation>
    </message>
    <message>
        <source>This text is too long: please make it shorter.</source>
        <translation>Dieser Text ist zu lang: Bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>This document is ordered one at a time, for one person.</source>
        <translation>Dieses Dokument wird einzeln bestellt, für eine Person.</translation>
    </message>
    <message>
        <source>Choose the documents you need.</source>
        <translation>Wählen Sie die Dokumente, die Sie brauchen.</translation>
    </message>
    <message>
        <source>Signing with your card…</source>
        <translation>Unterschreiben mit Ihrer Karte…</translation>
    </message>
    <message>
        <source>official-receipt</source>
        <translation>offizielle-quittung</translation>
    </message>
    <message>
        <source>indemnity-statement</source>
        <translation>bescheinigung-entschaedigungen</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Das Dokument wird vorbereitet…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Wird an den Drucker gesendet…</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Wird gedruckt… Bitte warten Sie.</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>Warten auf den Drucker…</translation>
    </message>
    <message>
        <source>Printed: take your document from the printer.</source>
        <translation>Gedruckt: Nehmen Sie Ihr Dokument aus dem Drucker.</translation>
    </message>
    <message>
        <source>This terminal has no printer. Please ask at the counter.</source>
        <translation>Dieses Gerät hat keinen Drucker. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please ask at the counter.</source>
        <translation>Der Drucker ist nicht erreichbar. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>The printer is out of service. Please ask at the counter.</source>
        <translation>Der Drucker ist außer Betrieb. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Please ask a staff member to refill it.</source>
        <translation>Der Drucker hat kein Papier mehr. Bitte sagen Sie einem Mitarbeiter Bescheid, damit er Papier nachlegt.</translation>
    </message>
    <message>
        <source>The paper is jammed in the printer. Please ask a staff member.</source>
        <translation>Im Drucker klemmt Papier. Bitte wenden Sie sich an einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>The printer has a problem. Please ask a staff member.</source>
        <translation>Der Drucker hat ein Problem. Bitte wenden Sie sich an einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>The printing was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The printer did not finish in time. Please ask at the counter.</source>
        <translation>Der Drucker ist nicht rechtzeitig fertig geworden. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>The document could not be printed. Please ask at the counter.</source>
        <translation>Das Dokument konnte nicht gedruckt werden. Bitte gehen Sie zum Schalter.</translation>
    </message>
    <message>
        <source>DMG</source>
        <translation>GMA</translation>
    </message>
    <message>
        <source>MAF</source>
        <translation>MGR</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>Incapacity</source>
        <translation>Arbeitsunfähigkeit</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Unfälle</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Krankenhaus</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Indemnities</source>
        <translation>Entschädigungen</translation>
    </message>
    <message>
        <source>My incapacity</source>
        <translation>Meine Arbeitsunfähigkeit</translation>
    </message>
    <message>
        <source>Global medical file (DMG)</source>
        <translation>Globale Medizinische Akte</translation>
    </message>
    <message>
        <source>Maximum billing (MAF)</source>
        <translation>Max. Gesundheitsrechnung</translation>
    </message>
    <message>
        <source>Young savers</source>
        <translation>Jugendsparen</translation>
    </message>
    <message>
        <source>Medical agreements</source>
        <translation>Ärztliche Genehmigungen</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Meine Dokumente</translation>
    </message>
    <message>
        <source>Order documents</source>
        <translation>Dokumente bestellen</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Sign the change of bank account</source>
        <translation>Änderung der Bankverbindung unterschreiben</translation>
    </message>
    <message>
        <source>Accident declarations</source>
        <translation>Unfallerklärungen</translation>
    </message>
    <message>
        <source>Preparing a hospital stay</source>
        <translation>Krankenhausaufenthalt vorbereiten</translation>
    </message>
    <message>
        <source>Fees and reimbursements</source>
        <translation>Honorare und Erstattungen</translation>
    </message>
    <message>
        <source>Physiotherapy for a serious condition (E list)</source>
        <translation>Physiotherapie bei schwerer Erkrankung (E-Liste)</translation>
    </message>
    <message>
        <source>Status of person with a chronic illness</source>
        <translation>Status chronische Erkrankung</translation>
    </message>
    <message>
        <source>Orthodontic treatment</source>
        <translation>Kieferorthopädische Behandlung</translation>
    </message>
    <message>
        <source>Medicine under conditions (chapter IV)</source>
        <translation>Arzneimittel unter Bedingungen (Kapitel IV)</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Häusliche Krankenpflege</translation>
    </message>
    <message>
        <source>No answer yet: look in the queue before registering it again.</source>
        <translation>Noch keine Antwort: sehen Sie in der Warteschlange nach, bevor Sie sie erneut registrieren.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>The certificate is registered.</source>
        <translation>Die Bescheinigung ist registriert.</translation>
    </message>
    <message>
        <source>accident-declaration</source>
        <translation>unfallerklaerung</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer. It waits on this counter until the connection is back.</source>
        <translation>An die Krankenkasse gesendet: Antwort steht aus. Es wartet an diesem Schalter, bis die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer.</source>
        <translation>An die Krankenkasse gesendet: Antwort steht aus.</translation>
    </message>
    <message>
        <source>It waits on this counter until the connection is back.</source>
        <translation>Es wartet an diesem Schalter, bis die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The declaration is registered as returned.</source>
        <translation>Die Erklärung ist als zurückgeschickt registriert.</translation>
    </message>
    <message>
        <source>No answer yet: look at the list again before registering it again.</source>
        <translation>Noch keine Antwort: Sehen Sie die Liste erneut an, bevor Sie sie noch einmal registrieren.</translation>
    </message>
    <message>
        <source>a confidential incapacity certificate</source>
        <translation>eine vertrauliche Arbeitsunfähigkeitsbescheinigung</translation>
    </message>
    <message>
        <source>a European health insurance card</source>
        <translation>eine Europäische Krankenversicherungskarte</translation>
    </message>
    <message>
        <source>Pink stickers</source>
        <translation>Rosa Etiketten</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Antwortumschläge</translation>
    </message>
    <message>
        <source>Incapacity certificate</source>
        <translation>Arbeitsunfähigkeitsschein</translation>
    </message>
    <message>
        <source>European card</source>
        <translation>Europäische Karte</translation>
    </message>
    <message>
        <source>leaving this terminal</source>
        <translation>wird von diesem Terminal gesendet</translation>
    </message>
    <message>
        <source>sent to the mutuality</source>
        <translation>an die Krankenkasse gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>in Vorbereitung</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>versandt am %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>your cover is not in order: please contact the counter</source>
        <translation>der Versicherungsschutz ist nicht gültig: Bitte gehen Sie zum Schalter</translation>
    </message>
    <message>
        <source>the same documents were sent a short while ago</source>
        <translation>dieselben Dokumente wurden vor Kurzem versandt</translation>
    </message>
    <message>
        <source>your address must be checked at the counter first</source>
        <translation>Ihre Adresse muss zuerst am Schalter geprüft werden</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation>siehe Bemerkung</translation>
    </message>
    <message>
        <source>A reimbursement</source>
        <translation>Eine Erstattung</translation>
    </message>
    <message>
        <source>Incapacity for work</source>
        <translation>Arbeitsunfähigkeit</translation>
    </message>
    <message>
        <source>Stickers, certificates, European card</source>
        <translation>Etiketten, Bescheinigungen, EU-Karte</translation>
    </message>
    <message>
        <source>My membership, my dependants</source>
        <translation>Meine Mitgliedschaft, meine Mitversicherten</translation>
    </message>
    <message>
        <source>My online account</source>
        <translation>Mein Online-Konto</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>authorised on %1</source>
        <translation>genehmigt am %1</translation>
    </message>
    <message>
        <source>refused on %1</source>
        <translation>abgelehnt am %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>fristgerecht</translation>
    </message>
    <message>
        <source>late: indemnity cut until the day it was sent</source>
        <translation>verspätet: Entschädigung gekürzt bis zum Tag des Versands</translation>
    </message>
    <message>
        <source>too late: no indemnity from its start</source>
        <translation>zu spät: keine Entschädigung ab Beginn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>too late</source>
        <translation>zu spät</translation>
    </message>
    <message>
        <source>First certificate</source>
        <translation>Erstbescheinigung</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>Wiederaufnahme der Arbeit</translation>
    </message>
    <message>
        <source>Partial resumption</source>
        <translation>Teilweise Wiederaufnahme</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <source>declared by the member</source>
        <translation>vom Mitglied erklärt</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Teilzeit</translation>
    </message>
    <message>
        <source>From %1: %2 of %3 h a week, %4</source>
        <translation>Ab %1: %2 von %3 Std. pro Woche, %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Partial resumption request of %1</source>
        <translation>Antrag auf teilweise Wiederaufnahme vom %1</translation>
    </message>
    <message>
        <source>Certificate received on %1</source>
        <translation>Bescheinigung erhalten am %1</translation>
    </message>
    <message>
        <source>signed at a terminal</source>
        <translation>an einem Terminal unterschrieben</translation>
    </message>
    <message>
        <source>on paper, at the counter</source>
        <translation>auf Papier, am Schalter</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>auf Papier</translation>
    </message>
    <message>
        <source>signed online</source>
        <translation>online unterschrieben</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Unfall</translation>
    </message>
    <message>
        <source>Accident declaration received on %1</source>
        <translation>Unfallerklärung erhalten am %1</translation>
    </message>
    <message>
        <source>at work or on the way to work</source>
        <translation>bei der Arbeit oder auf dem Arbeitsweg</translation>
    </message>
    <message>
        <source>at school</source>
        <translation>in der Schule</translation>
    </message>
    <message>
        <source>on the road</source>
        <translation>im Straßenverkehr</translation>
    </message>
    <message>
        <source>during sport</source>
        <translation>beim Sport</translation>
    </message>
    <message>
        <source>at home or in private life</source>
        <translation>zu Hause oder im Privatleben</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>Its answers are on the paper declaration.</source>
        <translation>Die Antworten stehen auf der Papiererklärung.</translation>
    </message>
    <message>
        <source>The member says it was not an accident.</source>
        <translation>Das Mitglied erklärt, dass es kein Unfall war.</translation>
    </message>
    <message>
        <source>An accident, %1</source>
        <translation>Ein Unfall, %1</translation>
    </message>
    <message>
        <source>Happened on %1</source>
        <translation>Geschehen am %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Hergang: %1</translation>
    </message>
    <message>
        <source>Third party: %1</source>
        <translation>Dritter: %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht genannt</translation>
    </message>
    <message>
        <source>Their insurer: %1, policy %2</source>
        <translation>Dessen Versicherer: %1, Police %2</translation>
    </message>
    <message>
        <source>No third party.</source>
        <translation>Kein Dritter.</translation>
    </message>
    <message>
        <source>Police report: %1</source>
        <translation>Polizeiprotokoll: %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Mitglied: %1</translation>
    </message>
    <message>
        <source>Presumed accident of %1</source>
        <translation>Vermuteter Unfall vom %1</translation>
    </message>
    <message>
        <source>To be returned by %1</source>
        <translation>Zurückzuschicken bis zum %1</translation>
    </message>
    <message>
        <source>Self-employed activity: %1</source>
        <translation>Selbstständige Tätigkeit: %1</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Arbeitgeber: %1</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Beginnt am %1</translation>
    </message>
    <message>
        <source>%1 h a week of %2 h full time (%3 %)</source>
        <translation>%1 Std. pro Woche von %2 Std. Vollzeit (%3 %)</translation>
    </message>
    <message>
        <source>Reached us on %1: %2</source>
        <translation>Eingegangen am %1: %2</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation>Deckt %1 ab</translation>
    </message>
    <message>
        <source>Received on %1, %2</source>
        <translation>Erhalten am %1, %2</translation>
    </message>
    <message>
        <source>Doctor: %1</source>
        <translation>Arzt: %1</translation>
    </message>
    <message>
        <source>incapacity-certificate-employee</source>
        <translation>attest-arbeitsunfaehigkeit-arbeitnehmer</translation>
    </message>
    <message>
        <source>incapacity-certificate-self-employed</source>
        <translation>attest-arbeitsunfaehigkeit-selbststaendige</translation>
    </message>
    <message>
        <source>secondary-activity-declaration</source>
        <translation>erklaerung-nebentaetigkeit</translation>
    </message>
    <message>
        <source>return-to-work-employee</source>
        <translation>wiederaufnahme-arbeit-arbeitnehmer</translation>
    </message>
    <message>
        <source>return-to-work-self-employed</source>
        <translation>wiederaufnahme-arbeit-selbststaendige</translation>
    </message>
    <message>
        <source>part-time-request-employee</source>
        <translation>antrag-teilzeit-arbeitnehmer</translation>
    </message>
    <message>
        <source>part-time-request-self-employed</source>
        <translation>antrag-teilzeit-selbststaendige</translation>
    </message>
    <message>
        <source>voluntary-work-request</source>
        <translation>antrag-ehrenamtliche-arbeit</translation>
    </message>
    <message>
        <source>appointment-confirmation</source>
        <translation>terminbestaetigung</translation>
    </message>
    <message>
        <source>No slot fits between these times: check the hours.</source>
        <translation>Zwischen diesen Uhrzeiten passt kein Zeitfenster: prüfen Sie die Uhrzeiten.</translation>
    </message>
    <message>
        <source>The slots are open.</source>
        <translation>Die Zeitfenster sind geöffnet.</translation>
    </message>
    <message>
        <source>The slots are withdrawn.</source>
        <translation>Die Zeitfenster sind zurückgezogen.</translation>
    </message>
    <message>
        <source>No answer yet: look at the day&apos;s list before sending it again.</source>
        <translation>Noch keine Antwort: sehen Sie in der Tagesliste nach, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>hospital-stay-summary</source>
        <translation>uebersicht-krankenhausaufenthalt</translation>
    </message>
    <message>
        <source>The household&apos;s reimbursements are held: an accident declaration was not returned by %1. Register the paper one received under %2, or the member signs it at a terminal.</source>
        <translation>Die Erstattungen des Haushalts sind zurückgehalten: Eine Unfallerklärung wurde nicht bis zum %1 zurückgeschickt. Registrieren Sie die erhaltene Papiererklärung unter %2, oder das Mitglied unterschreibt sie an einem Terminal.</translation>
    </message>
    <message>
        <source>Your household&apos;s reimbursements are held: an accident declaration was not returned by %1. Return it here (%2) or at the counter.</source>
        <translation>Die Erstattungen Ihres Haushalts sind zurückgehalten: Eine Unfallerklärung wurde nicht bis zum %1 zurückgeschickt. Schicken Sie sie hier zurück (%2) oder am Schalter.</translation>
    </message>
    <message>
        <source>Your household&apos;s reimbursements are held: an accident declaration of another member of your household was not returned by %1. That person returns it at a terminal (%2) or at the counter.</source>
        <translation>Die Erstattungen Ihres Haushalts sind zurückgehalten: Eine Unfallerklärung eines anderen Mitglieds Ihres Haushalts wurde nicht bis zum %1 zurückgeschickt. Diese Person schickt sie an einem Terminal (%2) oder am Schalter zurück.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Ihr Ticket wird gedruckt…</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Nehmen Sie Ihr Ticket aus dem Drucker.</translation>
    </message>
    <message>
        <source>No answer from the central database yet: the call waits to be sent.</source>
        <translation>Noch keine Antwort von der zentralen Datenbank: der Aufruf wartet auf den Versand.</translation>
    </message>
    <message>
        <source>The central database cannot be reached: the call is sent when it is.</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar: Der Aufruf wird gesendet, sobald sie es ist.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Sending to your e-mail…</source>
        <translation>Wird an Ihre E-Mail-Adresse gesendet…</translation>
    </message>
    <message>
        <source>Queued: it leaves when the terminal is connected again.</source>
        <translation>Zum Versand bereit: es geht hinaus, sobald das Terminal wieder verbunden ist.</translation>
    </message>
    <message>
        <source>Queued: it leaves in a few minutes.</source>
        <translation>Zum Versand bereit: es geht in wenigen Minuten hinaus.</translation>
    </message>
    <message>
        <source>Sent to your e-mail at %1.</source>
        <translation>Um %1 an Ihre E-Mail-Adresse gesendet.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent. Print the document, or ask at the counter.</source>
        <translation>Die E-Mail konnte nicht gesendet werden. Drucken Sie das Dokument aus oder fragen Sie am Schalter.</translation>
    </message>
</context>
<context>
    <name>AccessBar</name>
    <message>
        <source>Speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Speech guidance</source>
        <translation>Sprachführung</translation>
    </message>
    <message>
        <source>Reads the screen aloud. Key: plus on the keypad.</source>
        <translation>Liest den Bildschirm vor. Taste: Plus auf dem Ziffernblock.</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Große Schrift und hoher Kontrast</translation>
    </message>
    <message>
        <source>Shows larger text in yellow and white on black. Key: slash on the keypad.</source>
        <translation>Zeigt größere Schrift in Gelb und Weiß auf Schwarz. Taste: Schrägstrich auf dem Ziffernblock.</translation>
    </message>
</context>
<context>
    <name>AccidentFormView</name>
    <message>
        <source>Say whether it was an accident.</source>
        <translation>Geben Sie an, ob es ein Unfall war.</translation>
    </message>
    <message>
        <source>You sign the declaration with your eID card and PIN code.</source>
        <translation>Sie unterschreiben die Erklärung mit Ihrer eID-Karte und Ihrem PIN-Code.</translation>
    </message>
    <message>
        <source>%1 signs this declaration with their own eID card: at a terminal, or by hand once you print it filled in.</source>
        <translation>%1 unterschreibt diese Erklärung mit der eigenen eID-Karte: an einem Terminal oder von Hand, sobald Sie sie ausgefüllt drucken.</translation>
    </message>
    <message>
        <source>The member signs the declaration with their eID card at a terminal, or by hand: print it filled in, and register it once it comes back signed.</source>
        <translation>Das Mitglied unterschreibt die Erklärung mit seiner eID-Karte an einem Terminal oder von Hand: Drucken Sie sie ausgefüllt aus und registrieren Sie sie, wenn sie unterschrieben zurückkommt.</translation>
    </message>
    <message>
        <source>Signing needs your eID card in the reader: log in with your card to send it here, or print it filled in, sign it and return it to us.</source>
        <translation>Zum Unterschreiben muss Ihre eID-Karte im Lesegerät stecken: Melden Sie sich mit Ihrer Karte an, um sie hier zu schicken, oder drucken Sie sie ausgefüllt aus, unterschreiben Sie sie und schicken Sie sie uns zurück.</translation>
    </message>
    <message>
        <source>A password proves who you are but cannot sign: only your eID card can. Log in with your card to send it here, or print it filled in, sign it and return it to us.</source>
        <translation>Ein Passwort beweist, wer Sie sind, kann aber nicht unterschreiben: Das kann nur Ihre eID-Karte. Melden Sie sich mit Ihrer Karte an, um sie hier zu schicken, oder drucken Sie sie ausgefüllt aus, unterschreiben Sie sie und schicken Sie sie uns zurück.</translation>
    </message>
    <message>
        <source>Accident declaration: care of %1 (%2)</source>
        <translation>Unfallerklärung: Behandlung vom %1 (%2)</translation>
    </message>
    <message>
        <source>Answer for the care below. If it was not an accident, say so: the declaration must be returned all the same.</source>
        <translation>Antworten Sie für die Behandlung unten. War es kein Unfall, sagen Sie es: Die Erklärung muss trotzdem zurückgeschickt werden.</translation>
    </message>
    <message>
        <source>It was not an accident</source>
        <translation>Es war kein Unfall</translation>
    </message>
    <message>
        <source>It was an accident</source>
        <translation>Es war ein Unfall</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Wo ist es passiert?</translation>
    </message>
    <message>
        <source>At work or on the way to work</source>
        <translation>Bei der Arbeit oder auf dem Arbeitsweg</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>In der Schule</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>Im Straßenverkehr</translation>
    </message>
    <message>
        <source>During sport</source>
        <translation>Beim Sport</translation>
    </message>
    <message>
        <source>At home or in private life</source>
        <translation>Zu Hause oder im Privatleben</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where (address or place)</source>
        <translation>Wo (Adresse oder Ort)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Their insurer</source>
        <translation>Versicherer</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policennummer</translation>
    </message>
    <message>
        <source>Police report number (if any)</source>
        <translation>Nummer des Polizeiprotokolls (falls vorhanden)</translation>
    </message>
    <message>
        <source>Someone else may be liable</source>
        <translation>Jemand anders könnte haftbar sein</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Print it filled in</source>
        <translation>Ausgefüllt drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Mit meiner Karte unterschreiben</translation>
    </message>
</context>
<context>
    <name>AccidentSignView</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Falscher PIN-Code. Noch %n Versuch.</numerusform>
            <numerusform>Falscher PIN-Code. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Ein PIN-Code hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign your accident declaration for the care of %1.</source>
        <translation>Geben Sie Ihren PIN-Code ein, um Ihre Unfallerklärung für die Behandlung vom %1 zu unterschreiben.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN-Code</translation>
    </message>
</context>
<context>
    <name>AccidentsPage</name>
    <message>
        <source>You have no accident declaration to return.</source>
        <translation>Sie haben keine Unfallerklärung zurückzuschicken.</translation>
    </message>
    <message>
        <source>The Accidents service: %1, %2</source>
        <translation>Der Unfalldienst: %1, %2</translation>
    </message>
    <message>
        <source>Your declaration for the care of %1 is sent to the Accidents service with the form you signed.</source>
        <translation>Ihre Erklärung für die Behandlung vom %1 ist mit dem von Ihnen unterschriebenen Formular an den Unfalldienst geschickt.</translation>
    </message>
    <message>
        <source>The member has no accident declaration to return.</source>
        <translation>Das Mitglied hat keine Unfallerklärung zurückzusenden.</translation>
    </message>
    <message>
        <source>Your declaration for the care of %1 is sent to the Accidents service with the form you signed. It waits on this terminal until the connection is back.</source>
        <translation>Ihre Erklärung für die Behandlung vom %1 ist mit dem von Ihnen unterschriebenen Formular an den Unfalldienst geschickt. Sie wartet auf diesem Terminal, bis die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Care of %1 — %2</source>
        <translation>Behandlung vom %1 — %2</translation>
    </message>
    <message>
        <source>It was to be returned by %1: return it now.</source>
        <translation>Sie war bis zum %1 zurückzuschicken: Schicken Sie sie jetzt zurück.</translation>
    </message>
    <message>
        <source>Return it by %1.</source>
        <translation>Zurückzuschicken bis zum %1.</translation>
    </message>
    <message>
        <source>A declaration for care of %1 was already returned: our documents may have crossed. If this care comes from the same accident, call the Accidents service at %2 or write to %3.</source>
        <translation>Eine Erklärung für eine Behandlung vom %1 wurde schon zurückgeschickt: Unsere Unterlagen haben sich vielleicht überschnitten. Stammt diese Behandlung vom selben Unfall, rufen Sie den Unfalldienst unter %2 an oder schreiben Sie an %3.</translation>
    </message>
    <message>
        <source>Your signed declaration was refused: %1</source>
        <translation>Ihre unterschriebene Erklärung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>You returned it here: it is on its way to the mutuality.</source>
        <translation>Sie haben sie hier zurückgeschickt: Sie ist auf dem Weg zur Krankenkasse.</translation>
    </message>
    <message>
        <source>Returned at a terminal: on its way to the mutuality.</source>
        <translation>An einem Terminal zurückgeschickt: auf dem Weg zur Krankenkasse.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Register a paper declaration received</source>
        <translation>Erhaltene Papiererklärung registrieren</translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation>Ausfüllen</translation>
    </message>
    <message>
        <source>Care of %1 — %2: returned on %3, dealt with by the Accidents service.</source>
        <translation>Behandlung vom %1 — %2: zurückgeschickt am %3, vom Unfalldienst bearbeitet.</translation>
    </message>
    <message>
        <source>Care of %1 — %2: returned on %3.</source>
        <translation>Behandlung vom %1 — %2: zurückgeschickt am %3.</translation>
    </message>
    <message>
        <source>Accident declarations to return</source>
        <translation>Zurückzuschickende Unfallerklärungen</translation>
    </message>
    <message>
        <source>Some care of the member suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays the care and recovers it from whoever is liable.</source>
        <translation>Einige Behandlungen des Mitglieds deuten auf einen Unfall hin. Jede Erklärung zurückzusenden ist eine gesetzliche Pflicht, auch wenn es kein Unfall war: Die Krankenkasse zahlt die Behandlung und fordert sie vom Haftenden zurück.</translation>
    </message>
    <message>
        <source>Some care suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays your care and recovers it from whoever is liable.</source>
        <translation>Manche Behandlungen deuten auf einen Unfall hin. Jede Erklärung zurückzuschicken ist eine gesetzliche Pflicht, auch wenn es kein Unfall war: Die Krankenkasse zahlt Ihre Behandlung und fordert sie vom Haftenden zurück.</translation>
    </message>
    <message>
        <source>Print a declaration, or register a paper one received.</source>
        <translation>Drucken Sie eine Erklärung aus, oder registrieren Sie eine erhaltene Papiererklärung.</translation>
    </message>
    <message>
        <source>Fill in each declaration and sign it with your card, or print it.</source>
        <translation>Füllen Sie jede Erklärung aus und unterschreiben Sie sie mit Ihrer Karte, oder drucken Sie sie aus.</translation>
    </message>
    <message>
        <source>Paper declaration received on</source>
        <translation>Papiererklärung erhalten am</translation>
    </message>
    <message>
        <source>Declarations returned</source>
        <translation>Zurückgeschickte Erklärungen</translation>
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
    <message>
        <source>Choose Activate my account to get your login details by post, or Not now.</source>
        <translation>Wählen Sie Mein Konto aktivieren, um Ihre Anmeldedaten per Post zu erhalten, oder Nicht jetzt.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>granted</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>being examined</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>No medical agreement in this file.</source>
        <translation>Keine Genehmigung des Vertrauensarztes in dieser Akte.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>The last time must come after the first.</source>
        <translation>Die letzte Uhrzeit muss nach der ersten liegen.</translation>
    </message>
    <message>
        <source>An adviser</source>
        <translation>Ein Berater</translation>
    </message>
    <message>
        <source>The social service</source>
        <translation>Der Sozialdienst</translation>
    </message>
    <message>
        <source>The medical adviser</source>
        <translation>Der Vertrauensarzt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>No slot on %1 at this agency.</source>
        <translation>Kein Zeitfenster am %1 in dieser Geschäftsstelle.</translation>
    </message>
    <message>
        <source>%1: %2 booked, %3 free.</source>
        <translation>%1: %2 gebucht, %3 frei.</translation>
    </message>
    <message>
        <source>Appointment slots</source>
        <translation>Terminzeitfenster</translation>
    </message>
    <message>
        <source>An agency&apos;s slots of a day. Open new ones, or withdraw free ones.</source>
        <translation>Die Zeitfenster einer Geschäftsstelle an einem Tag. Öffnen Sie neue oder ziehen Sie freie zurück.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Geschäftsstelle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>The day&apos;s appointment slots</source>
        <translation>Die Terminzeitfenster des Tages</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Tick free slots to withdraw them.</source>
        <translation>Kreuzen Sie freie Zeitfenster an, um sie zurückzuziehen.</translation>
    </message>
    <message>
        <source>Withdraw the slots ticked</source>
        <translation>Angekreuzte Zeitfenster zurückziehen</translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Zeitfenster öffnen</translation>
    </message>
    <message>
        <source>Day of the new slots</source>
        <translation>Tag der neuen Zeitfenster</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Alle (Minuten)</translation>
    </message>
    <message>
        <source>Open these slots</source>
        <translation>Diese Zeitfenster öffnen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Your request waits on this terminal until the connection is back: it is not confirmed yet.</source>
        <translation>Ihre Anfrage wartet an diesem Terminal, bis die Verbindung wieder steht: sie ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer…</source>
        <translation>An die Krankenkasse gesendet: Warten auf ihre Antwort…</translation>
    </message>
    <message>
        <source>Booked: %1 at %2.</source>
        <translation>Gebucht: %1 in %2.</translation>
    </message>
    <message>
        <source>Someone booked this time just before you. Here are the next free times of the same agency and service: choose one.</source>
        <translation>Jemand hat diese Uhrzeit kurz vor Ihnen gebucht. Hier sind die nächsten freien Uhrzeiten derselben Geschäftsstelle und desselben Dienstes: wählen Sie eine.</translation>
    </message>
    <message>
        <source>Your cancellation waits on this terminal until the connection is back.</source>
        <translation>Ihre Absage wartet an diesem Terminal, bis die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Your cancellation is on its way to the mutuality…</source>
        <translation>Ihre Absage ist auf dem Weg zur Krankenkasse…</translation>
    </message>
    <message>
        <source>Your appointment is cancelled.</source>
        <translation>Ihr Termin ist abgesagt.</translation>
    </message>
    <message>
        <source>No answer yet: your request waits to be confirmed. My appointments shows it until then.</source>
        <translation>Noch keine Antwort: Ihre Anfrage wartet auf Bestätigung. Meine Termine zeigt sie bis dahin.</translation>
    </message>
    <message>
        <source>Choose a free time in the list.</source>
        <translation>Wählen Sie eine freie Uhrzeit in der Liste.</translation>
    </message>
    <message>
        <source>The request waits on this terminal until the connection is back: it is not confirmed yet.</source>
        <translation>Die Anfrage wartet an diesem Terminal, bis die Verbindung wieder steht: sie ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Someone else booked this time just before. Here are the next free times of the same agency and service: choose one with the member.</source>
        <translation>Jemand anderes hat diese Uhrzeit kurz zuvor gebucht. Hier sind die nächsten freien Uhrzeiten derselben Geschäftsstelle und desselben Dienstes: wählen Sie eine mit dem Mitglied.</translation>
    </message>
    <message>
        <source>The cancellation waits on this terminal until the connection is back.</source>
        <translation>Die Absage wartet an diesem Terminal, bis die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>The cancellation is on its way to the mutuality…</source>
        <translation>Die Absage ist auf dem Weg zur Krankenkasse…</translation>
    </message>
    <message>
        <source>The member&apos;s appointment is cancelled.</source>
        <translation>Der Termin des Mitglieds ist abgesagt.</translation>
    </message>
    <message>
        <source>No answer yet: the request waits to be confirmed. The member&apos;s appointments show it until then.</source>
        <translation>Noch keine Antwort: die Anfrage wartet auf Bestätigung. Die Termine des Mitglieds zeigen sie bis dahin.</translation>
    </message>
    <message>
        <source>Cancel your appointment of %1 at %2?</source>
        <translation>Ihren Termin am %1 in %2 absagen?</translation>
    </message>
    <message>
        <source>Cancel the member&apos;s appointment of %1 at %2?</source>
        <translation>Den Termin des Mitglieds am %1 in %2 absagen?</translation>
    </message>
    <message>
        <source>The member has no appointment coming.</source>
        <translation>Das Mitglied hat keinen anstehenden Termin.</translation>
    </message>
    <message>
        <source>The member&apos;s coming appointments at our agencies.</source>
        <translation>Die nächsten Termine des Mitglieds in unseren Geschäftsstellen.</translation>
    </message>
    <message>
        <source>Choose whom the member would like to see, the agency and a free time.</source>
        <translation>Wählen Sie, wen das Mitglied sprechen möchte, die Geschäftsstelle und eine freie Uhrzeit.</translation>
    </message>
    <message>
        <source>Whom would the member like to see?</source>
        <translation>Wen möchte das Mitglied sprechen?</translation>
    </message>
    <message>
        <source>An adviser</source>
        <translation>Ein Berater</translation>
    </message>
    <message>
        <source>The social service</source>
        <translation>Der Sozialdienst</translation>
    </message>
    <message>
        <source>The medical adviser</source>
        <translation>Der Vertrauensarzt</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Anliegen: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <source>Print the confirmation</source>
        <translation>Bestätigung drucken</translation>
    </message>
    <message>
        <source>No agency offers free times for this service now: choose another service.</source>
        <translation>Keine Geschäftsstelle bietet derzeit freie Uhrzeiten für diesen Dienst: Wählen Sie einen anderen Dienst.</translation>
    </message>
    <message>
        <source>This agency has no free time for this service in the coming weeks: choose another agency.</source>
        <translation>Diese Geschäftsstelle hat in den nächsten Wochen keine freie Uhrzeit für diesen Dienst: Wählen Sie eine andere Geschäftsstelle.</translation>
    </message>
    <message>
        <source>Cancellation waiting on this terminal</source>
        <translation>Absage wartet an diesem Terminal</translation>
    </message>
    <message>
        <source>Cancellation on its way to the mutuality</source>
        <translation>Absage auf dem Weg zur Krankenkasse</translation>
    </message>
    <message>
        <source>Waiting on this terminal: not confirmed yet</source>
        <translation>Wartet an diesem Terminal: noch nicht bestätigt</translation>
    </message>
    <message>
        <source>On its way to the mutuality</source>
        <translation>Auf dem Weg zur Krankenkasse</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>You have no appointment coming.</source>
        <translation>Sie haben keinen anstehenden Termin.</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Meine Termine</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Einen Termin buchen</translation>
    </message>
    <message>
        <source>Your coming appointments at our agencies.</source>
        <translation>Ihre nächsten Termine in unseren Geschäftsstellen.</translation>
    </message>
    <message>
        <source>The member&apos;s appointments: book one, move it or cancel it.</source>
        <translation>Die Termine des Mitglieds: Buchen Sie einen, verschieben oder stornieren Sie ihn.</translation>
    </message>
    <message>
        <source>Your appointments: book one, move it or cancel it.</source>
        <translation>Ihre Termine: Buchen Sie einen, verschieben oder stornieren Sie ihn.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nein, behalten</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ja, absagen</translation>
    </message>
    <message>
        <source>Move an appointment</source>
        <translation>Einen Termin verschieben</translation>
    </message>
    <message>
        <source>Now: %1 at %2. Choose a new time.</source>
        <translation>Jetzt: %1 in %2. Wählen Sie eine neue Uhrzeit.</translation>
    </message>
    <message>
        <source>Move it to this time</source>
        <translation>Auf diese Uhrzeit verschieben</translation>
    </message>
    <message>
        <source>Choose whom you would like to see, the agency and a free time.</source>
        <translation>Wählen Sie, wen Sie sprechen möchten, die Geschäftsstelle und eine freie Uhrzeit.</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Diese Uhrzeit buchen</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>Whom would you like to see?</source>
        <translation>Wen möchten Sie sprechen?</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Geschäftsstelle</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Freie Uhrzeiten</translation>
    </message>
    <message>
        <source>Subject (optional)</source>
        <translation>Anliegen (freiwillig)</translation>
    </message>
</context>
<context>
    <name>BankSignPage</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Falscher PIN-Code. Noch %n Versuche.</numerusform>
            <numerusform>Falscher PIN-Code. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Ein PIN-Code hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the change of your bank account to %1.</source>
        <translation>Geben Sie Ihren PIN-Code ein, um die Änderung Ihrer Bankverbindung auf das Konto %1 zu unterschreiben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <name>CalledList</name>
    <message>
        <source>Desk %1</source>
        <translation>Schalter %1</translation>
    </message>
    <message>
        <source>Tickets called</source>
        <translation>Aufgerufene Tickets</translation>
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
    <message>
        <source>Say how we can reach you, then choose Send. A colleague will contact you.</source>
        <translation>Geben Sie an, wie wir Sie erreichen können, und wählen Sie dann Senden. Ein Mitarbeiter meldet sich bei Ihnen.</translation>
    </message>
</context>
<context>
    <name>CertificateForm</name>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Antwort steht aus…</translation>
    </message>
    <message>
        <source>A paper certificate received</source>
        <translation>Eine erhaltene Papierbescheinigung</translation>
    </message>
    <message>
        <source>Member&apos;s national number</source>
        <translation>Nationalregisternummer des Mitglieds</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>Berufsstatus</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>Deckt ab</translation>
    </message>
    <message>
        <source>Covers to</source>
        <translation>Deckt bis</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Name des Arztes</translation>
    </message>
    <message>
        <source>First certificate</source>
        <translation>Erstbescheinigung</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Angestellter</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbeiter</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbeitsloser</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Selbstständiger</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Register the certificate</source>
        <translation>Bescheinigung registrieren</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Geben Sie Ihr aktuelles Passwort und dann zweimal das neue ein.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Wählen Sie Ihr eigenes Passwort</translation>
    </message>
    <message>
        <source>You logged in with the password of our letter. Choose your own now: the letter&apos;s password will then stop working.</source>
        <translation>Sie haben sich mit dem Passwort aus unserem Brief angemeldet. Wählen Sie jetzt Ihr eigenes: Das Passwort des Briefes funktioniert danach nicht mehr.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Password of the letter</source>
        <translation>Passwort aus dem Brief</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Your new password works at once, here and on the online counter.</source>
        <translation>Ihr neues Passwort gilt sofort, hier und am Online-Schalter.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort (noch einmal)</translation>
    </message>
    <message>
        <source>At least %1 characters. Three or four unrelated words make a strong password that is easy to remember. Do not use your name, your national number or your birth date.</source>
        <translation>Mindestens %1 Zeichen. Drei oder vier Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort, das man sich leicht merkt. Verwenden Sie weder Ihren Namen noch Ihre Nationalregisternummer noch Ihr Geburtsdatum.</translation>
    </message>
    <message>
        <source>Save my new password</source>
        <translation>Mein neues Passwort speichern</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice, then choose Save.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein, dann zweimal das neue, und wählen Sie dann Speichern.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Type each date as %1.</source>
        <translation>Geben Sie jedes Datum wie %1 ein.</translation>
    </message>
    <message>
        <source>This is the first certificate of a new incapacity.</source>
        <translation>Dies ist das erste Attest einer neuen Arbeitsunfähigkeit.</translation>
    </message>
    <message>
        <source>This is a prolongation: it starts the day after your previous certificate ends.</source>
        <translation>Dies ist eine Verlängerung: Es beginnt am Tag nach dem Ende Ihres vorigen Attests.</translation>
    </message>
    <message>
        <source>This is a relapse: it starts after a short gap, so it continues your incapacity in a new file.</source>
        <translation>Dies ist ein Rückfall: Es beginnt nach einer kurzen Unterbrechung und setzt Ihre Arbeitsunfähigkeit daher in einer neuen Akte fort.</translation>
    </message>
    <message>
        <source>This is a new incapacity: the gap since your previous certificate is too long for a relapse. Send it as a first certificate.</source>
        <translation>Dies ist eine neue Arbeitsunfähigkeit: Die Unterbrechung seit Ihrem vorigen Attest ist für einen Rückfall zu lang. Schicken Sie es als erstes Attest.</translation>
    </message>
    <message>
        <source>Not covered by a certificate: %1 – %2</source>
        <translation>Nicht durch ein Attest gedeckt: %1 – %2</translation>
    </message>
    <message>
        <source>Your doctor sends it electronically: you have nothing to send.</source>
        <translation>Ihr Arzt schickt es elektronisch: Sie müssen nichts schicken.</translation>
    </message>
    <message>
        <source>An electronic certificate cannot cover so long: your doctor sends a new one before this one ends.</source>
        <translation>Ein elektronisches Attest kann nicht so lange gelten: Ihr Arzt schickt vor seinem Ende ein neues.</translation>
    </message>
    <message>
        <source>It must reach us by %1.</source>
        <translation>Es muss spätestens am %1 bei uns eingehen.</translation>
    </message>
    <message>
        <source>Received on %1, it is on time.</source>
        <translation>Am %1 eingegangen, ist es rechtzeitig.</translation>
    </message>
    <message>
        <source>It is late, but no paid day is cut.</source>
        <translation>Es ist verspätet, aber kein bezahlter Tag wird gekürzt.</translation>
    </message>
    <message numerus="yes">
        <source>It is late: your indemnity is %1 less for %n paid day(s), from %2 to %3.</source>
        <translation>
            <numerusform>Es ist verspätet: Ihr Krankengeld ist für %n bezahlten Tag vom %2 bis zum %3 um %1 niedriger.</numerusform>
            <numerusform>Es ist verspätet: Ihr Krankengeld ist für %n bezahlte Tage vom %2 bis zum %3 um %1 niedriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1.</source>
        <translation>Etwa %1.</translation>
    </message>
    <message numerus="yes">
        <source>The cut is waived if it costs you at least %1 and you could not send it in time (force majeure) or your household earns less than %2 a year; at most once in %n year(s).</source>
        <translation>
            <numerusform>Die Kürzung entfällt, wenn sie Sie mindestens %1 kostet und Sie es nicht rechtzeitig schicken konnten (höhere Gewalt) oder Ihr Haushalt weniger als %2 im Jahr verdient; höchstens einmal pro %n Jahr.</numerusform>
            <numerusform>Die Kürzung entfällt, wenn sie Sie mindestens %1 kostet und Sie es nicht rechtzeitig schicken konnten (höhere Gewalt) oder Ihr Haushalt weniger als %2 im Jahr verdient; höchstens einmal in %n Jahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-employed: no cut if it reached us by %1, once per period of incapacity.</source>
        <translation>Selbstständige: keine Kürzung, wenn es spätestens am %1 bei uns einging, einmal pro Zeitraum der Arbeitsunfähigkeit.</translation>
    </message>
    <message numerus="yes">
        <source>Self-employed: up to %n month(s) late there is no cut, once per period of incapacity.</source>
        <translation>
            <numerusform>Selbstständige: bis zu %n Monat Verspätung keine Kürzung, einmal pro Zeitraum der Arbeitsunfähigkeit.</numerusform>
            <numerusform>Selbstständige: bis zu %n Monaten Verspätung keine Kürzung, einmal pro Zeitraum der Arbeitsunfähigkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Here the waiver does not apply.</source>
        <translation>Hier gilt die Befreiung nicht.</translation>
    </message>
    <message>
        <source>Ask the counter whether it applies to you.</source>
        <translation>Fragen Sie am Schalter, ob sie für Sie gilt.</translation>
    </message>
    <message>
        <source>Here the cut can be waived: tell the counter.</source>
        <translation>Hier kann die Kürzung entfallen: Melden Sie es am Schalter.</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Ein Attest prüfen</translation>
    </message>
    <message>
        <source>Type the dates your doctor wrote and the day the certificate reaches us: you see what kind of certificate it is and whether it is on time.</source>
        <translation>Geben Sie die Daten ein, die Ihr Arzt geschrieben hat, und den Tag, an dem das Attest bei uns eingeht: Sie sehen, um welches Attest es sich handelt und ob es rechtzeitig ist.</translation>
    </message>
    <message>
        <source>First day it covers</source>
        <translation>Erster gedeckter Tag</translation>
    </message>
    <message>
        <source>Last day it covers</source>
        <translation>Letzter gedeckter Tag</translation>
    </message>
    <message>
        <source>Day it reaches us</source>
        <translation>Eingang bei uns am</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <source>Your work status</source>
        <translation>Ihr beruflicher Status</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>Arbeiter</translation>
    </message>
    <message>
        <source>an employee</source>
        <translation>Angestellter</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>arbeitslos</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>selbstständig</translation>
    </message>
    <message>
        <source>On paper: I send it</source>
        <translation>Auf Papier: Ich schicke es</translation>
    </message>
    <message>
        <source>Electronically: my doctor sends it</source>
        <translation>Elektronisch: Mein Arzt schickt es</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
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
        <source>Touch More time or press a key.</source>
        <translation>Tippen Sie auf „Mehr Zeit“ oder drücken Sie eine Taste.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Mehr Zeit</translation>
    </message>
    <message>
        <source>Your visit gets its whole time again.</source>
        <translation>Sie erhalten wieder die volle Zeit.</translation>
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
    <message>
        <source>Choose I cannot log in to ask for help, or Finish.</source>
        <translation>Wählen Sie Ich kann mich nicht anmelden, um Hilfe anzufragen, oder Beenden.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card, or type their national number and choose Find.</source>
        <translation>Stecken Sie die eID-Karte des Mitglieds ein, oder geben Sie seine Nationalregisternummer ein und wählen Sie Suchen.</translation>
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
        <source>Reason for opening the file</source>
        <translation>Grund für das Öffnen der Akte</translation>
    </message>
    <message>
        <source>The member is at the counter</source>
        <translation>Das Mitglied ist am Schalter</translation>
    </message>
    <message>
        <source>A phone call from the member</source>
        <translation>Ein Anruf des Mitglieds</translation>
    </message>
    <message>
        <source>A letter or an e-mail from the member</source>
        <translation>Ein Brief oder eine E-Mail des Mitglieds</translation>
    </message>
    <message>
        <source>Follow-up of a request</source>
        <translation>Bearbeitung eines Antrags</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
</context>
<context>
    <name>DeskTickets</name>
    <message>
        <source>Queue tickets</source>
        <translation>Wartetickets</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Call the next ticket</source>
        <translation>Nächstes Ticket aufrufen</translation>
    </message>
    <message>
        <source>Called: %1</source>
        <translation>Aufgerufen: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this service.</source>
        <translation>Niemand wartet auf diesen Dienst.</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1: %2 wartend</translation>
    </message>
</context>
<context>
    <name>DmgPage</name>
    <message>
        <source>No global medical file (DMG). Ask your GP to open one: it costs you nothing.</source>
        <translation>Keine Globale Medizinische Akte (GMA). Bitten Sie Ihren Hausarzt, eine anzulegen: Das kostet Sie nichts.</translation>
    </message>
    <message>
        <source>Global medical file with %1, valid until %2.</source>
        <translation>Globale Medizinische Akte bei %1, gültig bis zum %2.</translation>
    </message>
    <message>
        <source>Your global medical file with %1 ended on %2: ask your GP to renew it.</source>
        <translation>Ihre Globale Medizinische Akte bei %1 ist am %2 abgelaufen: Bitten Sie Ihren Hausarzt, sie zu verlängern.</translation>
    </message>
    <message>
        <source>With a DMG your GP consultations cost you less: your share with and without it.</source>
        <translation>Mit einer Globalen Medizinischen Akte (GMA) kosten Sie Ihre Besuche beim Hausarzt weniger: Ihr Eigenanteil mit und ohne GMA.</translation>
    </message>
    <message>
        <source>Consultations with and without a DMG</source>
        <translation>Konsultationen mit und ohne GMA</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Amtliches Honorar</translation>
    </message>
    <message>
        <source>Without DMG</source>
        <translation>Ohne GMA</translation>
    </message>
    <message>
        <source>With DMG</source>
        <translation>Mit GMA</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>from you</source>
        <translation>von Ihnen</translation>
    </message>
    <message>
        <source>to you</source>
        <translation>an Sie</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>unterschrieben am %1</translation>
    </message>
    <message>
        <source>(paper only)</source>
        <translation>(nur auf Papier)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Type a code (digits) or words of the service.</source>
        <translation>Geben Sie einen Code (Ziffern) oder Wörter der Leistung ein.</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Für Sie</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Alle Altersgruppen</translation>
    </message>
    <message>
        <source>Under 10</source>
        <translation>Unter 10 Jahren</translation>
    </message>
    <message>
        <source>10 to 74</source>
        <translation>10 bis 74 Jahre</translation>
    </message>
    <message>
        <source>75 and over, or chronically ill</source>
        <translation>ab 75 Jahren oder chronisch krank</translation>
    </message>
    <message>
        <source>ordinary cover, without a DMG</source>
        <translation>normale Beteiligung, ohne GMA</translation>
    </message>
    <message>
        <source>ordinary cover, with a DMG</source>
        <translation>normale Beteiligung, mit einer GMA</translation>
    </message>
    <message>
        <source>BIM, without a DMG</source>
        <translation>erhöhte Beteiligung, ohne GMA</translation>
    </message>
    <message>
        <source>BIM, with a DMG</source>
        <translation>erhöhte Beteiligung, mit einer GMA</translation>
    </message>
    <message>
        <source>BIM</source>
        <translation>erhöhte Beteiligung</translation>
    </message>
    <message>
        <source>under 10</source>
        <translation>unter 10 Jahren</translation>
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
        <translation>Die GMA gilt bis zum %1.</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>kein Honorar</translation>
    </message>
    <message>
        <source>No code matches. Try fewer words, or the start of a word.</source>
        <translation>Kein Code passt. Versuchen Sie weniger Wörter oder den Anfang eines Wortes.</translation>
    </message>
    <message>
        <source>More codes match than are shown: add a word to narrow the list.</source>
        <translation>Es passen mehr Codes als angezeigt: fügen Sie ein Wort hinzu, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <source>This code has no fee in the data on %1.</source>
        <translation>Dieser Code hat am %1 kein Honorar in den Daten.</translation>
    </message>
    <message>
        <source>%1 — %2 — the data hold no reimbursement for this case.</source>
        <translation>%1 — %2 — die Daten enthalten keine Erstattung für diesen Fall.</translation>
    </message>
    <message>
        <source>%1 — %2, up to %3 years — nothing to pay: young BIM members with a DMG pay no personal share at the GP or the specialist.</source>
        <translation>%1 — %2, bis %3 Jahre — nichts zu zahlen: junge Mitglieder mit erhöhter Beteiligung und GMA zahlen beim Allgemeinarzt und beim Facharzt keinen Eigenanteil.</translation>
    </message>
    <message>
        <source>%1 — %2 — your share is %3.</source>
        <translation>%1 — %2 — Ihr Anteil beträgt %3.</translation>
    </message>
    <message>
        <source>%1 — %2 — the share is %3.</source>
        <translation>%1 — %2 — der Eigenanteil beträgt %3.</translation>
    </message>
    <message>
        <source>Ordinary, without DMG</source>
        <translation>Normal, ohne GMA</translation>
    </message>
    <message>
        <source>Ordinary, with DMG</source>
        <translation>Normal, mit GMA</translation>
    </message>
    <message>
        <source>BIM, without DMG</source>
        <translation>Erhöht, ohne GMA</translation>
    </message>
    <message>
        <source>BIM, with DMG</source>
        <translation>Erhöht, mit GMA</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>This service&apos;s name exists in French and Dutch only: shown in French.</source>
        <translation>Die Bezeichnung dieser Leistung gibt es nur auf Französisch und Niederländisch: auf Französisch angezeigt.</translation>
    </message>
    <message>
        <source>This service&apos;s name exists in French and Dutch only: shown in Dutch.</source>
        <translation>Die Bezeichnung dieser Leistung gibt es nur auf Französisch und Niederländisch: auf Niederländisch angezeigt.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The data hold no fee for this code.</source>
        <translation>Die Daten enthalten kein Honorar für diesen Code.</translation>
    </message>
    <message>
        <source>Amounts as set by: %1.</source>
        <translation>Beträge festgelegt durch: %1.</translation>
    </message>
    <message>
        <source>Official fee: %1</source>
        <translation>Offizielles Honorar: %1</translation>
    </message>
    <message>
        <source>Type a code or words, then choose Search. Pick a code in the list to see its amounts.</source>
        <translation>Geben Sie einen Code oder Wörter ein und wählen Sie dann Suchen. Wählen Sie einen Code in der Liste, um seine Beträge zu sehen.</translation>
    </message>
    <message>
        <source>A code, or words: consultation, huisarts…</source>
        <translation>Ein Code oder Wörter: consultation, huisarts…</translation>
    </message>
    <message>
        <source>Search a code or words of the service</source>
        <translation>Einen Code oder Wörter der Leistung suchen</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Gefundene Codes</translation>
    </message>
    <message>
        <source>The code&apos;s fees and reimbursements</source>
        <translation>Die Honorare und Erstattungen des Codes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Offizielles Honorar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>Sie zahlen</translation>
    </message>
    <message>
        <source>The personal share (ticket modérateur, remgeld)</source>
        <translation>Der Eigenanteil (ticket modérateur, remgeld)</translation>
    </message>
    <message>
        <source>The part of the official fee the compulsory insurance does not reimburse: the official fee minus the reimbursement. It is smaller with a global medical file (DMG) at your GP, and for members entitled to the increased reimbursement (BIM). A provider who is not conventioned may ask more than the official fee: that supplement is never reimbursed.</source>
        <translation>Der Teil des offiziellen Honorars, den die Pflichtversicherung nicht erstattet: das offizielle Honorar abzüglich der Erstattung. Er ist kleiner mit einer globalen medizinischen Akte (GMA) bei Ihrem Allgemeinarzt und für Mitglieder mit erhöhter Beteiligung. Ein nicht konventionierter Leistungserbringer darf mehr als das offizielle Honorar verlangen: dieser Zuschlag wird nie erstattet.</translation>
    </message>
    <message>
        <source>The BVAC attestation</source>
        <translation>Die BVAC-Bescheinigung</translation>
    </message>
    <message>
        <source>BVAC stands for &quot;Bijkomende Verzekering / Assurance Complémentaire&quot;. Your pharmacist fills it in when you ask, for medicines or other health products that a complementary insurance (a hospitalisation insurance, for example) may pay back. It lists the pharmacist, the prescribing doctor, you and the products. Send it to that insurer, or have the pharmacist send it electronically if your insurer takes part. It is for that insurer: the compulsory reimbursement does not need it.</source>
        <translation>BVAC steht für „Bijkomende Verzekering / Assurance Complémentaire“. Ihr Apotheker füllt sie auf Ihre Bitte aus, für Arzneimittel oder andere Gesundheitsprodukte, die eine Zusatzversicherung (zum Beispiel eine Krankenhausversicherung) erstatten kann. Sie nennt den Apotheker, den verschreibenden Arzt, Sie und die Produkte. Senden Sie sie an diesen Versicherer, oder lassen Sie sie vom Apotheker elektronisch übermitteln, wenn Ihr Versicherer daran teilnimmt. Sie ist für diesen Versicherer: die Pflichterstattung braucht sie nicht.</translation>
    </message>
</context>
<context>
    <name>FileScreen</name>
    <message>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Shows the sections of your file, to choose another.</source>
        <translation>Zeigt die Bereiche Ihrer Akte, um einen anderen zu wählen.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Your file. Choose a section, or Back to leave your file.</source>
        <translation>Ihre Akte. Wählen Sie einen Bereich, oder Zurück, um Ihre Akte zu verlassen.</translation>
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
    <message>
        <source>Type your national number, then choose Send me a new password.</source>
        <translation>Geben Sie Ihre Nationalregisternummer ein und wählen Sie dann Mir ein neues Passwort schicken.</translation>
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
    <name>FormsView</name>
    <message>
        <source>Incapacity certificate for your doctor (employee, worker, unemployed)</source>
        <translation>Attest über Arbeitsunfähigkeit für Ihren Arzt (Angestellte, Arbeiter, Arbeitslose)</translation>
    </message>
    <message>
        <source>Incapacity certificate for your doctor (self-employed)</source>
        <translation>Attest über Arbeitsunfähigkeit für Ihren Arzt (Selbstständige)</translation>
    </message>
    <message>
        <source>Declaration of a secondary self-employed activity</source>
        <translation>Erklärung einer selbstständigen Nebentätigkeit</translation>
    </message>
    <message>
        <source>Return to work (employee, worker, unemployed)</source>
        <translation>Wiederaufnahme der Arbeit (Angestellte, Arbeiter, Arbeitslose)</translation>
    </message>
    <message>
        <source>Return to work (self-employed)</source>
        <translation>Wiederaufnahme der Arbeit (Selbstständige)</translation>
    </message>
    <message>
        <source>Request to work part time (employee)</source>
        <translation>Antrag auf Teilzeitarbeit (Arbeitnehmer)</translation>
    </message>
    <message>
        <source>Request to work part time (self-employed)</source>
        <translation>Antrag auf Teilzeitarbeit (Selbstständige)</translation>
    </message>
    <message>
        <source>Request for voluntary work</source>
        <translation>Antrag auf ehrenamtliche Arbeit</translation>
    </message>
    <message>
        <source>Forms to print</source>
        <translation>Formulare drucken</translation>
    </message>
    <message>
        <source>In your language, with your details already filled in.</source>
        <translation>In Ihrer Sprache, mit Ihren Daten bereits ausgefüllt.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Drucken: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Als PDF speichern: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
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
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Choose a section, or Finish and log out.</source>
        <translation>Wählen Sie einen Bereich, oder Beenden und abmelden.</translation>
    </message>
</context>
<context>
    <name>HospitalPage</name>
    <message>
        <source>Ordinary insured person with dependants</source>
        <translation>Normal Versicherter mit Personen zu Lasten</translation>
    </message>
    <message>
        <source>Ordinary insured person</source>
        <translation>Normal Versicherter</translation>
    </message>
    <message>
        <source>Increased reimbursement (BIM)</source>
        <translation>Erhöhte Kostenerstattung (BIM)</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>Person zu Lasten</translation>
    </message>
    <message>
        <source>Cover during the stay</source>
        <translation>Versicherungsschutz während des Aufenthalts</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Accident declarations</source>
        <translation>Unfallerklärungen</translation>
    </message>
    <message>
        <source>Insurability</source>
        <translation>Versicherbarkeit</translation>
    </message>
    <message>
        <source>Insured every day of the stay.</source>
        <translation>An jedem Tag des Aufenthalts versichert.</translation>
    </message>
    <message>
        <source>Not insured on the day of admission. Come to the counter before the admission to put the insurability in order.</source>
        <translation>Am Tag der Aufnahme nicht versichert. Kommen Sie vor der Aufnahme an den Schalter, um die Versicherbarkeit in Ordnung zu bringen.</translation>
    </message>
    <message>
        <source>The cover ends on %1, before the end of the stay. Come to the counter before the admission to put the insurability in order.</source>
        <translation>Der Versicherungsschutz endet am %1, vor dem Ende des Aufenthalts. Kommen Sie vor der Aufnahme an den Schalter, um die Versicherbarkeit in Ordnung zu bringen.</translation>
    </message>
    <message>
        <source>Every contribution due before the admission is paid.</source>
        <translation>Alle vor der Aufnahme fälligen Beiträge sind bezahlt.</translation>
    </message>
    <message>
        <source>Contributions due before the admission are not paid: %2 (the oldest due on %1). Pay them before the admission, or come to the counter.</source>
        <translation>Vor der Aufnahme fällige Beiträge sind nicht bezahlt: %2 (der älteste fällig am %1). Bezahlen Sie sie vor der Aufnahme, oder kommen Sie an den Schalter.</translation>
    </message>
    <message>
        <source>No accident declaration is blocking the file.</source>
        <translation>Keine Unfallerklärung blockiert die Akte.</translation>
    </message>
    <message>
        <source>An accident declaration was not returned: the family&apos;s file has been blocked since %1 and reimbursements are held. Return the declaration (Accident declarations), or contact the Accidents service.</source>
        <translation>Eine Unfallerklärung wurde nicht zurückgeschickt: Die Akte der Familie ist seit dem %1 gesperrt, die Erstattungen werden zurückgehalten. Schicken Sie die Erklärung zurück (Unfallerklärungen), oder wenden Sie sich an den Unfalldienst.</translation>
    </message>
    <message>
        <source>An active member of the health fund.</source>
        <translation>Aktives Mitglied der Krankenkasse.</translation>
    </message>
    <message>
        <source>Leaves the health fund on %1: it does not cover this stay. Come to the counter.</source>
        <translation>Verlässt die Krankenkasse am %1: Sie deckt diesen Aufenthalt nicht. Kommen Sie an den Schalter.</translation>
    </message>
    <message>
        <source>Has left the health fund: it does not cover this stay. Come to the counter.</source>
        <translation>Hat die Krankenkasse verlassen: Sie deckt diesen Aufenthalt nicht. Kommen Sie an den Schalter.</translation>
    </message>
    <message>
        <source>The move to the health fund has not taken effect yet: until it does, the current insurer covers the stay. Ask at the counter.</source>
        <translation>Der Wechsel zur Krankenkasse ist noch nicht wirksam: Bis dahin deckt die jetzige Kasse den Aufenthalt. Fragen Sie am Schalter nach.</translation>
    </message>
    <message>
        <source>This file is closed. Please come to the counter.</source>
        <translation>Diese Akte ist abgeschlossen. Bitte kommen Sie an den Schalter.</translation>
    </message>
    <message>
        <source>Days of the stay</source>
        <translation>Tage des Aufenthalts</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Days %1 to %2</source>
        <translation>Tage %1 bis %2</translation>
    </message>
    <message>
        <source>The stay from %1 to %2, for %3. Category: %4.</source>
        <translation>Der Aufenthalt vom %1 bis %2, für %3. Kategorie: %4.</translation>
    </message>
    <message>
        <source>Estimated personal share: %1</source>
        <translation>Geschätzter Eigenanteil: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Tag 1</translation>
    </message>
    <message>
        <source>From day 2</source>
        <translation>Ab Tag 2</translation>
    </message>
    <message>
        <source>From day %1</source>
        <translation>Ab Tag %1</translation>
    </message>
    <message>
        <source>▶ %1 (you)</source>
        <translation>▶ %1 (Sie)</translation>
    </message>
    <message>
        <source>▶ %1 (%2)</source>
        <translation>▶ %1 (%2)</translation>
    </message>
    <message>
        <source>Amounts in force since %1 (source: %2).</source>
        <translation>Beträge gültig seit dem %1 (Quelle: %2).</translation>
    </message>
    <message>
        <source>The file is in order for this stay.</source>
        <translation>Die Akte ist für diesen Aufenthalt in Ordnung.</translation>
    </message>
    <message>
        <source>Before the admission, settle the points marked “To do”.</source>
        <translation>Regeln Sie vor der Aufnahme die Punkte „Zu erledigen“.</translation>
    </message>
    <message>
        <source>✔ In order</source>
        <translation>✔ In Ordnung</translation>
    </message>
    <message>
        <source>✖ To do</source>
        <translation>✖ Zu erledigen</translation>
    </message>
    <message>
        <source>Type the admission date and the number of nights, then choose Check.</source>
        <translation>Geben Sie das Aufnahmedatum und die Zahl der Nächte ein und wählen Sie dann Prüfen.</translation>
    </message>
    <message>
        <source>Planning an admission? Type its date and the nights you expect to stay: we check the file and estimate the daily personal share.</source>
        <translation>Ist eine Aufnahme geplant? Geben Sie das Datum und die erwarteten Nächte ein: Wir prüfen die Akte und schätzen den Eigenanteil pro Tag.</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Is my file in order?</source>
        <translation>Ist meine Akte in Ordnung?</translation>
    </message>
    <message>
        <source>Is the file in order?</source>
        <translation>Ist die Akte in Ordnung?</translation>
    </message>
    <message>
        <source>The estimated personal share</source>
        <translation>Der geschätzte Eigenanteil</translation>
    </message>
    <message>
        <source>Personal share per day by category</source>
        <translation>Eigenanteil pro Tag nach Kategorie</translation>
    </message>
    <message>
        <source>This estimates the daily personal share only: the hospital also bills medicines, implants and any supplements. A day in day hospital costs no daily share.</source>
        <translation>Geschätzt wird nur der Eigenanteil pro Tag: Das Krankenhaus berechnet auch Arzneimittel, Implantate und etwaige Zuschläge. Ein Tag in der Tagesklinik kostet keinen Eigenanteil pro Tag.</translation>
    </message>
    <message>
        <source>Rooms and supplements</source>
        <translation>Die Zimmer und die Zuschläge</translation>
    </message>
    <message>
        <source>Shared room (three beds or more)</source>
        <translation>Mehrbettzimmer (drei Betten oder mehr)</translation>
    </message>
    <message>
        <source>Two-bed room</source>
        <translation>Zweibettzimmer</translation>
    </message>
    <message>
        <source>Single room, chosen</source>
        <translation>Gewähltes Einzelzimmer</translation>
    </message>
    <message>
        <source>No room supplement and no fee supplements, whoever the doctor.</source>
        <translation>Kein Zimmerzuschlag und keine Honorarzuschläge, gleich welcher Arzt.</translation>
    </message>
    <message>
        <source>A room supplement, and fee supplements up to the percentage the hospital states on its admission declaration: read it before you sign.</source>
        <translation>Ein Zimmerzuschlag und Honorarzuschläge bis zu dem Prozentsatz, den das Krankenhaus in seiner Aufnahmeerklärung angibt: Lesen Sie sie, bevor Sie unterschreiben.</translation>
    </message>
    <message>
        <source>when the patient&apos;s health requires it;</source>
        <translation>wenn der Gesundheitszustand des Patienten es erfordert;</translation>
    </message>
    <message>
        <source>when the service requires it, or no bed is free in a shared or two-bed room;</source>
        <translation>wenn der Dienst es verlangt oder kein Bett im Mehrbett- oder Zweibettzimmer frei ist;</translation>
    </message>
    <message>
        <source>in intensive care, and for an emergency admission;</source>
        <translation>auf der Intensivstation und bei einer Notaufnahme;</translation>
    </message>
    <message>
        <source>for a child admitted with a parent, without a signed request for a single room.</source>
        <translation>für ein Kind, das mit einem Elternteil aufgenommen wird, ohne unterschriebenen Antrag auf ein Einzelzimmer.</translation>
    </message>
    <message>
        <source>No supplement at all, even in a single room:</source>
        <translation>Kein Zuschlag, auch nicht im Einzelzimmer:</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Übersicht drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
</context>
<context>
    <name>IncapacityPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Ein Attest prüfen</translation>
    </message>
    <message>
        <source>Forms to print</source>
        <translation>Formulare drucken</translation>
    </message>
    <message>
        <source>Work part time</source>
        <translation>Teilzeit arbeiten</translation>
    </message>
    <message>
        <source>I resume work</source>
        <translation>Ich arbeite wieder</translation>
    </message>
</context>
<context>
    <name>IndemnitiesPage</name>
    <message>
        <source>primary incapacity</source>
        <translation>primäre Arbeitsunfähigkeit</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>Invalidität</translation>
    </message>
    <message>
        <source>maternity leave</source>
        <translation>Mutterschaftsurlaub</translation>
    </message>
    <message>
        <source>No period of incapacity for work in this file.</source>
        <translation>Kein Zeitraum der Arbeitsunfähigkeit in dieser Akte.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>Incapacity for work: %1 – %2</source>
        <translation>Arbeitsunfähigkeit: %1 – %2</translation>
    </message>
    <message>
        <source>Medical adviser: convocation on %1 at %2, %3 (%4)</source>
        <translation>Vertrauensarzt: Termin am %1 um %2 Uhr, %3 (%4)</translation>
    </message>
    <message>
        <source>Next payment on %1 (for %2 to %3)</source>
        <translation>Nächste Zahlung am %1 (für den Zeitraum vom %2 bis %3)</translation>
    </message>
    <message>
        <source>Next payment expected on %1 (for %2 to %3): not published yet</source>
        <translation>Nächste Zahlung voraussichtlich am %1 (für %2 bis %3): noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Indemnities paid</source>
        <translation>Gezahlte Entschädigungen</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Einbehalte</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Indemnity statement</source>
        <translation>Bescheinigung über Entschädigungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>in</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>First day of the statement</source>
        <translation>Erster Tag der Bescheinigung</translation>
    </message>
    <message>
        <source>Last day of the statement</source>
        <translation>Letzter Tag der Bescheinigung</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Sprache der Bescheinigung</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Bescheinigung drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
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
        <source>Check your details, choose how you join, then Sign with my eID card.</source>
        <translation>Prüfen Sie Ihre Angaben, wählen Sie, wie Sie beitreten, und dann Mit meiner eID-Karte unterschreiben.</translation>
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
    <message>
        <source>No card? Create my online access</source>
        <translation>Keine Karte? Online-Zugang erstellen</translation>
    </message>
    <message>
        <source>Type your national number and your password, then choose Log in.</source>
        <translation>Geben Sie Ihre Nationalregisternummer und Ihr Passwort ein und wählen Sie dann Anmelden.</translation>
    </message>
</context>
<context>
    <name>MafPage</name>
    <message>
        <source>Ceiling: %1</source>
        <translation>Obergrenze: %1</translation>
    </message>
    <message>
        <source>Personal shares counted: %1</source>
        <translation>Angerechnete Eigenanteile: %1</translation>
    </message>
    <message>
        <source>Already refunded: %1</source>
        <translation>Bereits erstattet: %1</translation>
    </message>
    <message>
        <source>Still due to you: %1</source>
        <translation>Steht Ihnen noch zu: %1</translation>
    </message>
    <message>
        <source>Ceiling reached on %1</source>
        <translation>Obergrenze erreicht am %1</translation>
    </message>
    <message>
        <source>Still %1 before the ceiling</source>
        <translation>Noch %1 bis zur Obergrenze</translation>
    </message>
    <message>
        <source>Maximum billing (MAF): above a ceiling, your household&apos;s personal shares of the year are refunded.</source>
        <translation>Maximale Gesundheitsrechnung (MGR): Oberhalb einer Obergrenze werden Ihrem Haushalt die Eigenanteile des Jahres erstattet.</translation>
    </message>
</context>
<context>
    <name>MailOffer</name>
    <message>
        <source>Send to my e-mail</source>
        <translation>An meine E-Mail senden</translation>
    </message>
    <message>
        <source>By e-mail to %1</source>
        <translation>Per E-Mail an %1</translation>
    </message>
    <message>
        <source>The document goes to the e-mail address on your file: %1</source>
        <translation>Das Dokument geht an die E-Mail-Adresse in Ihrer Akte: %1</translation>
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
        <source>Card reader: none connected</source>
        <translation>Kartenlesegerät: keines angeschlossen</translation>
    </message>
    <message>
        <source>Card reader: the reader service is not running</source>
        <translation>Kartenlesegerät: Der Lesegerätedienst läuft nicht</translation>
    </message>
    <message>
        <source>Card reader: reading a card</source>
        <translation>Kartenlesegerät: Eine Karte wird gelesen</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted and read</source>
        <translation>Kartenlesegerät: Eine Karte steckt im Gerät und ist gelesen</translation>
    </message>
    <message>
        <source>Card reader: the card is checking a PIN code</source>
        <translation>Kartenlesegerät: Die Karte prüft einen PIN-Code</translation>
    </message>
    <message>
        <source>Card reader: the card was taken out</source>
        <translation>Kartenlesegerät: Die Karte wurde herausgenommen</translation>
    </message>
    <message>
        <source>Card reader: the card in it cannot be used</source>
        <translation>Kartenlesegerät: Die eingesteckte Karte kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted, not in use</source>
        <translation>Kartenlesegerät: Eine Karte steckt im Gerät, nicht in Gebrauch</translation>
    </message>
    <message>
        <source>The state of the card reader and the central database. Go back, or close the program.</source>
        <translation>Der Zustand des Kartenlesers und der zentralen Datenbank. Gehen Sie zurück oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <source>(simulated card, demo)</source>
        <translation>(simulierte Karte, Demo)</translation>
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
        <source>Central database: offline, its server&apos;s certificate is refused</source>
        <translation>Zentrale Datenbank: offline, das Zertifikat ihres Servers wird abgelehnt</translation>
    </message>
    <message>
        <source>Central database: offline, it refuses this terminal&apos;s login</source>
        <translation>Zentrale Datenbank: offline, sie lehnt die Anmeldung dieses Terminals ab</translation>
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
        <source>The certificate was not registered: %1</source>
        <translation>Die Bescheinigung wurde nicht registriert: %1</translation>
    </message>
    <message>
        <source>Online account: active</source>
        <translation>Online-Konto: aktiv</translation>
    </message>
    <message>
        <source>Online account: its letter is on its way</source>
        <translation>Online-Konto: der Brief ist unterwegs</translation>
    </message>
    <message>
        <source>Online account: deactivated</source>
        <translation>Online-Konto: deaktiviert</translation>
    </message>
    <message>
        <source>No online account</source>
        <translation>Kein Online-Konto</translation>
    </message>
    <message>
        <source>%1: the holder no longer sees this file (form of %2)</source>
        <translation>%1: der Berechtigte sieht diese Akte nicht mehr (Formular vom %2)</translation>
    </message>
    <message>
        <source>%1: the holder sees this file</source>
        <translation>%1: der Berechtigte sieht diese Akte</translation>
    </message>
    <message>
        <source>Blocking form received</source>
        <translation>Sperrformular erhalten</translation>
    </message>
    <message>
        <source>Member file</source>
        <translation>Akte des Mitglieds</translation>
    </message>
    <message>
        <source>See the whole file, register a certificate, or close the file.</source>
        <translation>Sehen Sie die ganze Akte an, erfassen Sie eine Bescheinigung oder schließen Sie die Akte.</translation>
    </message>
    <message>
        <source>Opening this file has been recorded in the audit log.</source>
        <translation>Das Öffnen dieser Akte wurde im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Reactivate the online account</source>
        <translation>Online-Konto wieder aktivieren</translation>
    </message>
    <message>
        <source>Dependants of age</source>
        <translation>Volljährige Mitversicherte</translation>
    </message>
    <message>
        <source>Blocking form received on</source>
        <translation>Sperrformular erhalten am</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Akte schließen</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Bescheinigung erfassen</translation>
    </message>
    <message>
        <source>See the whole file</source>
        <translation>Ganze Akte ansehen</translation>
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
        <translation>Ihre neuen Kontaktdaten werden an die Krankenkasse gesendet.</translation>
    </message>
    <message>
        <source>This is already the account in your file.</source>
        <translation>Dieses Konto ist bereits in Ihrer Akte eingetragen.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Bank: %1</translation>
    </message>
    <message>
        <source>We do not recognise this bank&apos;s code. Check the number with your bank statement: you can still sign the change.</source>
        <translation>Wir kennen den Code dieser Bank nicht. Überprüfen Sie die Nummer anhand Ihres Kontoauszugs: Sie können die Änderung trotzdem unterschreiben.</translation>
    </message>
    <message>
        <source>Your new account is sent to the mutuality with the form you signed. It is in &quot;My documents&quot; once the mutuality has received it.</source>
        <translation>Ihr neues Konto wird mit dem von Ihnen unterschriebenen Formular an die Krankenkasse gesendet. Das Formular erscheint unter „Meine Dokumente“, sobald die Krankenkasse es erhalten hat.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Bis die Verbindung wieder besteht, bleibt alles auf diesem Gerät gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Mitgliedsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>Versichert als</translation>
    </message>
    <message>
        <source>Through the holder</source>
        <translation>Zu Lasten von</translation>
    </message>
    <message>
        <source>Regional mutuality</source>
        <translation>Regionale Kasse</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Versicherungsschutz</translation>
    </message>
    <message>
        <source>Increased reimbursement (BIM)</source>
        <translation>Erhöhte Kostenerstattung</translation>
    </message>
    <message>
        <source>Insurability codes (CT1/CT2)</source>
        <translation>Versicherbarkeitscodes (CT1/CT2)</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>Bf. %1</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>Berechtigter</translation>
    </message>
    <message>
        <source>dependant</source>
        <translation>zu Lasten lebende Person</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>left the mutuality</source>
        <translation>nicht mehr Mitglied</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <source>in order since %1</source>
        <translation>gewährleistet seit dem %1</translation>
    </message>
    <message>
        <source>not in order: please contact the counter</source>
        <translation>nicht gewährleistet: Bitte gehen Sie zum Schalter</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No dependant in your file.</source>
        <translation>Keine zu Lasten lebende Person in Ihrer Akte.</translation>
    </message>
    <message>
        <source>Payments go to %1</source>
        <translation>Zahlungen werden auf das Konto %1 überwiesen</translation>
    </message>
    <message>
        <source>No bank account is known: payments are sent by post.</source>
        <translation>Es ist kein Bankkonto bekannt: Zahlungen werden per Post verschickt.</translation>
    </message>
    <message>
        <source>Type the new account. You sign the change with your eID card and PIN code.</source>
        <translation>Geben Sie die neue Kontonummer ein. Sie unterschreiben die Änderung mit Ihrer eID-Karte und Ihrem PIN-Code.</translation>
    </message>
    <message>
        <source>To change your bank account, log in with your eID card or your federal token: a password alone is not enough to redirect payments.</source>
        <translation>Um Ihr Bankkonto zu ändern, melden Sie sich mit Ihrer eID-Karte oder Ihrem föderalen Token an: Ein Passwort allein reicht nicht aus, um Zahlungen umzuleiten.</translation>
    </message>
    <message>
        <source>The change of bank account is signed with your eID card: log in with your card to change it.</source>
        <translation>Die Änderung der Bankverbindung wird mit Ihrer eID-Karte unterschrieben: Melden Sie sich mit Ihrer Karte an, um Ihr Konto zu ändern.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>People insured through you</source>
        <translation>Bei Ihnen mitversicherte Personen</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Empty a field to remove it from your file.</source>
        <translation>Leeren Sie ein Feld, um die Angabe aus Ihrer Akte zu entfernen.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Save my contact details</source>
        <translation>Meine Kontaktdaten speichern</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Mit meiner Karte unterschreiben</translation>
    </message>
    <message>
        <source>New account number (IBAN)</source>
        <translation>Neue Kontonummer (IBAN)</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>At-Zeichen</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Bindestrich</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Unterstrich</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message numerus="yes">
        <source>%n sheet(s) of pink stickers</source>
        <translation>
            <numerusform>%n Bogen rosa Etiketten</numerusform>
            <numerusform>%n Bogen rosa Etiketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) of pre-addressed envelopes</source>
        <translation>
            <numerusform>%n Packung Antwortumschläge</numerusform>
            <numerusform>%n Packungen Antwortumschläge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Choose the documents you need.</source>
        <translation>Wählen Sie die Dokumente, die Sie brauchen.</translation>
    </message>
    <message>
        <source>Your order has been sent to the mutuality.</source>
        <translation>Ihre Bestellung wurde an die Krankenkasse gesendet.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Sie wartet an diesem Terminal, bis die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>Wie viele?</translation>
    </message>
    <message>
        <source>One at a time, for one person.</source>
        <translation>Einzeln, für eine Person.</translation>
    </message>
    <message>
        <source>You order %1 for %2.</source>
        <translation>Sie bestellen %1 für %2.</translation>
    </message>
    <message>
        <source>You order %1 for yourself.</source>
        <translation>Sie bestellen %1 für sich selbst.</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>Bf. %1</translation>
    </message>
    <message>
        <source>They are sent by post to: %1</source>
        <translation>Versand per Post an: %1</translation>
    </message>
    <message>
        <source>They are sent by post to your home address.</source>
        <translation>Versand per Post an Ihre Wohnadresse.</translation>
    </message>
    <message>
        <source>You already ordered this on %1 (%2). Order it again?</source>
        <translation>Sie haben dies bereits am %1 bestellt (%2). Noch einmal bestellen?</translation>
    </message>
    <message>
        <source>Yes, order again</source>
        <translation>Ja, noch einmal bestellen</translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Bestellung bestätigen</translation>
    </message>
    <message>
        <source>No connection: only the orders waiting on this terminal are shown.</source>
        <translation>Keine Verbindung: Nur die Bestellungen, die an diesem Terminal warten, werden angezeigt.</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>Noch keine Bestellung.</translation>
    </message>
    <message>
        <source>Choose the documents, then check and confirm. They are sent by post.</source>
        <translation>Wählen Sie die Dokumente, prüfen und bestätigen Sie. Sie werden per Post versandt.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eins mehr</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Meine Bestellungen</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>OutOfOrderWindow</name>
    <message>
        <source>This terminal is out of order. Our staff at the counter will help you.</source>
        <translation>Dieses Terminal ist außer Betrieb. Unser Personal am Schalter hilft Ihnen weiter.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Außer Betrieb</translation>
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
        <source>Wrong code. Please try again.</source>
        <translation>Falscher Code. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Please wait %n minute(s).</source>
        <translation>
            <numerusform>Zu viele falsche Codes. Bitte warten Sie %n Minute.</numerusform>
            <numerusform>Zu viele falsche Codes. Bitte warten Sie %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mitarbeitercode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Out of order: maintenance</source>
        <translation>Außer Betrieb: Wartung</translation>
    </message>
    <message>
        <source>Why this terminal is out of order:</source>
        <translation>Warum dieses Terminal außer Betrieb ist:</translation>
    </message>
    <message>
        <source>Why this terminal is out of order</source>
        <translation>Warum dieses Terminal außer Betrieb ist</translation>
    </message>
    <message>
        <source>Guichet version %1 — out of order since %2</source>
        <translation>Guichet Version %1 — außer Betrieb seit %2</translation>
    </message>
    <message>
        <source>The same reason is in the system journal (journalctl).</source>
        <translation>Derselbe Grund steht im Systemjournal (journalctl).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Programm neu starten</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Your certificates</source>
        <translation>Ihre Atteste</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Deckt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Geschickt</translation>
    </message>
    <message>
        <source>Your next certificate</source>
        <translation>Ihr nächstes Attest</translation>
    </message>
    <message>
        <source>Part-time work</source>
        <translation>Teilzeitarbeit</translation>
    </message>
    <message>
        <source>Next payments</source>
        <translation>Nächste Zahlungen</translation>
    </message>
    <message>
        <source>Your indemnity (estimate)</source>
        <translation>Ihr Krankengeld (Schätzung)</translation>
    </message>
    <message>
        <source>You have no incapacity for work in your file.</source>
        <translation>In Ihrer Akte gibt es keine Arbeitsunfähigkeit.</translation>
    </message>
    <message>
        <source>If you fall ill: &quot;Forms to print&quot; has the certificate for your doctor, and &quot;Check a certificate&quot; tells you by when it must reach us.</source>
        <translation>Wenn Sie krank werden: Unter „Formulare drucken“ finden Sie das Attest für Ihren Arzt, und „Ein Attest prüfen“ sagt Ihnen, bis wann es bei uns eingehen muss.</translation>
    </message>
    <message>
        <source>Incapacity for work since %1</source>
        <translation>Arbeitsunfähig seit %1</translation>
    </message>
    <message>
        <source>Incapacity for work from %1 to %2: ended.</source>
        <translation>Arbeitsunfähigkeit vom %1 bis %2: beendet.</translation>
    </message>
    <message>
        <source>Work status: %1</source>
        <translation>Beruflicher Status: %1</translation>
    </message>
    <message>
        <source>The first certificate was to reach us by %1.</source>
        <translation>Das erste Attest musste spätestens am %1 bei uns eingehen.</translation>
    </message>
    <message>
        <source>Your incapacity ends on %1: you resume the next day.</source>
        <translation>Ihre Arbeitsunfähigkeit endet am %1: Sie arbeiten am nächsten Tag wieder.</translation>
    </message>
    <message>
        <source>Your return to work on %1 is on its way to the mutuality.</source>
        <translation>Ihre Arbeitsaufnahme am %1 ist auf dem Weg zur Krankenkasse.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier period(s) of incapacity: see Indemnities.</source>
        <translation>
            <numerusform>%n früherer Zeitraum der Arbeitsunfähigkeit: siehe Krankengeld.</numerusform>
            <numerusform>%n frühere Zeiträume der Arbeitsunfähigkeit: siehe Krankengeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>first certificate</source>
        <translation>erstes Attest</translation>
    </message>
    <message>
        <source>prolongation</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>return to work</source>
        <translation>Arbeitsaufnahme</translation>
    </message>
    <message>
        <source>part-time work</source>
        <translation>Teilzeitarbeit</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>auf Papier</translation>
    </message>
    <message>
        <source>electronically by the doctor</source>
        <translation>elektronisch vom Arzt</translation>
    </message>
    <message>
        <source>your declaration</source>
        <translation>Ihre Erklärung</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) covered by your certificates.</source>
        <translation>
            <numerusform>%n Tag durch Ihre Atteste gedeckt.</numerusform>
            <numerusform>%n Tage durch Ihre Atteste gedeckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No day without a certificate.</source>
        <translation>Kein Tag ohne Attest.</translation>
    </message>
    <message>
        <source>Not covered by a certificate: %1 – %2</source>
        <translation>Nicht durch ein Attest gedeckt: %1 – %2</translation>
    </message>
    <message>
        <source>The certificate received on %1 came late: your indemnity is %2 less from %3 to %4.</source>
        <translation>Das am %1 eingegangene Attest kam verspätet: Ihr Krankengeld ist vom %3 bis zum %4 um %2 niedriger.</translation>
    </message>
    <message>
        <source>Your certificate covers you until %1. If you cannot resume on %2, your prolongation certificate must start on %3.</source>
        <translation>Ihr Attest deckt Sie bis %1. Wenn Sie am %2 nicht wieder arbeiten können, muss Ihr Verlängerungsattest am %3 beginnen.</translation>
    </message>
    <message>
        <source>It must reach us by %1.</source>
        <translation>Es muss spätestens am %1 bei uns eingehen.</translation>
    </message>
    <message>
        <source>A certificate your GP sends electronically needs no paper from you; one such certificate covers at most until %1.</source>
        <translation>Für ein Attest, das Ihr Hausarzt elektronisch schickt, brauchen Sie kein Papier; ein solches Attest gilt höchstens bis zum %1.</translation>
    </message>
    <message>
        <source>waiting for the medical adviser&apos;s decision</source>
        <translation>wartet auf die Entscheidung des Vertrauensarztes</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>From %1: %2 h a week of %3 h, at %4 — %5</source>
        <translation>Ab %1: %2 Std. pro Woche von %3 Std., bei %4 — %5</translation>
    </message>
    <message>
        <source>it arrived late: the indemnity is cut until it arrived</source>
        <translation>verspätet eingegangen: Das Krankengeld ist bis zum Eingang gekürzt</translation>
    </message>
    <message>
        <source>it arrived too late: no indemnity from the day it concerns</source>
        <translation>zu spät eingegangen: kein Krankengeld ab dem betreffenden Tag</translation>
    </message>
    <message>
        <source>Next payment on %1 (for %2 to %3)</source>
        <translation>Nächste Zahlung am %1 (für %2 bis %3)</translation>
    </message>
    <message>
        <source>Next payment expected on %1 (for %2 to %3): not published yet</source>
        <translation>Nächste Zahlung voraussichtlich am %1 (für %2 bis %3): noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the first year (invalidity, from %1)</source>
        <translation>Nach dem ersten Jahr (Invalidität, ab %1)</translation>
    </message>
    <message>
        <source>%1: by the rules in force on %2, your daily amount cannot be estimated.</source>
        <translation>%1: Nach den am %2 geltenden Regeln kann Ihr Tagesbetrag nicht geschätzt werden.</translation>
    </message>
    <message>
        <source>%1: by the rules in force on %2, about %3 gross a day, %4 net.</source>
        <translation>%1: Nach den am %2 geltenden Regeln etwa %3 brutto pro Tag, %4 netto.</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Beträge vom %1.</translation>
    </message>
    <message>
        <source>Your gross daily wage: %1</source>
        <translation>Ihr Bruttotageslohn: %1</translation>
    </message>
    <message>
        <source>Wage taken into account, at most: %1</source>
        <translation>Berücksichtigter Lohn, höchstens: %1</translation>
    </message>
    <message>
        <source>At %2 of it: %1</source>
        <translation>Davon %2: %1</translation>
    </message>
    <message>
        <source>Gross daily indemnity: %1</source>
        <translation>Brutotagegeld: %1</translation>
    </message>
    <message>
        <source>Maximum daily amount applied: %1</source>
        <translation>Angewandter Höchsttagesbetrag: %1</translation>
    </message>
    <message>
        <source>Minimum daily amount applied: %1</source>
        <translation>Angewandter Mindesttagesbetrag: %1</translation>
    </message>
    <message>
        <source>Flat daily amount for the self-employed: %1</source>
        <translation>Pauschaler Tagesbetrag für Selbstständige: %1</translation>
    </message>
    <message>
        <source>Withholding of %2: %1</source>
        <translation>Einbehaltung von %2: %1</translation>
    </message>
    <message>
        <source>Net daily indemnity: %1</source>
        <translation>Nettotagegeld: %1</translation>
    </message>
    <message>
        <source>Your family situation is not known yet: the amount depends on it.</source>
        <translation>Ihre familiäre Situation ist noch nicht bekannt: Der Betrag hängt davon ab.</translation>
    </message>
    <message>
        <source>Your wage is not known yet: the amount is computed once your employer has sent it.</source>
        <translation>Ihr Lohn ist noch nicht bekannt: Der Betrag wird berechnet, sobald Ihr Arbeitgeber ihn geschickt hat.</translation>
    </message>
    <message>
        <source>primary incapacity (first year)</source>
        <translation>primäre Arbeitsunfähigkeit (erstes Jahr)</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>Invalidität</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Angestellter</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Arbeiter</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>Arbeitsloser</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>Selbstständiger</translation>
    </message>
</context>
<context>
    <name>PartTimeView</name>
    <message>
        <source>You can ask to work part time while your incapacity runs.</source>
        <translation>Sie können während Ihrer Arbeitsunfähigkeit beantragen, in Teilzeit zu arbeiten.</translation>
    </message>
    <message>
        <source>You sign the request with your eID card and PIN code.</source>
        <translation>Sie unterschreiben den Antrag mit Ihrer eID-Karte und Ihrem PIN-Code.</translation>
    </message>
    <message>
        <source>The request is signed with the member&apos;s eID card: at a terminal after logging in with the card, or on paper (&quot;Forms to print&quot;).</source>
        <translation>Der Antrag wird mit der eID-Karte des Mitglieds unterschrieben: an einem Terminal nach der Anmeldung mit der Karte oder auf Papier („Formulare drucken“).</translation>
    </message>
    <message>
        <source>The request is signed with your eID card: log in with your card to send it here, or print it under &quot;Forms to print&quot;.</source>
        <translation>Der Antrag wird mit Ihrer eID-Karte unterschrieben: Melden Sie sich mit Ihrer Karte an, um ihn hier zu schicken, oder drucken Sie ihn unter „Formulare drucken“.</translation>
    </message>
    <message>
        <source>Your request to work part time from %1 is sent to the medical adviser with the form you signed.</source>
        <translation>Ihr Antrag auf Teilzeitarbeit ab dem %1 ist mit dem unterschriebenen Formular an den Vertrauensarzt geschickt.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Er wartet auf diesem Terminal, bis die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Your request must reach us by %1.</source>
        <translation>Ihr Antrag muss spätestens am %1 bei uns eingehen.</translation>
    </message>
    <message>
        <source>Sent today, it is on time.</source>
        <translation>Heute geschickt, ist er rechtzeitig.</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: set by your income; the medical adviser tells you how much.</source>
        <translation>Erwartete Auswirkung auf Ihr Krankengeld: nach Ihrem Einkommen festgelegt; der Vertrauensarzt sagt Ihnen, wie viel.</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: %1</source>
        <translation>Erwartete Auswirkung auf Ihr Krankengeld: %1</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: none.</source>
        <translation>Erwartete Auswirkung auf Ihr Krankengeld: keine.</translation>
    </message>
    <message>
        <source>As self-employed: %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</source>
        <translation>Als Selbstständiger: %1 bis zum %2; danach richtet sich die Kürzung nach Ihrem Einkommen, und der Vertrauensarzt sagt Ihnen, wie viel.</translation>
    </message>
    <message>
        <source>As self-employed: no cut until %3, then %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</source>
        <translation>Als Selbstständiger: keine Kürzung bis zum %3, dann %1 bis zum %2; danach richtet sich die Kürzung nach Ihrem Einkommen, und der Vertrauensarzt sagt Ihnen, wie viel.</translation>
    </message>
    <message>
        <source>About %1 a day instead of %2.</source>
        <translation>Etwa %1 pro Tag statt %2.</translation>
    </message>
    <message>
        <source>If it reaches us later: until %1, your indemnity is %2 less from %3 until the day it reaches us; after %1, no indemnity is paid from %3.</source>
        <translation>Erreicht er uns später: bis zum %1 wird Ihr Krankengeld vom %3 bis zum Tag seines Eingangs um %2 gekürzt; nach dem %1 wird ab dem %3 kein Krankengeld gezahlt.</translation>
    </message>
    <message>
        <source>Sent today, it is late: your indemnity is %1 less from %2 until %3, the day it reaches us.</source>
        <translation>Heute geschickt, ist er verspätet: Ihr Krankengeld wird vom %2 bis zum %3, dem Tag seines Eingangs, um %1 gekürzt.</translation>
    </message>
    <message>
        <source>Sent today, it is late: your indemnity is %1 less on %2, the day you start.</source>
        <translation>Heute geschickt, ist er verspätet: Ihr Krankengeld wird am %2, dem Tag Ihres Beginns, um %1 gekürzt.</translation>
    </message>
    <message>
        <source>Sent today, it is too late: no indemnity is paid from %1, the day you start working.</source>
        <translation>Heute geschickt, ist er zu spät: Ab dem %1, dem Tag, an dem Sie zu arbeiten beginnen, wird kein Krankengeld gezahlt.</translation>
    </message>
    <message>
        <source>Work part time</source>
        <translation>Teilzeit arbeiten</translation>
    </message>
    <message>
        <source>Tell the medical adviser before you start. You see by when the request must reach us and its effect on your indemnity before you sign it.</source>
        <translation>Informieren Sie den Vertrauensarzt, bevor Sie beginnen. Vor der Unterschrift sehen Sie, bis wann der Antrag bei uns eingehen muss und wie er sich auf Ihr Krankengeld auswirkt.</translation>
    </message>
    <message>
        <source>First day of work</source>
        <translation>Erster Arbeitstag</translation>
    </message>
    <message>
        <source>Hours a week you will work</source>
        <translation>Wochenstunden, die Sie arbeiten werden</translation>
    </message>
    <message>
        <source>Hours a week of the full-time job</source>
        <translation>Wochenstunden der Vollzeitstelle</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>I work as self-employed</source>
        <translation>Ich arbeite selbstständig</translation>
    </message>
    <message>
        <source>See the deadline and the effect</source>
        <translation>Frist und Auswirkung ansehen</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Mit meiner Karte unterschreiben</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN code</source>
        <translation>PIN-Code bestätigen</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN-Code</translation>
    </message>
    <message>
        <source>Type it on the keys below or on the keypad; each key gives a tone.</source>
        <translation>Geben Sie ihn auf den Tasten unten oder auf dem Ziffernblock ein; jede Taste gibt einen Ton.</translation>
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
        <source>Type your PIN code to sign the form, then OK. Each key gives a tone.</source>
        <translation>Geben Sie Ihren PIN-Code ein, um das Formular zu unterschreiben, dann OK. Jede Taste gibt einen Ton.</translation>
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
        <source>Type the staff code, then OK.</source>
        <translation>Geben Sie den Mitarbeitercode ein, dann OK.</translation>
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
        <source>Type your PIN code, then OK. Each key gives a tone.</source>
        <translation>Geben Sie Ihren PIN-Code ein, dann OK. Jede Taste gibt einen Ton.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The terminal can read the screen aloud or show larger text.</source>
        <translation>Das Terminal kann den Bildschirm vorlesen oder größere Schrift zeigen.</translation>
    </message>
    <message>
        <source>Turn on speech</source>
        <translation>Sprache einschalten</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
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
    <name>QueueScreen</name>
    <message>
        <source>All agencies</source>
        <translation>Alle Geschäftsstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>in Vorbereitung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Nothing waits in this queue.</source>
        <translation>In dieser Liste wartet nichts.</translation>
    </message>
    <message>
        <source>The reason for a refusal, as the member will read it</source>
        <translation>Der Grund einer Ablehnung, wie das Mitglied ihn lesen wird</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <source>A medical adviser decides on it.</source>
        <translation>Ein Vertrauensarzt entscheidet darüber.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als versandt markieren</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Order of %1</source>
        <translation>Bestellung vom %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Ordered by %1 (%2)</source>
        <translation>Bestellt von %1 (%2)</translation>
    </message>
    <message>
        <source>Question of %1</source>
        <translation>Frage vom %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>by email: %1</source>
        <translation>per E-Mail: %1</translation>
    </message>
    <message>
        <source>by letter: %1</source>
        <translation>per Brief: %1</translation>
    </message>
    <message>
        <source>by phone: %1</source>
        <translation>per Telefon: %1</translation>
    </message>
    <message>
        <source>as said in the question</source>
        <translation>wie in der Frage angegeben</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Not verified: asked without logging in.</source>
        <translation>Nicht überprüft: ohne Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>Answer wanted %1</source>
        <translation>Antwort gewünscht %1</translation>
    </message>
    <message>
        <source>Taken by %1.</source>
        <translation>Übernommen von %1.</translation>
    </message>
    <message>
        <source>The certificate was not registered: %1</source>
        <translation>Die Bescheinigung wurde nicht registriert: %1</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Als bearbeitet markieren</translation>
    </message>
    <message>
        <source>Save the signed form</source>
        <translation>Das unterschriebene Formular speichern</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>Bf. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) wait for the post.</source>
        <translation>
            <numerusform>%n Brief wartet auf die Post.</numerusform>
            <numerusform>%n Briefe warten auf die Post.</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter waits for the post.</source>
        <translation>Kein Brief wartet auf die Post.</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>Choose an item in the list to see it and deal with it.</source>
        <translation>Wählen Sie einen Eintrag in der Liste, um ihn anzusehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Geschäftsstelle</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medizinisch</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Unfälle</translation>
    </message>
    <message>
        <source>Which agency&apos;s work to show</source>
        <translation>Die Arbeit welcher Geschäftsstelle anzeigen</translation>
    </message>
    <message>
        <source>Which kind of work to show</source>
        <translation>Welche Art von Arbeit anzeigen</translation>
    </message>
    <message>
        <source>The work waiting</source>
        <translation>Die wartende Arbeit</translation>
    </message>
    <message>
        <source>Answer or reason for the member</source>
        <translation>Antwort oder Grund für das Mitglied</translation>
    </message>
    <message>
        <source>Reason for refusing the order</source>
        <translation>Grund für die Ablehnung der Bestellung</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Bescheinigung erfassen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Zurück zum Schalter</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Cover not in order</source>
        <translation>Versicherungsschutz nicht gültig</translation>
    </message>
    <message>
        <source>Already sent a short while ago</source>
        <translation>Vor Kurzem bereits versandt</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>Adresse zu prüfen</translation>
    </message>
    <message>
        <source>Other reason (write it)</source>
        <translation>Anderer Grund (bitte angeben)</translation>
    </message>
    <message>
        <source>Note for the member</source>
        <translation>Bemerkung für das Mitglied</translation>
    </message>
    <message>
        <source>The answer, as the member will read it</source>
        <translation>Die Antwort, wie das Mitglied sie lesen wird</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Print them and mark them posted</source>
        <translation>Drucken und als versandt markieren</translation>
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
    <name>RegisterScreen</name>
    <message>
        <source>Create my online access</source>
        <translation>Meinen Online-Zugang erstellen</translation>
    </message>
    <message>
        <source>Your online access is created and its password is sent by post to the home address we know. With your eID card it is ready at once: insert it instead.</source>
        <translation>Ihr Online-Zugang wird erstellt und sein Passwort per Post an die uns bekannte Wohnadresse geschickt. Mit Ihrer eID-Karte ist er sofort bereit: Stecken Sie sie stattdessen ein.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>z. B. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Send me my access</source>
        <translation>Meinen Zugang zusenden</translation>
    </message>
    <message>
        <source>Type your national number, then choose Send me my access.</source>
        <translation>Geben Sie Ihre Nationalregisternummer ein und wählen Sie dann Meinen Zugang zusenden.</translation>
    </message>
</context>
<context>
    <name>ReimbursementsPage</name>
    <message>
        <source>Tap a line to see its payment.</source>
        <translation>Tippen Sie auf eine Zeile, um die zugehörige Zahlung zu sehen.</translation>
    </message>
    <message>
        <source>reimbursement of care</source>
        <translation>Erstattung für Gesundheitspflege</translation>
    </message>
    <message>
        <source>refund under the maximum billing (MAF)</source>
        <translation>Erstattung im Rahmen der Maximalen Gesundheitsrechnung (MGR)</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Zahlung vom %1</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Paid to the account %1</source>
        <translation>Überwiesen auf das Konto %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Communication: %1</source>
        <translation>Mitteilung: %1</translation>
    </message>
    <message>
        <source>Services of this payment:</source>
        <translation>Leistungen dieser Zahlung:</translation>
    </message>
    <message>
        <source>Total of the services: %1</source>
        <translation>Summe der Leistungen: %1</translation>
    </message>
    <message>
        <source>Type the official fee and the reimbursement.</source>
        <translation>Geben Sie das amtliche Honorar und die Erstattung ein.</translation>
    </message>
    <message>
        <source>Your personal share: %1</source>
        <translation>Ihr Eigenanteil: %1</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>date of care</source>
        <translation>Behandlungsdatum</translation>
    </message>
    <message>
        <source>processing date</source>
        <translation>Bearbeitungsdatum</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Amtliches Honorar</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Zuschlag</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Erstattet</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) selected</source>
        <translation>
            <numerusform>%n Zeile ausgewählt</numerusform>
            <numerusform>%n Zeilen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Eigenanteil</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Bearbeitet am</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Service and provider</source>
        <translation>Leistung und Leistungserbringer</translation>
    </message>
    <message>
        <source>Older lines</source>
        <translation>Ältere Zeilen</translation>
    </message>
    <message>
        <source>Print an official receipt</source>
        <translation>Offizielle Quittung drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Erstattung</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Your question has been sent. You can follow it below.</source>
        <translation>Ihre Frage wurde gesendet. Sie können sie unten verfolgen.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Sie wartet an diesem Terminal, bis die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>No connection: only the questions waiting on this terminal are shown.</source>
        <translation>Keine Verbindung: Nur die Fragen, die an diesem Terminal warten, werden angezeigt.</translation>
    </message>
    <message>
        <source>No question yet.</source>
        <translation>Noch keine Frage.</translation>
    </message>
    <message>
        <source>%1 of %2 h a week</source>
        <translation>%1 von %2 Std. pro Woche</translation>
    </message>
    <message>
        <source>Part-time work from %1: %2 of %3 hours a week</source>
        <translation>Teilzeitarbeit ab %1: %2 von %3 Stunden pro Woche</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Arbeitgeber: %1</translation>
    </message>
    <message>
        <source>It is on its way to the mutuality: it has not reached us yet.</source>
        <translation>Sie ist auf dem Weg zur Krankenkasse: Sie hat uns noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Reached us on %1: %2</source>
        <translation>Eingegangen am %1: %2</translation>
    </message>
    <message>
        <source>The medical adviser authorised it on %1.</source>
        <translation>Der Vertrauensarzt hat ihn am %1 genehmigt.</translation>
    </message>
    <message>
        <source>The medical adviser refused it on %1.</source>
        <translation>Der Vertrauensarzt hat ihn am %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>The medical adviser has not decided yet.</source>
        <translation>Der Vertrauensarzt hat noch nicht entschieden.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Ask us your question: we answer in the way you choose.</source>
        <translation>Stellen Sie uns Ihre Frage: Wir antworten auf dem Weg, den Sie wählen.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <source>Answer me by</source>
        <translation>Antwort per</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Check how we can reach you. A change here also updates your file.</source>
        <translation>Prüfen Sie, wie wir Sie erreichen. Eine Änderung hier aktualisiert auch Ihre Akte.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Send my question</source>
        <translation>Meine Frage senden</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <source>My partial resumption requests</source>
        <translation>Meine Anträge auf teilweise Wiederaufnahme</translation>
    </message>
    <message>
        <source>Reached us</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <source>Type the day you resume as %1.</source>
        <translation>Geben Sie den Tag Ihrer Wiederaufnahme wie %1 ein.</translation>
    </message>
    <message>
        <source>Your return on %1 is on its way to the mutuality: your incapacity ends the day before.</source>
        <translation>Ihre Wiederaufnahme am %1 ist auf dem Weg zur Krankenkasse: Ihre Arbeitsunfähigkeit endet am Tag davor.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>Sie wartet auf diesem Terminal, bis die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>You have no running incapacity to end.</source>
        <translation>Sie haben keine laufende Arbeitsunfähigkeit zu beenden.</translation>
    </message>
    <message>
        <source>I resume work</source>
        <translation>Ich arbeite wieder</translation>
    </message>
    <message>
        <source>Tell us the day you start again, at work or as a jobseeker.</source>
        <translation>Nennen Sie uns den Tag, an dem Sie wieder anfangen, bei der Arbeit oder als Arbeitsuchender.</translation>
    </message>
    <message>
        <source>Day I resume</source>
        <translation>Tag meiner Wiederaufnahme</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>Bei der Arbeit</translation>
    </message>
    <message>
        <source>As a jobseeker (unemployment)</source>
        <translation>Als Arbeitsuchender (Arbeitslosigkeit)</translation>
    </message>
    <message>
        <source>Declare my return</source>
        <translation>Meine Wiederaufnahme melden</translation>
    </message>
</context>
<context>
    <name>SignView</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Falscher PIN-Code. Noch %n Versuch.</numerusform>
            <numerusform>Falscher PIN-Code. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>Ein PIN-Code hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign your request to work part time from %1.</source>
        <translation>Geben Sie Ihren PIN-Code ein, um Ihren Antrag auf Teilzeitarbeit ab dem %1 zu unterschreiben.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN-Code</translation>
    </message>
</context>
<context>
    <name>SimulatedCardBar</name>
    <message>
        <source>active online account</source>
        <translation>aktives Online-Konto</translation>
    </message>
    <message>
        <source>dependant, file blocked</source>
        <translation>mitversichert, Akte gesperrt</translation>
    </message>
    <message>
        <source>increased reimbursement</source>
        <translation>erhöhte Kostenerstattung</translation>
    </message>
    <message>
        <source>cover not in order</source>
        <translation>Versicherung nicht in Ordnung</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>dependant aged 16 or 17</source>
        <translation>mitversichert, 16 oder 17 Jahre</translation>
    </message>
    <message>
        <source>dependant aged 18+</source>
        <translation>mitversichert, ab 18 Jahren</translation>
    </message>
    <message>
        <source>dependant under 16</source>
        <translation>mitversichert, unter 16</translation>
    </message>
    <message>
        <source>dependant under 18</source>
        <translation>mitversichert, unter 18</translation>
    </message>
    <message>
        <source>global medical file expired</source>
        <translation>GMA abgelaufen</translation>
    </message>
    <message>
        <source>primary incapacity</source>
        <translation>primäre Arbeitsunfähigkeit</translation>
    </message>
    <message>
        <source>incapacity running</source>
        <translation>arbeitsunfähig</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>Invalidität</translation>
    </message>
    <message>
        <source>MAF ceiling reached</source>
        <translation>MGR-Obergrenze erreicht</translation>
    </message>
    <message>
        <source>medical agreements</source>
        <translation>ärztliche Genehmigungen</translation>
    </message>
    <message>
        <source>no online account</source>
        <translation>kein Online-Konto</translation>
    </message>
    <message>
        <source>young saver</source>
        <translation>Jugendsparen</translation>
    </message>
    <message>
        <source>Kids-ID, no PIN login</source>
        <translation>Kids-ID, kein PIN-Login</translation>
    </message>
    <message>
        <source>foreigner&apos;s card, not a member</source>
        <translation>Ausländerkarte, kein Mitglied</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
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
    <name>Speech</name>
    <message>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>list to choose from</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>gauge</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>Schieberegler</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Registerkarte</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
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
        <translation>Hält die Sprache an oder setzt sie fort. Taste: Punkt.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Says the screen again. Key: star.</source>
        <translation>Sagt den Bildschirm noch einmal. Taste: Stern.</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Speaks more slowly. Key: 3.</source>
        <translation>Spricht langsamer. Taste: 3.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Speaks faster. Key: 9.</source>
        <translation>Spricht schneller. Taste: 9.</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Lowers the volume.</source>
        <translation>Verringert die Lautstärke.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Raises the volume.</source>
        <translation>Erhöht die Lautstärke.</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>Counter — staff login</source>
        <translation>Schalter — Anmeldung für Mitarbeiter</translation>
    </message>
    <message>
        <source>Type your login and your password, then Log in.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein, dann Anmelden.</translation>
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
    <message>
        <source>Offline — the central server&apos;s certificate is refused</source>
        <translation>Offline — das Zertifikat des Zentralservers wird abgelehnt</translation>
    </message>
    <message>
        <source>Offline — the central server refuses this terminal&apos;s login</source>
        <translation>Offline — Anmeldung vom Zentralserver abgelehnt</translation>
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
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Has never reported</source>
        <translation>Hat sich noch nie gemeldet</translation>
    </message>
    <message>
        <source>No news for %1</source>
        <translation>Keine Nachricht seit %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline for %1, %n operation(s) waiting</source>
        <translation>
            <numerusform>Seit %1 offline, %n Vorgang wartet</numerusform>
            <numerusform>Seit %1 offline, %n Vorgänge warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Papier leer</translation>
    </message>
    <message>
        <source>Out of paper since %1</source>
        <translation>Papier leer seit %1</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Papierstau</translation>
    </message>
    <message>
        <source>Paper jam since %1</source>
        <translation>Papierstau seit %1</translation>
    </message>
    <message>
        <source>Printer door open</source>
        <translation>Druckerklappe offen</translation>
    </message>
    <message>
        <source>Printer door open since %1</source>
        <translation>Druckerklappe offen seit %1</translation>
    </message>
    <message>
        <source>Toner empty</source>
        <translation>Toner leer</translation>
    </message>
    <message>
        <source>Toner empty since %1</source>
        <translation>Toner leer seit %1</translation>
    </message>
    <message>
        <source>The printer reports: %2</source>
        <translation>Der Drucker meldet: %2</translation>
    </message>
    <message>
        <source>The printer reports: %2 (since %1)</source>
        <translation>Der Drucker meldet: %2 (seit %1)</translation>
    </message>
    <message>
        <source>Printer stopped</source>
        <translation>Drucker angehalten</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <source>The print service does not answer</source>
        <translation>Der Druckdienst antwortet nicht</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Papier fast leer</translation>
    </message>
    <message>
        <source>Toner low (%1 %)</source>
        <translation>Toner fast leer (%1 %)</translation>
    </message>
    <message>
        <source>Toner low</source>
        <translation>Toner fast leer</translation>
    </message>
    <message>
        <source>Low disk space (%1 free)</source>
        <translation>Festplatte fast voll (%1 frei)</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n time(s) today</source>
        <translation>
            <numerusform>Heute %n-mal neu gestartet</numerusform>
            <numerusform>Heute %n-mal neu gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Kein Kartenleser</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Geschäftsstelle %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Alle Geschäftsstellen</translation>
    </message>
    <message>
        <source>All is well</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Checked at %1: %2 with a problem, %3 to watch, %4 fine</source>
        <translation>Geprüft um %1: %2 mit Problem, %3 zu beobachten, %4 in Ordnung</translation>
    </message>
    <message>
        <source>No terminal is registered here.</source>
        <translation>Hier ist kein Terminal registriert.</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Each terminal&apos;s state, and what is wrong with it.</source>
        <translation>Der Zustand jedes Terminals, und was nicht stimmt.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Which agency&apos;s terminals to show</source>
        <translation>Terminals welcher Geschäftsstelle anzeigen</translation>
    </message>
    <message>
        <source>The terminals and their state</source>
        <translation>Die Terminals und ihr Zustand</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Zurück zum Schalter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Geschäftsstelle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Adviser</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Social service</source>
        <translation>Sozialdienst</translation>
    </message>
    <message>
        <source>Medical adviser</source>
        <translation>Vertrauensarzt</translation>
    </message>
    <message>
        <source>The wait cannot be estimated now.</source>
        <translation>Die Wartezeit kann im Moment nicht geschätzt werden.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Sie sind als Nächste(r) dran.</translation>
    </message>
    <message>
        <source>Please note your number from the screen.</source>
        <translation>Bitte notieren Sie Ihre Nummer vom Bildschirm.</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minute(s).</source>
        <translation>
            <numerusform>Geschätzte Wartezeit: etwa %n Minute.</numerusform>
            <numerusform>Geschätzte Wartezeit: etwa %n Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) before yours.</source>
        <translation>
            <numerusform>%n Ticket vor Ihrem.</numerusform>
            <numerusform>%n Tickets vor Ihrem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>Ihr Ticket</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Ein Ticket ziehen</translation>
    </message>
    <message>
        <source>Whom do you come to see?</source>
        <translation>Zu wem möchten Sie?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
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
        <source>Insert your eID card. Press plus on the keypad for speech.</source>
        <translation>Stecken Sie Ihre eID-Karte ein. Drücken Sie Plus auf dem Ziffernblock für die Sprachführung.</translation>
    </message>
    <message>
        <source>Choose your language at the top of the screen.</source>
        <translation>Wählen Sie Ihre Sprache oben auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No card? Log in with a password or a token</source>
        <translation>Keine Karte? Melden Sie sich mit einem Passwort oder einem Token an</translation>
    </message>
    <message>
        <source>Take a ticket for the counter</source>
        <translation>Ein Ticket für den Schalter ziehen</translation>
    </message>
</context>
<context>
    <name>YoungSaversPage</name>
    <message>
        <source>no account yet</source>
        <translation>noch kein Konto</translation>
    </message>
    <message>
        <source>Young savers&apos; account: for young people, what is saved and still possible.</source>
        <translation>Jugendsparen: für junge Menschen, was gespart ist und was noch möglich ist.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespart</translation>
    </message>
    <message>
        <source>Still possible</source>
        <translation>Noch möglich</translation>
    </message>
</context>
</TS>
