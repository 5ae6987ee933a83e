<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <source>Please go to the counter: a colleague will help you.</source>
        <translation>Please go to the counter: a colleague will help you.</translation>
    </message>
    <message>
        <source>The card was taken out of the reader before we finished.</source>
        <translation>The card was taken out of the reader before we finished.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>This card is not a Belgian eID card.</translation>
    </message>
    <message>
        <source>Your card could not be read.</source>
        <translation>Your card could not be read.</translation>
    </message>
    <message>
        <source>The data on this card could not be verified. It cannot be used here.</source>
        <translation>The data on this card could not be verified. It cannot be used here.</translation>
    </message>
    <message>
        <source>Your card has expired. It cannot be used to identify you.</source>
        <translation>Your card has expired. It cannot be used to identify you.</translation>
    </message>
    <message>
        <source>Your PIN code is blocked. Your municipality can unblock it with your PUK code.</source>
        <translation>Your PIN code is blocked. Your municipality can unblock it with your PUK code.</translation>
    </message>
    <message>
        <source>This card cannot be used with a PIN code (a kids&apos; card, for example).</source>
        <translation>This card cannot be used with a PIN code (a kids&apos; card, for example).</translation>
    </message>
    <message>
        <source>The card reader is not working.</source>
        <translation>The card reader is not working.</translation>
    </message>
    <message>
        <source>Something went wrong with your card.</source>
        <translation>Something went wrong with your card.</translation>
    </message>
    <message>
        <source>We cannot continue</source>
        <translation>We cannot continue</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>No connection</translation>
    </message>
    <message>
        <source>Your file cannot be reached at the moment: the connection to the mutuality is down.</source>
        <translation>Your file cannot be reached at the moment: the connection to the mutuality is down.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or go to the counter.</source>
        <translation>Please try again in a few minutes, or go to the counter.</translation>
    </message>
    <message>
        <source>Your online account is being created</source>
        <translation>Your online account is being created</translation>
    </message>
    <message>
        <source>Your login details will be sent by post to your home address.</source>
        <translation>Your login details will be sent by post to your home address.</translation>
    </message>
    <message>
        <source>The letter leaves on %1 at the latest.</source>
        <translation>The letter leaves on %1 at the latest.</translation>
    </message>
    <message>
        <source>A new password is on its way</source>
        <translation>A new password is on its way</translation>
    </message>
    <message>
        <source>If this national number has an online account, a new password is sent by post to the home address we know.</source>
        <translation>If this national number has an online account, a new password is sent by post to the home address we know.</translation>
    </message>
    <message>
        <source>Your online access is on its way</source>
        <translation>Your online access is on its way</translation>
    </message>
    <message>
        <source>If this national number is a member&apos;s without an online access yet, the access is created and its password sent by post to the home address we know.</source>
        <translation>If this national number is a member&apos;s without an online access yet, the access is created and its password sent by post to the home address we know.</translation>
    </message>
    <message>
        <source>Your request has been sent</source>
        <translation>Your request has been sent</translation>
    </message>
    <message>
        <source>A colleague will contact you in the way you chose.</source>
        <translation>A colleague will contact you in the way you chose.</translation>
    </message>
    <message>
        <source>You can follow your request under &quot;My requests&quot; once you can log in.</source>
        <translation>You can follow your request under &quot;My requests&quot; once you can log in.</translation>
    </message>
    <message>
        <source>Your change of mutuality will take effect on %1.</source>
        <translation>Your change of mutuality will take effect on %1.</translation>
    </message>
    <message>
        <source>Your affiliation will take effect on %1.</source>
        <translation>Your affiliation will take effect on %1.</translation>
    </message>
    <message>
        <source>Welcome! Your signed form has been sent</source>
        <translation>Welcome! Your signed form has been sent</translation>
    </message>
    <message>
        <source>We will confirm by post. Keep your card: you can use it here from then on.</source>
        <translation>We will confirm by post. Keep your card: you can use it here from then on.</translation>
    </message>
    <message>
        <source>The connection is down: your request is kept on this terminal and sent as soon as it is back.</source>
        <translation>The connection is down: your request is kept on this terminal and sent as soon as it is back.</translation>
    </message>
    <message>
        <source>Your online account is on its way</source>
        <translation>Your online account is on its way</translation>
    </message>
    <message>
        <source>Your login details have been sent by post. Use them to log in for the first time.</source>
        <translation>Your login details have been sent by post. Use them to log in for the first time.</translation>
    </message>
    <message>
        <source>Your affiliation is being processed</source>
        <translation>Your affiliation is being processed</translation>
    </message>
    <message>
        <source>We have received your signed form. We will confirm by post.</source>
        <translation>We have received your signed form. We will confirm by post.</translation>
    </message>
    <message>
        <source>Logging in with the federal token is not possible at the moment. Please use your eID card or your password.</source>
        <translation>Logging in with the federal token is not possible at the moment. Please use your eID card or your password.</translation>
    </message>
    <message>
        <source>You have no running incapacity for work in your file.</source>
        <translation>You have no running incapacity for work in your file.</translation>
    </message>
    <message>
        <source>Select at least one letter.</source>
        <translation>Select at least one letter.</translation>
    </message>
    <message>
        <source>This code is not in the nomenclature: check the six digits, or search by words.</source>
        <translation>This code is not in the nomenclature: check the six digits, or search by words.</translation>
    </message>
    <message>
        <source>Your password cannot be changed now: this terminal cannot reach the mutuality. Please try again later, on the online counter, or at the desk.</source>
        <translation>Your password cannot be changed now: this terminal cannot reach the mutuality. Please try again later, on the online counter, or at the desk.</translation>
    </message>
    <message>
        <source>This is one of the most used passwords: it is the first that anyone would try.</source>
        <translation>This is one of the most used passwords: it is the first that anyone would try.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation>Your current password is not right.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess, above all your own.</source>
        <translation>Dates and years are easy to guess, above all your own.</translation>
    </message>
    <message>
        <source>Do not use your birth date in your password.</source>
        <translation>Do not use your birth date in your password.</translation>
    </message>
    <message>
        <source>Do not use your national number in your password.</source>
        <translation>Do not use your national number in your password.</translation>
    </message>
    <message>
        <source>Rows of keys, such as azerty or qsdfgh, are easy to guess.</source>
        <translation>Rows of keys, such as azerty or qsdfgh, are easy to guess.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password twice again.</source>
        <translation>The two new passwords are not the same. Type the new password twice again.</translation>
    </message>
    <message>
        <source>Names are easy to guess, even with digits added.</source>
        <translation>Names are easy to guess, even with digits added.</translation>
    </message>
    <message>
        <source>Do not use your name or other details of your file in your password.</source>
        <translation>Do not use your name or other details of your file in your password.</translation>
    </message>
    <message>
        <source>Repeated characters or words, such as aaa or abcabc, are easy to guess.</source>
        <translation>Repeated characters or words, such as aaa or abcabc, are easy to guess.</translation>
    </message>
    <message>
        <source>Choose a new password: not the one of the letter, nor the one you have now.</source>
        <translation>Choose a new password: not the one of the letter, nor the one you have now.</translation>
    </message>
    <message>
        <source>Sequences such as abcd or mnop are easy to guess.</source>
        <translation>Sequences such as abcd or mnop are easy to guess.</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>A password has at most %1 characters.</translation>
    </message>
    <message>
        <source>Your new password needs at least %1 characters. Three or four unrelated words make a long password that is easy to remember.</source>
        <translation>Your new password needs at least %1 characters. Three or four unrelated words make a long password that is easy to remember.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Add a few words of your own that do not go together: a short odd sentence is stronger than symbols.</source>
        <translation>This password is too easy to guess. Add a few words of your own that do not go together: a short odd sentence is stronger than symbols.</translation>
    </message>
    <message>
        <source>A single word, even with a few digits, is easy to guess.</source>
        <translation>A single word, even with a few digits, is easy to guess.</translation>
    </message>
    <message numerus="yes">
        <source>A statement covers at most %n day(s): choose a shorter period.</source>
        <translation>
            <numerusform>A statement covers at most %n day: choose a shorter period.</numerusform>
            <numerusform>A statement covers at most %n days: choose a shorter period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the hours a week as a number.</source>
        <translation>Type the hours a week as a number.</translation>
    </message>
    <message>
        <source>The hours you will work must be fewer than the hours of the full-time job.</source>
        <translation>The hours you will work must be fewer than the hours of the full-time job.</translation>
    </message>
    <message>
        <source>This is not a date: type the first day of work as day/month/year.</source>
        <translation>This is not a date: type the first day of work as day/month/year.</translation>
    </message>
    <message>
        <source>Type the first day you will work.</source>
        <translation>Type the first day you will work.</translation>
    </message>
    <message>
        <source>Choose whether you resume at work or as a jobseeker.</source>
        <translation>Choose whether you resume at work or as a jobseeker.</translation>
    </message>
    <message>
        <source>Type the day you resume.</source>
        <translation>Type the day you resume.</translation>
    </message>
    <message numerus="yes">
        <source>A receipt holds at most %n line(s): select fewer.</source>
        <translation>
            <numerusform>A receipt holds at most %n line: select fewer.</numerusform>
            <numerusform>A receipt holds at most %n lines: select fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A statement covers at most the %n year(s) before this one.</source>
        <translation>
            <numerusform>A statement covers at most the %n year before this one.</numerusform>
            <numerusform>A statement covers at most the %n years before this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a medical adviser&apos;s decision.</source>
        <translation>This is a medical adviser&apos;s decision.</translation>
    </message>
    <message>
        <source>This request has been decided meanwhile: the list shows it now.</source>
        <translation>This request has been decided meanwhile: the list shows it now.</translation>
    </message>
    <message>
        <source>Choose the kind of certificate.</source>
        <translation>Choose the kind of certificate.</translation>
    </message>
    <message>
        <source>For a first certificate, choose the member&apos;s work status.</source>
        <translation>For a first certificate, choose the member&apos;s work status.</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, as the certificate gives it.</source>
        <translation>Type the doctor&apos;s name, as the certificate gives it.</translation>
    </message>
    <message>
        <source>Write the reason for the refusal, for the member.</source>
        <translation>Write the reason for the refusal, for the member.</translation>
    </message>
    <message>
        <source>This certificate is no longer in the queue.</source>
        <translation>This certificate is no longer in the queue.</translation>
    </message>
    <message>
        <source>This request is no longer in the queue.</source>
        <translation>This request is no longer in the queue.</translation>
    </message>
    <message>
        <source>This certificate starts a new incapacity: choose the member&apos;s work status.</source>
        <translation>This certificate starts a new incapacity: choose the member&apos;s work status.</translation>
    </message>
    <message>
        <source>This certificate starts before the member&apos;s first period of incapacity: check its dates, or ask the medical adviser.</source>
        <translation>This certificate starts before the member&apos;s first period of incapacity: check its dates, or ask the medical adviser.</translation>
    </message>
    <message>
        <source>This appointment has begun: it can no longer be moved or cancelled.</source>
        <translation>This appointment has begun: it can no longer be moved or cancelled.</translation>
    </message>
    <message>
        <source>This appointment is not confirmed yet: its confirmation can be printed once it is.</source>
        <translation>This appointment is not confirmed yet: its confirmation can be printed once it is.</translation>
    </message>
    <message>
        <source>Choose how long each slot lasts.</source>
        <translation>Choose how long each slot lasts.</translation>
    </message>
    <message>
        <source>This appointment is not in this file.</source>
        <translation>This appointment is not in this file.</translation>
    </message>
    <message>
        <source>A clerk opens and withdraws the slots of their own agency.</source>
        <translation>A clerk opens and withdraws the slots of their own agency.</translation>
    </message>
    <message>
        <source>A slot ticked is booked: cancel its appointment first.</source>
        <translation>A slot ticked is booked: cancel its appointment first.</translation>
    </message>
    <message>
        <source>This time has already begun: choose a later one.</source>
        <translation>This time has already begun: choose a later one.</translation>
    </message>
    <message>
        <source>Someone booked this time just before you: choose another one.</source>
        <translation>Someone booked this time just before you: choose another one.</translation>
    </message>
    <message>
        <source>Choose at least one slot.</source>
        <translation>Choose at least one slot.</translation>
    </message>
    <message>
        <source>Too many slots at once: do it in smaller groups.</source>
        <translation>Too many slots at once: do it in smaller groups.</translation>
    </message>
    <message>
        <source>This agency is not known: choose one in the list.</source>
        <translation>This agency is not known: choose one in the list.</translation>
    </message>
    <message>
        <source>Choose whom you would like to see.</source>
        <translation>Choose whom you would like to see.</translation>
    </message>
    <message>
        <source>This terminal prints no tickets. Please ask at the counter.</source>
        <translation>This terminal prints no tickets. Please ask at the counter.</translation>
    </message>
    <message>
        <source>This terminal has printed all its tickets for today. Please ask at the counter.</source>
        <translation>This terminal has printed all its tickets for today. Please ask at the counter.</translation>
    </message>
    <message>
        <source>Your staff account belongs to no agency: ask a supervisor.</source>
        <translation>Your staff account belongs to no agency: ask a supervisor.</translation>
    </message>
    <message>
        <source>This terminal is not registered at an agency: its tickets are not taken.</source>
        <translation>This terminal is not registered at an agency: its tickets are not taken.</translation>
    </message>
    <message>
        <source>This ticket&apos;s letter is not this terminal&apos;s: it is not taken.</source>
        <translation>This ticket&apos;s letter is not this terminal&apos;s: it is not taken.</translation>
    </message>
    <message>
        <source>This ticket number was given already today.</source>
        <translation>This ticket number was given already today.</translation>
    </message>
    <message>
        <source>Type the admission date as day/month/year.</source>
        <translation>Type the admission date as day/month/year.</translation>
    </message>
    <message>
        <source>Type the planned admission date.</source>
        <translation>Type the planned admission date.</translation>
    </message>
    <message>
        <source>The admission date cannot be before today.</source>
        <translation>The admission date cannot be before today.</translation>
    </message>
    <message>
        <source>Type a whole number of nights, at most %1.</source>
        <translation>Type a whole number of nights, at most %1.</translation>
    </message>
    <message>
        <source>Type the number of nights you expect to stay.</source>
        <translation>Type the number of nights you expect to stay.</translation>
    </message>
    <message>
        <source>The accident happened before its care: check the day.</source>
        <translation>The accident happened before its care: check the day.</translation>
    </message>
    <message>
        <source>Type the day of the accident as day/month/year.</source>
        <translation>Type the day of the accident as day/month/year.</translation>
    </message>
    <message>
        <source>Type the day the accident happened.</source>
        <translation>Type the day the accident happened.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Write what happened.</translation>
    </message>
    <message>
        <source>Choose where it happened.</source>
        <translation>Choose where it happened.</translation>
    </message>
    <message>
        <source>Type where the accident happened.</source>
        <translation>Type where the accident happened.</translation>
    </message>
    <message>
        <source>Print it: each person signs their own declaration.</source>
        <translation>Print it: each person signs their own declaration.</translation>
    </message>
    <message>
        <source>This declaration was returned already.</source>
        <translation>This declaration was returned already.</translation>
    </message>
    <message>
        <source>This declaration was not returned yet.</source>
        <translation>This declaration was not returned yet.</translation>
    </message>
    <message>
        <source>It came in before we asked for it: check the day.</source>
        <translation>It came in before we asked for it: check the day.</translation>
    </message>
    <message>
        <source>Type the name of whoever may be liable.</source>
        <translation>Type the name of whoever may be liable.</translation>
    </message>
    <message>
        <source>This declaration is not in this file.</source>
        <translation>This declaration is not in this file.</translation>
    </message>
    <message>
        <source>This ticket&apos;s time is wrong: check the terminal&apos;s clock.</source>
        <translation>This ticket&apos;s time is wrong: check the terminal&apos;s clock.</translation>
    </message>
    <message>
        <source>This action is no longer known here: do it again.</source>
        <translation>This action is no longer known here: do it again.</translation>
    </message>
    <message>
        <source>Open the member&apos;s file to register it.</source>
        <translation>Open the member&apos;s file to register it.</translation>
    </message>
    <message>
        <source>The member&apos;s agency or a supervisor handles it.</source>
        <translation>The member&apos;s agency or a supervisor handles it.</translation>
    </message>
    <message>
        <source>This certificate starts on a day your previous certificate already covers.</source>
        <translation>This certificate starts on a day your previous certificate already covers.</translation>
    </message>
    <message>
        <source>We cannot do this here</source>
        <translation>We cannot do this here</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>The national number or the password is not right.</source>
        <translation>The national number or the password is not right.</translation>
    </message>
    <message>
        <source>The signed form could not be read. Please try again, or go to the counter.</source>
        <translation>The signed form could not be read. Please try again, or go to the counter.</translation>
    </message>
    <message>
        <source>The mutuality could not check that this request was made during your visit. Please go to the counter.</source>
        <translation>The mutuality could not check that this request was made during your visit. Please go to the counter.</translation>
    </message>
    <message>
        <source>Your incapacity started on %1: you resume after that day.</source>
        <translation>Your incapacity started on %1: you resume after that day.</translation>
    </message>
    <message>
        <source>The day you resume is not after the start of your incapacity.</source>
        <translation>The day you resume is not after the start of your incapacity.</translation>
    </message>
    <message>
        <source>Your incapacity started on %1: part-time work starts after that day.</source>
        <translation>Your incapacity started on %1: part-time work starts after that day.</translation>
    </message>
    <message>
        <source>Part-time work starts after the first day of your incapacity.</source>
        <translation>Part-time work starts after the first day of your incapacity.</translation>
    </message>
    <message>
        <source>A return can be declared up to %1 at the latest.</source>
        <translation>A return can be declared up to %1 at the latest.</translation>
    </message>
    <message>
        <source>This day is too far ahead to declare a return now.</source>
        <translation>This day is too far ahead to declare a return now.</translation>
    </message>
    <message>
        <source>Your online account is deactivated. Use &quot;I cannot log in&quot; or go to the counter.</source>
        <translation>Your online account is deactivated. Use &quot;I cannot log in&quot; or go to the counter.</translation>
    </message>
    <message>
        <source>Your online account is not active yet: use the login details sent by post.</source>
        <translation>Your online account is not active yet: use the login details sent by post.</translation>
    </message>
    <message>
        <source>A certificate needs a first and a last day: type both.</source>
        <translation>A certificate needs a first and a last day: type both.</translation>
    </message>
    <message>
        <source>The last day of the certificate is before its first day.</source>
        <translation>The last day of the certificate is before its first day.</translation>
    </message>
    <message>
        <source>Type the name of your employer.</source>
        <translation>Type the name of your employer.</translation>
    </message>
    <message>
        <source>The employer&apos;s name is too long: please shorten it.</source>
        <translation>The employer&apos;s name is too long: please shorten it.</translation>
    </message>
    <message>
        <source>Your file cannot be found here: please go to the counter.</source>
        <translation>Your file cannot be found here: please go to the counter.</translation>
    </message>
    <message>
        <source>Type the national number of the member you depend on, not your own.</source>
        <translation>Type the national number of the member you depend on, not your own.</translation>
    </message>
    <message>
        <source>Your date of birth cannot be read from your card. Please go to the counter.</source>
        <translation>Your date of birth cannot be read from your card. Please go to the counter.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Choose one of the languages offered.</translation>
    </message>
    <message>
        <source>The address on your card has no Belgian postcode: please go to the counter to join.</source>
        <translation>The address on your card has no Belgian postcode: please go to the counter to join.</translation>
    </message>
    <message>
        <source>Choose between 1 and %1.</source>
        <translation>Choose between 1 and %1.</translation>
    </message>
    <message>
        <source>Choose whether you join as a holder or as a dependant of a member.</source>
        <translation>Choose whether you join as a holder or as a dependant of a member.</translation>
    </message>
    <message>
        <source>A letter is already on its way to you: please wait for it.</source>
        <translation>A letter is already on its way to you: please wait for it.</translation>
    </message>
    <message>
        <source>There is no online account for this national number.</source>
        <translation>There is no online account for this national number.</translation>
    </message>
    <message>
        <source>Type your national number: 11 digits, for example 85.07.30-033.28.</source>
        <translation>Type your national number: 11 digits, for example 85.07.30-033.28.</translation>
    </message>
    <message>
        <source>Please press Next to be asked for a new code of your token card.</source>
        <translation>Please press Next to be asked for a new code of your token card.</translation>
    </message>
    <message>
        <source>This national number is not valid: check its 11 digits.</source>
        <translation>This national number is not valid: check its 11 digits.</translation>
    </message>
    <message>
        <source>We do not find a holder with this national number.</source>
        <translation>We do not find a holder with this national number.</translation>
    </message>
    <message>
        <source>Type the national number of the member you depend on.</source>
        <translation>Type the national number of the member you depend on.</translation>
    </message>
    <message>
        <source>You are already a member of the mutuality.</source>
        <translation>You are already a member of the mutuality.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Example: 0470 12 34 56.</source>
        <translation>This phone number is not valid. Example: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>This email address is not valid. Example: name@example.be.</source>
        <translation>This email address is not valid. Example: name@example.be.</translation>
    </message>
    <message>
        <source>Give a phone number or an email address so we can answer you.</source>
        <translation>Give a phone number or an email address so we can answer you.</translation>
    </message>
    <message>
        <source>Choose your current mutuality in the list.</source>
        <translation>Choose your current mutuality in the list.</translation>
    </message>
    <message>
        <source>No member has this national number.</source>
        <translation>No member has this national number.</translation>
    </message>
    <message>
        <source>An online account can be opened from the age of majority.</source>
        <translation>An online account can be opened from the age of majority.</translation>
    </message>
    <message>
        <source>You already have an online account.</source>
        <translation>You already have an online account.</translation>
    </message>
    <message>
        <source>You are not a member of the mutuality.</source>
        <translation>You are not a member of the mutuality.</translation>
    </message>
    <message>
        <source>The connection to the mutuality is down. Please try again later.</source>
        <translation>The connection to the mutuality is down. Please try again later.</translation>
    </message>
    <message>
        <source>Please check what you typed.</source>
        <translation>Please check what you typed.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until %1.</source>
        <translation>Too many wrong tries: this account is locked until %1.</translation>
    </message>
    <message>
        <source>This request cannot be sent as it is. Please check what you typed.</source>
        <translation>This request cannot be sent as it is. Please check what you typed.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again, or go to the counter.</source>
        <translation>Something went wrong. Please try again, or go to the counter.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>The period cannot end after today.</source>
        <translation>The period cannot end after today.</translation>
    </message>
    <message>
        <source>This information is not available in your file.</source>
        <translation>This information is not available in your file.</translation>
    </message>
    <message>
        <source>A European health insurance card needs cover in order: it is not, for this person. Please contact the counter.</source>
        <translation>A European health insurance card needs cover in order: it is not, for this person. Please contact the counter.</translation>
    </message>
    <message>
        <source>Your visit has ended. Please log in again.</source>
        <translation>Your visit has ended. Please log in again.</translation>
    </message>
    <message>
        <source>You already ordered this: it is on its way.</source>
        <translation>You already ordered this: it is on its way.</translation>
    </message>
    <message>
        <source>Another colleague has taken it: only a supervisor takes it over.</source>
        <translation>Another colleague has taken it: only a supervisor takes it over.</translation>
    </message>
    <message>
        <source>This is a supervisor&apos;s decision.</source>
        <translation>This is a supervisor&apos;s decision.</translation>
    </message>
    <message>
        <source>This has been done meanwhile: the list shows it now.</source>
        <translation>This has been done meanwhile: the list shows it now.</translation>
    </message>
    <message>
        <source>The letters changed meanwhile: the list shows them again.</source>
        <translation>The letters changed meanwhile: the list shows them again.</translation>
    </message>
    <message>
        <source>A blocking form counts from the dependant&apos;s majority.</source>
        <translation>A blocking form counts from the dependant&apos;s majority.</translation>
    </message>
    <message>
        <source>Only a dependant returns a blocking form.</source>
        <translation>Only a dependant returns a blocking form.</translation>
    </message>
    <message>
        <source>This online account is not deactivated.</source>
        <translation>This online account is not deactivated.</translation>
    </message>
    <message>
        <source>This question is no longer in the queue.</source>
        <translation>This question is no longer in the queue.</translation>
    </message>
    <message>
        <source>This order is no longer in the queue.</source>
        <translation>This order is no longer in the queue.</translation>
    </message>
    <message>
        <source>The signature of your card could not be checked. Please go to the counter.</source>
        <translation>The signature of your card could not be checked. Please go to the counter.</translation>
    </message>
    <message>
        <source>Only the paper version of this document exists: ask the counter.</source>
        <translation>Only the paper version of this document exists: ask the counter.</translation>
    </message>
    <message>
        <source>To change your bank account, log in with your eID card or your federal token.</source>
        <translation>To change your bank account, log in with your eID card or your federal token.</translation>
    </message>
    <message>
        <source>This mobile number is not valid. Example: 0470 12 34 56.</source>
        <translation>This mobile number is not valid. Example: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>A Belgian mobile number starts with 04. Example: 0470 12 34 56.</source>
        <translation>A Belgian mobile number starts with 04. Example: 0470 12 34 56.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Type the account number (IBAN).</source>
        <translation>Type the account number (IBAN).</translation>
    </message>
    <message>
        <source>This account number is not right: a digit is wrong or missing. Check it on your bank card or statement.</source>
        <translation>This account number is not right: a digit is wrong or missing. Check it on your bank card or statement.</translation>
    </message>
    <message>
        <source>This is not an account number (IBAN). Example: BE68 5390 0754 7034.</source>
        <translation>This is not an account number (IBAN). Example: BE68 5390 0754 7034.</translation>
    </message>
    <message>
        <source>This is already the account in your file.</source>
        <translation>This is already the account in your file.</translation>
    </message>
    <message>
        <source>Select at least one line for the receipt.</source>
        <translation>Select at least one line for the receipt.</translation>
    </message>
    <message>
        <source>A statement is made in French, Dutch or German.</source>
        <translation>A statement is made in French, Dutch or German.</translation>
    </message>
    <message>
        <source>Give your question a title.</source>
        <translation>Give your question a title.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Write the answer.</translation>
    </message>
    <message>
        <source>Write the reason for the member.</source>
        <translation>Write the reason for the member.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Choose the reason.</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>The date cannot be after today.</translation>
    </message>
    <message>
        <source>Write your question.</source>
        <translation>Write your question.</translation>
    </message>
    <message>
        <source>To be answered by email, give your email address.</source>
        <translation>To be answered by email, give your email address.</translation>
    </message>
    <message>
        <source>To be answered by phone, give a phone or mobile number.</source>
        <translation>To be answered by phone, give a phone or mobile number.</translation>
    </message>
    <message>
        <source>Choose how we answer you: email, letter or phone.</source>
        <translation>Choose how we answer you: email, letter or phone.</translation>
    </message>
    <message>
        <source>Choose what your question is about.</source>
        <translation>Choose what your question is about.</translation>
    </message>
    <message>
        <source>This text is too long: please make it shorter.</source>
        <translation>This text is too long: please make it shorter.</translation>
    </message>
    <message>
        <source>This document is ordered one at a time, for one person.</source>
        <translation>This document is ordered one at a time, for one person.</translation>
    </message>
    <message>
        <source>Choose the documents you need.</source>
        <translation>Choose the documents you need.</translation>
    </message>
    <message>
        <source>Signing with your card…</source>
        <translation>Signing with your card…</translation>
    </message>
    <message>
        <source>official-receipt</source>
        <translation>official-receipt</translation>
    </message>
    <message>
        <source>indemnity-statement</source>
        <translation>indemnity-statement</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Printing… please wait.</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>Waiting for the printer…</translation>
    </message>
    <message>
        <source>Printed: take your document from the printer.</source>
        <translation>Printed: take your document from the printer.</translation>
    </message>
    <message>
        <source>This terminal has no printer. Please ask at the counter.</source>
        <translation>This terminal has no printer. Please ask at the counter.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please ask at the counter.</source>
        <translation>The printer cannot be reached. Please ask at the counter.</translation>
    </message>
    <message>
        <source>The printer is out of service. Please ask at the counter.</source>
        <translation>The printer is out of service. Please ask at the counter.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Please ask a staff member to refill it.</source>
        <translation>The printer is out of paper. Please ask a staff member to refill it.</translation>
    </message>
    <message>
        <source>The paper is jammed in the printer. Please ask a staff member.</source>
        <translation>The paper is jammed in the printer. Please ask a staff member.</translation>
    </message>
    <message>
        <source>The printer has a problem. Please ask a staff member.</source>
        <translation>The printer has a problem. Please ask a staff member.</translation>
    </message>
    <message>
        <source>The printing was cancelled.</source>
        <translation>The printing was cancelled.</translation>
    </message>
    <message>
        <source>The printer did not finish in time. Please ask at the counter.</source>
        <translation>The printer did not finish in time. Please ask at the counter.</translation>
    </message>
    <message>
        <source>The document could not be printed. Please ask at the counter.</source>
        <translation>The document could not be printed. Please ask at the counter.</translation>
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
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Incapacity</source>
        <translation>Incapacity</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Hospital stay</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Reimbursements</translation>
    </message>
    <message>
        <source>Indemnities</source>
        <translation>Indemnities</translation>
    </message>
    <message>
        <source>My incapacity</source>
        <translation>My incapacity</translation>
    </message>
    <message>
        <source>Global medical file (DMG)</source>
        <translation>Global medical file (DMG)</translation>
    </message>
    <message>
        <source>Maximum billing (MAF)</source>
        <translation>Maximum billing (MAF)</translation>
    </message>
    <message>
        <source>Young savers</source>
        <translation>Young savers</translation>
    </message>
    <message>
        <source>Medical agreements</source>
        <translation>Medical agreements</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Order documents</source>
        <translation>Order documents</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>Contact us</translation>
    </message>
    <message>
        <source>Sign the change of bank account</source>
        <translation>Sign the change of bank account</translation>
    </message>
    <message>
        <source>Accident declarations</source>
        <translation>Accident declarations</translation>
    </message>
    <message>
        <source>Preparing a hospital stay</source>
        <translation>Preparing a hospital stay</translation>
    </message>
    <message>
        <source>Fees and reimbursements</source>
        <translation>Fees and reimbursements</translation>
    </message>
    <message>
        <source>Physiotherapy for a serious condition (E list)</source>
        <translation>Physiotherapy for a serious condition (E list)</translation>
    </message>
    <message>
        <source>Status of person with a chronic illness</source>
        <translation>Status of person with a chronic illness</translation>
    </message>
    <message>
        <source>Orthodontic treatment</source>
        <translation>Orthodontic treatment</translation>
    </message>
    <message>
        <source>Medicine under conditions (chapter IV)</source>
        <translation>Medicine under conditions (chapter IV)</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Home nursing</translation>
    </message>
    <message>
        <source>No answer yet: look in the queue before registering it again.</source>
        <translation>No answer yet: look in the queue before registering it again.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The certificate is registered.</source>
        <translation>The certificate is registered.</translation>
    </message>
    <message>
        <source>accident-declaration</source>
        <translation>accident-declaration</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer. It waits on this counter until the connection is back.</source>
        <translation>Sent to the mutuality: waiting for its answer. It waits on this counter until the connection is back.</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer.</source>
        <translation>Sent to the mutuality: waiting for its answer.</translation>
    </message>
    <message>
        <source>It waits on this counter until the connection is back.</source>
        <translation>It waits on this counter until the connection is back.</translation>
    </message>
    <message>
        <source>The declaration is registered as returned.</source>
        <translation>The declaration is registered as returned.</translation>
    </message>
    <message>
        <source>No answer yet: look at the list again before registering it again.</source>
        <translation>No answer yet: look at the list again before registering it again.</translation>
    </message>
    <message>
        <source>a confidential incapacity certificate</source>
        <translation>a confidential incapacity certificate</translation>
    </message>
    <message>
        <source>a European health insurance card</source>
        <translation>a European health insurance card</translation>
    </message>
    <message>
        <source>Pink stickers</source>
        <translation>Pink stickers</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Envelopes</translation>
    </message>
    <message>
        <source>Incapacity certificate</source>
        <translation>Incapacity certificate</translation>
    </message>
    <message>
        <source>European card</source>
        <translation>European card</translation>
    </message>
    <message>
        <source>leaving this terminal</source>
        <translation>leaving this terminal</translation>
    </message>
    <message>
        <source>sent to the mutuality</source>
        <translation>sent to the mutuality</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>being prepared</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>sent on %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>your cover is not in order: please contact the counter</source>
        <translation>your cover is not in order: please contact the counter</translation>
    </message>
    <message>
        <source>the same documents were sent a short while ago</source>
        <translation>the same documents were sent a short while ago</translation>
    </message>
    <message>
        <source>your address must be checked at the counter first</source>
        <translation>your address must be checked at the counter first</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation>see the note</translation>
    </message>
    <message>
        <source>A reimbursement</source>
        <translation>A reimbursement</translation>
    </message>
    <message>
        <source>Incapacity for work</source>
        <translation>Incapacity for work</translation>
    </message>
    <message>
        <source>Stickers, certificates, European card</source>
        <translation>Stickers, certificates, European card</translation>
    </message>
    <message>
        <source>My membership, my dependants</source>
        <translation>My membership, my dependants</translation>
    </message>
    <message>
        <source>My online account</source>
        <translation>My online account</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>authorised on %1</source>
        <translation>authorised on %1</translation>
    </message>
    <message>
        <source>refused on %1</source>
        <translation>refused on %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late: indemnity cut until the day it was sent</source>
        <translation>late: indemnity cut until the day it was sent</translation>
    </message>
    <message>
        <source>too late: no indemnity from its start</source>
        <translation>too late: no indemnity from its start</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>too late</source>
        <translation>too late</translation>
    </message>
    <message>
        <source>First certificate</source>
        <translation>First certificate</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>Return to work</translation>
    </message>
    <message>
        <source>Partial resumption</source>
        <translation>Partial resumption</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>electronic</translation>
    </message>
    <message>
        <source>declared by the member</source>
        <translation>declared by the member</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Part time</translation>
    </message>
    <message>
        <source>From %1: %2 of %3 h a week, %4</source>
        <translation>From %1: %2 of %3 h a week, %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Partial resumption request of %1</source>
        <translation>Partial resumption request of %1</translation>
    </message>
    <message>
        <source>Certificate received on %1</source>
        <translation>Certificate received on %1</translation>
    </message>
    <message>
        <source>signed at a terminal</source>
        <translation>signed at a terminal</translation>
    </message>
    <message>
        <source>on paper, at the counter</source>
        <translation>on paper, at the counter</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>on paper</translation>
    </message>
    <message>
        <source>signed online</source>
        <translation>signed online</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Accident declaration received on %1</source>
        <translation>Accident declaration received on %1</translation>
    </message>
    <message>
        <source>at work or on the way to work</source>
        <translation>at work or on the way to work</translation>
    </message>
    <message>
        <source>at school</source>
        <translation>at school</translation>
    </message>
    <message>
        <source>on the road</source>
        <translation>on the road</translation>
    </message>
    <message>
        <source>during sport</source>
        <translation>during sport</translation>
    </message>
    <message>
        <source>at home or in private life</source>
        <translation>at home or in private life</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>elsewhere</translation>
    </message>
    <message>
        <source>Its answers are on the paper declaration.</source>
        <translation>Its answers are on the paper declaration.</translation>
    </message>
    <message>
        <source>The member says it was not an accident.</source>
        <translation>The member says it was not an accident.</translation>
    </message>
    <message>
        <source>An accident, %1</source>
        <translation>An accident, %1</translation>
    </message>
    <message>
        <source>Happened on %1</source>
        <translation>Happened on %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>What happened: %1</translation>
    </message>
    <message>
        <source>Third party: %1</source>
        <translation>Third party: %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>not named</translation>
    </message>
    <message>
        <source>Their insurer: %1, policy %2</source>
        <translation>Their insurer: %1, policy %2</translation>
    </message>
    <message>
        <source>No third party.</source>
        <translation>No third party.</translation>
    </message>
    <message>
        <source>Police report: %1</source>
        <translation>Police report: %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <source>Presumed accident of %1</source>
        <translation>Presumed accident of %1</translation>
    </message>
    <message>
        <source>To be returned by %1</source>
        <translation>To be returned by %1</translation>
    </message>
    <message>
        <source>Self-employed activity: %1</source>
        <translation>Self-employed activity: %1</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Employer: %1</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Starts on %1</translation>
    </message>
    <message>
        <source>%1 h a week of %2 h full time (%3 %)</source>
        <translation>%1 h a week of %2 h full time (%3 %)</translation>
    </message>
    <message>
        <source>Reached us on %1: %2</source>
        <translation>Reached us on %1: %2</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation>Covers %1</translation>
    </message>
    <message>
        <source>Received on %1, %2</source>
        <translation>Received on %1, %2</translation>
    </message>
    <message>
        <source>Doctor: %1</source>
        <translation>Doctor: %1</translation>
    </message>
    <message>
        <source>incapacity-certificate-employee</source>
        <translation>incapacity-certificate-employee</translation>
    </message>
    <message>
        <source>incapacity-certificate-self-employed</source>
        <translation>incapacity-certificate-self-employed</translation>
    </message>
    <message>
        <source>secondary-activity-declaration</source>
        <translation>secondary-activity-declaration</translation>
    </message>
    <message>
        <source>return-to-work-employee</source>
        <translation>return-to-work-employee</translation>
    </message>
    <message>
        <source>return-to-work-self-employed</source>
        <translation>return-to-work-self-employed</translation>
    </message>
    <message>
        <source>part-time-request-employee</source>
        <translation>part-time-request-employee</translation>
    </message>
    <message>
        <source>part-time-request-self-employed</source>
        <translation>part-time-request-self-employed</translation>
    </message>
    <message>
        <source>voluntary-work-request</source>
        <translation>voluntary-work-request</translation>
    </message>
    <message>
        <source>appointment-confirmation</source>
        <translation>appointment-confirmation</translation>
    </message>
    <message>
        <source>No slot fits between these times: check the hours.</source>
        <translation>No slot fits between these times: check the hours.</translation>
    </message>
    <message>
        <source>The slots are open.</source>
        <translation>The slots are open.</translation>
    </message>
    <message>
        <source>The slots are withdrawn.</source>
        <translation>The slots are withdrawn.</translation>
    </message>
    <message>
        <source>No answer yet: look at the day&apos;s list before sending it again.</source>
        <translation>No answer yet: look at the day&apos;s list before sending it again.</translation>
    </message>
    <message>
        <source>hospital-stay-summary</source>
        <translation>hospital-stay-summary</translation>
    </message>
    <message>
        <source>The household&apos;s reimbursements are held: an accident declaration was not returned by %1. Register the paper one received under %2, or the member signs it at a terminal.</source>
        <translation>The household&apos;s reimbursements are held: an accident declaration was not returned by %1. Register the paper one received under %2, or the member signs it at a terminal.</translation>
    </message>
    <message>
        <source>Your household&apos;s reimbursements are held: an accident declaration was not returned by %1. Return it here (%2) or at the counter.</source>
        <translation>Your household&apos;s reimbursements are held: an accident declaration was not returned by %1. Return it here (%2) or at the counter.</translation>
    </message>
    <message>
        <source>Your household&apos;s reimbursements are held: an accident declaration of another member of your household was not returned by %1. That person returns it at a terminal (%2) or at the counter.</source>
        <translation>Your household&apos;s reimbursements are held: an accident declaration of another member of your household was not returned by %1. That person returns it at a terminal (%2) or at the counter.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Take your ticket from the printer.</translation>
    </message>
    <message>
        <source>No answer from the central database yet: the call waits to be sent.</source>
        <translation>No answer from the central database yet: the call waits to be sent.</translation>
    </message>
    <message>
        <source>The central database cannot be reached: the call is sent when it is.</source>
        <translation>The central database cannot be reached: the call is sent when it is.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Sending to %1…</translation>
    </message>
    <message>
        <source>Sending to your e-mail…</source>
        <translation>Sending to your e-mail…</translation>
    </message>
    <message>
        <source>Queued: it leaves when the terminal is connected again.</source>
        <translation>Queued: it leaves when the terminal is connected again.</translation>
    </message>
    <message>
        <source>Queued: it leaves in a few minutes.</source>
        <translation>Queued: it leaves in a few minutes.</translation>
    </message>
    <message>
        <source>Sent to your e-mail at %1.</source>
        <translation>Sent to your e-mail at %1.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent. Print the document, or ask at the counter.</source>
        <translation>The e-mail could not be sent. Print the document, or ask at the counter.</translation>
    </message>
</context>
<context>
    <name>AccessBar</name>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Speech guidance</source>
        <translation>Speech guidance</translation>
    </message>
    <message>
        <source>Reads the screen aloud. Key: plus on the keypad.</source>
        <translation>Reads the screen aloud. Key: plus on the keypad.</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Large text and high contrast</translation>
    </message>
    <message>
        <source>Shows larger text in yellow and white on black. Key: slash on the keypad.</source>
        <translation>Shows larger text in yellow and white on black. Key: slash on the keypad.</translation>
    </message>
</context>
<context>
    <name>AccidentFormView</name>
    <message>
        <source>Say whether it was an accident.</source>
        <translation>Say whether it was an accident.</translation>
    </message>
    <message>
        <source>You sign the declaration with your eID card and PIN code.</source>
        <translation>You sign the declaration with your eID card and PIN code.</translation>
    </message>
    <message>
        <source>%1 signs this declaration with their own eID card: at a terminal, or by hand once you print it filled in.</source>
        <translation>%1 signs this declaration with their own eID card: at a terminal, or by hand once you print it filled in.</translation>
    </message>
    <message>
        <source>The member signs the declaration with their eID card at a terminal, or by hand: print it filled in, and register it once it comes back signed.</source>
        <translation>The member signs the declaration with their eID card at a terminal, or by hand: print it filled in, and register it once it comes back signed.</translation>
    </message>
    <message>
        <source>Signing needs your eID card in the reader: log in with your card to send it here, or print it filled in, sign it and return it to us.</source>
        <translation>Signing needs your eID card in the reader: log in with your card to send it here, or print it filled in, sign it and return it to us.</translation>
    </message>
    <message>
        <source>A password proves who you are but cannot sign: only your eID card can. Log in with your card to send it here, or print it filled in, sign it and return it to us.</source>
        <translation>A password proves who you are but cannot sign: only your eID card can. Log in with your card to send it here, or print it filled in, sign it and return it to us.</translation>
    </message>
    <message>
        <source>Accident declaration: care of %1 (%2)</source>
        <translation>Accident declaration: care of %1 (%2)</translation>
    </message>
    <message>
        <source>Answer for the care below. If it was not an accident, say so: the declaration must be returned all the same.</source>
        <translation>Answer for the care below. If it was not an accident, say so: the declaration must be returned all the same.</translation>
    </message>
    <message>
        <source>It was not an accident</source>
        <translation>It was not an accident</translation>
    </message>
    <message>
        <source>It was an accident</source>
        <translation>It was an accident</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <translation>Where did it happen?</translation>
    </message>
    <message>
        <source>At work or on the way to work</source>
        <translation>At work or on the way to work</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>At school</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>On the road</translation>
    </message>
    <message>
        <source>During sport</source>
        <translation>During sport</translation>
    </message>
    <message>
        <source>At home or in private life</source>
        <translation>At home or in private life</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elsewhere</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where (address or place)</source>
        <translation>Where (address or place)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Their name</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Their address</translation>
    </message>
    <message>
        <source>Their insurer</source>
        <translation>Their insurer</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Police report number (if any)</source>
        <translation>Police report number (if any)</translation>
    </message>
    <message>
        <source>Someone else may be liable</source>
        <translation>Someone else may be liable</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Print it filled in</source>
        <translation>Print it filled in</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Sign with my card</translation>
    </message>
</context>
<context>
    <name>AccidentSignView</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Wrong PIN code. %n try left.</numerusform>
            <numerusform>Wrong PIN code. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>A PIN code has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign your accident declaration for the care of %1.</source>
        <translation>Type your PIN code to sign your accident declaration for the care of %1.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN code</translation>
    </message>
</context>
<context>
    <name>AccidentsPage</name>
    <message>
        <source>You have no accident declaration to return.</source>
        <translation>You have no accident declaration to return.</translation>
    </message>
    <message>
        <source>The Accidents service: %1, %2</source>
        <translation>The Accidents service: %1, %2</translation>
    </message>
    <message>
        <source>Your declaration for the care of %1 is sent to the Accidents service with the form you signed.</source>
        <translation>Your declaration for the care of %1 is sent to the Accidents service with the form you signed.</translation>
    </message>
    <message>
        <source>The member has no accident declaration to return.</source>
        <translation>The member has no accident declaration to return.</translation>
    </message>
    <message>
        <source>Your declaration for the care of %1 is sent to the Accidents service with the form you signed. It waits on this terminal until the connection is back.</source>
        <translation>Your declaration for the care of %1 is sent to the Accidents service with the form you signed. It waits on this terminal until the connection is back.</translation>
    </message>
    <message>
        <source>Care of %1 — %2</source>
        <translation>Care of %1 — %2</translation>
    </message>
    <message>
        <source>It was to be returned by %1: return it now.</source>
        <translation>It was to be returned by %1: return it now.</translation>
    </message>
    <message>
        <source>Return it by %1.</source>
        <translation>Return it by %1.</translation>
    </message>
    <message>
        <source>A declaration for care of %1 was already returned: our documents may have crossed. If this care comes from the same accident, call the Accidents service at %2 or write to %3.</source>
        <translation>A declaration for care of %1 was already returned: our documents may have crossed. If this care comes from the same accident, call the Accidents service at %2 or write to %3.</translation>
    </message>
    <message>
        <source>Your signed declaration was refused: %1</source>
        <translation>Your signed declaration was refused: %1</translation>
    </message>
    <message>
        <source>You returned it here: it is on its way to the mutuality.</source>
        <translation>You returned it here: it is on its way to the mutuality.</translation>
    </message>
    <message>
        <source>Returned at a terminal: on its way to the mutuality.</source>
        <translation>Returned at a terminal: on its way to the mutuality.</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Print it</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Register a paper declaration received</source>
        <translation>Register a paper declaration received</translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation>Fill it in</translation>
    </message>
    <message>
        <source>Care of %1 — %2: returned on %3, dealt with by the Accidents service.</source>
        <translation>Care of %1 — %2: returned on %3, dealt with by the Accidents service.</translation>
    </message>
    <message>
        <source>Care of %1 — %2: returned on %3.</source>
        <translation>Care of %1 — %2: returned on %3.</translation>
    </message>
    <message>
        <source>Accident declarations to return</source>
        <translation>Accident declarations to return</translation>
    </message>
    <message>
        <source>Some care of the member suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays the care and recovers it from whoever is liable.</source>
        <translation>Some care of the member suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays the care and recovers it from whoever is liable.</translation>
    </message>
    <message>
        <source>Some care suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays your care and recovers it from whoever is liable.</source>
        <translation>Some care suggests an accident. Returning each declaration is a legal obligation, even when it was not an accident: the mutuality pays your care and recovers it from whoever is liable.</translation>
    </message>
    <message>
        <source>Print a declaration, or register a paper one received.</source>
        <translation>Print a declaration, or register a paper one received.</translation>
    </message>
    <message>
        <source>Fill in each declaration and sign it with your card, or print it.</source>
        <translation>Fill in each declaration and sign it with your card, or print it.</translation>
    </message>
    <message>
        <source>Paper declaration received on</source>
        <translation>Paper declaration received on</translation>
    </message>
    <message>
        <source>Declarations returned</source>
        <translation>Declarations returned</translation>
    </message>
</context>
<context>
    <name>ActivationScreen</name>
    <message>
        <source>Activate your online account (e-Mut)</source>
        <translation>Activate your online account (e-Mut)</translation>
    </message>
    <message>
        <source>%1, you do not have an online account yet. With it you can see your file, order documents and follow your requests, here and at home.</source>
        <translation>%1, you do not have an online account yet. With it you can see your file, order documents and follow your requests, here and at home.</translation>
    </message>
    <message>
        <source>Your login details will be sent by post to:</source>
        <translation>Your login details will be sent by post to:</translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation>Activate my account</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Choose Activate my account to get your login details by post, or Not now.</source>
        <translation>Choose Activate my account to get your login details by post, or Not now.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>being examined</source>
        <translation>being examined</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>No medical agreement in this file.</source>
        <translation>No medical agreement in this file.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>The last time must come after the first.</source>
        <translation>The last time must come after the first.</translation>
    </message>
    <message>
        <source>An adviser</source>
        <translation>An adviser</translation>
    </message>
    <message>
        <source>The social service</source>
        <translation>The social service</translation>
    </message>
    <message>
        <source>The medical adviser</source>
        <translation>The medical adviser</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>No slot on %1 at this agency.</source>
        <translation>No slot on %1 at this agency.</translation>
    </message>
    <message>
        <source>%1: %2 booked, %3 free.</source>
        <translation>%1: %2 booked, %3 free.</translation>
    </message>
    <message>
        <source>Appointment slots</source>
        <translation>Appointment slots</translation>
    </message>
    <message>
        <source>An agency&apos;s slots of a day. Open new ones, or withdraw free ones.</source>
        <translation>An agency&apos;s slots of a day. Open new ones, or withdraw free ones.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The day&apos;s appointment slots</source>
        <translation>The day&apos;s appointment slots</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Tick free slots to withdraw them.</source>
        <translation>Tick free slots to withdraw them.</translation>
    </message>
    <message>
        <source>Withdraw the slots ticked</source>
        <translation>Withdraw the slots ticked</translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Open slots</translation>
    </message>
    <message>
        <source>Day of the new slots</source>
        <translation>Day of the new slots</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Every (minutes)</translation>
    </message>
    <message>
        <source>Open these slots</source>
        <translation>Open these slots</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Your request waits on this terminal until the connection is back: it is not confirmed yet.</source>
        <translation>Your request waits on this terminal until the connection is back: it is not confirmed yet.</translation>
    </message>
    <message>
        <source>Sent to the mutuality: waiting for its answer…</source>
        <translation>Sent to the mutuality: waiting for its answer…</translation>
    </message>
    <message>
        <source>Booked: %1 at %2.</source>
        <translation>Booked: %1 at %2.</translation>
    </message>
    <message>
        <source>Someone booked this time just before you. Here are the next free times of the same agency and service: choose one.</source>
        <translation>Someone booked this time just before you. Here are the next free times of the same agency and service: choose one.</translation>
    </message>
    <message>
        <source>Your cancellation waits on this terminal until the connection is back.</source>
        <translation>Your cancellation waits on this terminal until the connection is back.</translation>
    </message>
    <message>
        <source>Your cancellation is on its way to the mutuality…</source>
        <translation>Your cancellation is on its way to the mutuality…</translation>
    </message>
    <message>
        <source>Your appointment is cancelled.</source>
        <translation>Your appointment is cancelled.</translation>
    </message>
    <message>
        <source>No answer yet: your request waits to be confirmed. My appointments shows it until then.</source>
        <translation>No answer yet: your request waits to be confirmed. My appointments shows it until then.</translation>
    </message>
    <message>
        <source>Choose a free time in the list.</source>
        <translation>Choose a free time in the list.</translation>
    </message>
    <message>
        <source>The request waits on this terminal until the connection is back: it is not confirmed yet.</source>
        <translation>The request waits on this terminal until the connection is back: it is not confirmed yet.</translation>
    </message>
    <message>
        <source>Someone else booked this time just before. Here are the next free times of the same agency and service: choose one with the member.</source>
        <translation>Someone else booked this time just before. Here are the next free times of the same agency and service: choose one with the member.</translation>
    </message>
    <message>
        <source>The cancellation waits on this terminal until the connection is back.</source>
        <translation>The cancellation waits on this terminal until the connection is back.</translation>
    </message>
    <message>
        <source>The cancellation is on its way to the mutuality…</source>
        <translation>The cancellation is on its way to the mutuality…</translation>
    </message>
    <message>
        <source>The member&apos;s appointment is cancelled.</source>
        <translation>The member&apos;s appointment is cancelled.</translation>
    </message>
    <message>
        <source>No answer yet: the request waits to be confirmed. The member&apos;s appointments show it until then.</source>
        <translation>No answer yet: the request waits to be confirmed. The member&apos;s appointments show it until then.</translation>
    </message>
    <message>
        <source>Cancel your appointment of %1 at %2?</source>
        <translation>Cancel your appointment of %1 at %2?</translation>
    </message>
    <message>
        <source>Cancel the member&apos;s appointment of %1 at %2?</source>
        <translation>Cancel the member&apos;s appointment of %1 at %2?</translation>
    </message>
    <message>
        <source>The member has no appointment coming.</source>
        <translation>The member has no appointment coming.</translation>
    </message>
    <message>
        <source>The member&apos;s coming appointments at our agencies.</source>
        <translation>The member&apos;s coming appointments at our agencies.</translation>
    </message>
    <message>
        <source>Choose whom the member would like to see, the agency and a free time.</source>
        <translation>Choose whom the member would like to see, the agency and a free time.</translation>
    </message>
    <message>
        <source>Whom would the member like to see?</source>
        <translation>Whom would the member like to see?</translation>
    </message>
    <message>
        <source>An adviser</source>
        <translation>An adviser</translation>
    </message>
    <message>
        <source>The social service</source>
        <translation>The social service</translation>
    </message>
    <message>
        <source>The medical adviser</source>
        <translation>The medical adviser</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Print the confirmation</source>
        <translation>Print the confirmation</translation>
    </message>
    <message>
        <source>No agency offers free times for this service now: choose another service.</source>
        <translation>No agency offers free times for this service now: choose another service.</translation>
    </message>
    <message>
        <source>This agency has no free time for this service in the coming weeks: choose another agency.</source>
        <translation>This agency has no free time for this service in the coming weeks: choose another agency.</translation>
    </message>
    <message>
        <source>Cancellation waiting on this terminal</source>
        <translation>Cancellation waiting on this terminal</translation>
    </message>
    <message>
        <source>Cancellation on its way to the mutuality</source>
        <translation>Cancellation on its way to the mutuality</translation>
    </message>
    <message>
        <source>Waiting on this terminal: not confirmed yet</source>
        <translation>Waiting on this terminal: not confirmed yet</translation>
    </message>
    <message>
        <source>On its way to the mutuality</source>
        <translation>On its way to the mutuality</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>You have no appointment coming.</source>
        <translation>You have no appointment coming.</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>My appointments</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>Your coming appointments at our agencies.</source>
        <translation>Your coming appointments at our agencies.</translation>
    </message>
    <message>
        <source>The member&apos;s appointments: book one, move it or cancel it.</source>
        <translation>The member&apos;s appointments: book one, move it or cancel it.</translation>
    </message>
    <message>
        <source>Your appointments: book one, move it or cancel it.</source>
        <translation>Your appointments: book one, move it or cancel it.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message>
        <source>Move an appointment</source>
        <translation>Move an appointment</translation>
    </message>
    <message>
        <source>Now: %1 at %2. Choose a new time.</source>
        <translation>Now: %1 at %2. Choose a new time.</translation>
    </message>
    <message>
        <source>Move it to this time</source>
        <translation>Move it to this time</translation>
    </message>
    <message>
        <source>Choose whom you would like to see, the agency and a free time.</source>
        <translation>Choose whom you would like to see, the agency and a free time.</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Book this time</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Keep it as it is</translation>
    </message>
    <message>
        <source>Whom would you like to see?</source>
        <translation>Whom would you like to see?</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Free times</translation>
    </message>
    <message>
        <source>Subject (optional)</source>
        <translation>Subject (optional)</translation>
    </message>
</context>
<context>
    <name>BankSignPage</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Wrong PIN code. %n tries left.</numerusform>
            <numerusform>Wrong PIN code. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>A PIN code has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the change of your bank account to %1.</source>
        <translation>Type your PIN code to sign the change of your bank account to %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BusyScreen</name>
    <message>
        <source>One moment please…</source>
        <translation>One moment please…</translation>
    </message>
    <message>
        <source>Your card is checking your PIN code. Leave it in the reader.</source>
        <translation>Your card is checking your PIN code. Leave it in the reader.</translation>
    </message>
    <message>
        <source>Looking up your file…</source>
        <translation>Looking up your file…</translation>
    </message>
    <message>
        <source>Your card is signing the form. Leave it in the reader.</source>
        <translation>Your card is signing the form. Leave it in the reader.</translation>
    </message>
    <message>
        <source>Checking your login…</source>
        <translation>Checking your login…</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Sending your request…</translation>
    </message>
</context>
<context>
    <name>CalledList</name>
    <message>
        <source>Desk %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <source>Tickets called</source>
        <translation>Tickets called</translation>
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
        <translation>I cannot log in</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation>What happens?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Say how we can reach you, then choose Send. A colleague will contact you.</source>
        <translation>Say how we can reach you, then choose Send. A colleague will contact you.</translation>
    </message>
</context>
<context>
    <name>CertificateForm</name>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Waiting for the answer…</translation>
    </message>
    <message>
        <source>A paper certificate received</source>
        <translation>A paper certificate received</translation>
    </message>
    <message>
        <source>Member&apos;s national number</source>
        <translation>Member&apos;s national number</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>Work status</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>Covers from</translation>
    </message>
    <message>
        <source>Covers to</source>
        <translation>Covers to</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Doctor&apos;s name</translation>
    </message>
    <message>
        <source>First certificate</source>
        <translation>First certificate</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Register the certificate</source>
        <translation>Register the certificate</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Type your current password, then the new one twice.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <source>You logged in with the password of our letter. Choose your own now: the letter&apos;s password will then stop working.</source>
        <translation>You logged in with the password of our letter. Choose your own now: the letter&apos;s password will then stop working.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Password of the letter</source>
        <translation>Password of the letter</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Your new password works at once, here and on the online counter.</source>
        <translation>Your new password works at once, here and on the online counter.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>At least %1 characters. Three or four unrelated words make a strong password that is easy to remember. Do not use your name, your national number or your birth date.</source>
        <translation>At least %1 characters. Three or four unrelated words make a strong password that is easy to remember. Do not use your name, your national number or your birth date.</translation>
    </message>
    <message>
        <source>Save my new password</source>
        <translation>Save my new password</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice, then choose Save.</source>
        <translation>Type your current password, then the new one twice, then choose Save.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Type each date as %1.</source>
        <translation>Type each date as %1.</translation>
    </message>
    <message>
        <source>This is the first certificate of a new incapacity.</source>
        <translation>This is the first certificate of a new incapacity.</translation>
    </message>
    <message>
        <source>This is a prolongation: it starts the day after your previous certificate ends.</source>
        <translation>This is a prolongation: it starts the day after your previous certificate ends.</translation>
    </message>
    <message>
        <source>This is a relapse: it starts after a short gap, so it continues your incapacity in a new file.</source>
        <translation>This is a relapse: it starts after a short gap, so it continues your incapacity in a new file.</translation>
    </message>
    <message>
        <source>This is a new incapacity: the gap since your previous certificate is too long for a relapse. Send it as a first certificate.</source>
        <translation>This is a new incapacity: the gap since your previous certificate is too long for a relapse. Send it as a first certificate.</translation>
    </message>
    <message>
        <source>Not covered by a certificate: %1 – %2</source>
        <translation>Not covered by a certificate: %1 – %2</translation>
    </message>
    <message>
        <source>Your doctor sends it electronically: you have nothing to send.</source>
        <translation>Your doctor sends it electronically: you have nothing to send.</translation>
    </message>
    <message>
        <source>An electronic certificate cannot cover so long: your doctor sends a new one before this one ends.</source>
        <translation>An electronic certificate cannot cover so long: your doctor sends a new one before this one ends.</translation>
    </message>
    <message>
        <source>It must reach us by %1.</source>
        <translation>It must reach us by %1.</translation>
    </message>
    <message>
        <source>Received on %1, it is on time.</source>
        <translation>Received on %1, it is on time.</translation>
    </message>
    <message>
        <source>It is late, but no paid day is cut.</source>
        <translation>It is late, but no paid day is cut.</translation>
    </message>
    <message numerus="yes">
        <source>It is late: your indemnity is %1 less for %n paid day(s), from %2 to %3.</source>
        <translation>
            <numerusform>It is late: your indemnity is %1 less for %n paid day, from %2 to %3.</numerusform>
            <numerusform>It is late: your indemnity is %1 less for %n paid days, from %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1.</source>
        <translation>About %1.</translation>
    </message>
    <message numerus="yes">
        <source>The cut is waived if it costs you at least %1 and you could not send it in time (force majeure) or your household earns less than %2 a year; at most once in %n year(s).</source>
        <translation>
            <numerusform>The cut is waived if it costs you at least %1 and you could not send it in time (force majeure) or your household earns less than %2 a year; at most once in %n year.</numerusform>
            <numerusform>The cut is waived if it costs you at least %1 and you could not send it in time (force majeure) or your household earns less than %2 a year; at most once in %n years.</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-employed: no cut if it reached us by %1, once per period of incapacity.</source>
        <translation>Self-employed: no cut if it reached us by %1, once per period of incapacity.</translation>
    </message>
    <message numerus="yes">
        <source>Self-employed: up to %n month(s) late there is no cut, once per period of incapacity.</source>
        <translation>
            <numerusform>Self-employed: up to %n month late there is no cut, once per period of incapacity.</numerusform>
            <numerusform>Self-employed: up to %n months late there is no cut, once per period of incapacity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Here the waiver does not apply.</source>
        <translation>Here the waiver does not apply.</translation>
    </message>
    <message>
        <source>Ask the counter whether it applies to you.</source>
        <translation>Ask the counter whether it applies to you.</translation>
    </message>
    <message>
        <source>Here the cut can be waived: tell the counter.</source>
        <translation>Here the cut can be waived: tell the counter.</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>Type the dates your doctor wrote and the day the certificate reaches us: you see what kind of certificate it is and whether it is on time.</source>
        <translation>Type the dates your doctor wrote and the day the certificate reaches us: you see what kind of certificate it is and whether it is on time.</translation>
    </message>
    <message>
        <source>First day it covers</source>
        <translation>First day it covers</translation>
    </message>
    <message>
        <source>Last day it covers</source>
        <translation>Last day it covers</translation>
    </message>
    <message>
        <source>Day it reaches us</source>
        <translation>Day it reaches us</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>I am</translation>
    </message>
    <message>
        <source>Your work status</source>
        <translation>Your work status</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>a worker</translation>
    </message>
    <message>
        <source>an employee</source>
        <translation>an employee</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>unemployed</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>self-employed</translation>
    </message>
    <message>
        <source>On paper: I send it</source>
        <translation>On paper: I send it</translation>
    </message>
    <message>
        <source>Electronically: my doctor sends it</source>
        <translation>Electronically: my doctor sends it</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message numerus="yes">
        <source>Are you still there? Your session ends in %n second(s).</source>
        <translation>
            <numerusform>Are you still there? Your session ends in %n second.</numerusform>
            <numerusform>Are you still there? Your session ends in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch More time or press a key.</source>
        <translation>Touch More time or press a key.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>More time</translation>
    </message>
    <message>
        <source>Your visit gets its whole time again.</source>
        <translation>Your visit gets its whole time again.</translation>
    </message>
</context>
<context>
    <name>DeactivatedScreen</name>
    <message>
        <source>Your online account is deactivated</source>
        <translation>Your online account is deactivated</translation>
    </message>
    <message>
        <source>Your online account has been deactivated, so your file cannot be opened here.</source>
        <translation>Your online account has been deactivated, so your file cannot be opened here.</translation>
    </message>
    <message>
        <source>Send us the &quot;I cannot log in&quot; form and a colleague will reactivate it with you, or go to the counter.</source>
        <translation>Send us the &quot;I cannot log in&quot; form and a colleague will reactivate it with you, or go to the counter.</translation>
    </message>
    <message>
        <source>I cannot log in</source>
        <translation>I cannot log in</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Choose I cannot log in to ask for help, or Finish.</source>
        <translation>Choose I cannot log in to ask for help, or Finish.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card, or type their national number and choose Find.</source>
        <translation>Insert the member&apos;s eID card, or type their national number and choose Find.</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Logged in: %1</translation>
    </message>
    <message>
        <source>Insert the member&apos;s eID card, or type their national number.</source>
        <translation>Insert the member&apos;s eID card, or type their national number.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Reason for opening the file</source>
        <translation>Reason for opening the file</translation>
    </message>
    <message>
        <source>The member is at the counter</source>
        <translation>The member is at the counter</translation>
    </message>
    <message>
        <source>A phone call from the member</source>
        <translation>A phone call from the member</translation>
    </message>
    <message>
        <source>A letter or an e-mail from the member</source>
        <translation>A letter or an e-mail from the member</translation>
    </message>
    <message>
        <source>Follow-up of a request</source>
        <translation>Follow-up of a request</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
</context>
<context>
    <name>DeskTickets</name>
    <message>
        <source>Queue tickets</source>
        <translation>Queue tickets</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Call the next ticket</source>
        <translation>Call the next ticket</translation>
    </message>
    <message>
        <source>Called: %1</source>
        <translation>Called: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this service.</source>
        <translation>Nobody is waiting for this service.</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1: %2 waiting</translation>
    </message>
</context>
<context>
    <name>DmgPage</name>
    <message>
        <source>No global medical file (DMG). Ask your GP to open one: it costs you nothing.</source>
        <translation>No global medical file (DMG). Ask your GP to open one: it costs you nothing.</translation>
    </message>
    <message>
        <source>Global medical file with %1, valid until %2.</source>
        <translation>Global medical file with %1, valid until %2.</translation>
    </message>
    <message>
        <source>Your global medical file with %1 ended on %2: ask your GP to renew it.</source>
        <translation>Your global medical file with %1 ended on %2: ask your GP to renew it.</translation>
    </message>
    <message>
        <source>With a DMG your GP consultations cost you less: your share with and without it.</source>
        <translation>With a DMG your GP consultations cost you less: your share with and without it.</translation>
    </message>
    <message>
        <source>Consultations with and without a DMG</source>
        <translation>Consultations with and without a DMG</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Official fee</translation>
    </message>
    <message>
        <source>Without DMG</source>
        <translation>Without DMG</translation>
    </message>
    <message>
        <source>With DMG</source>
        <translation>With DMG</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>from you</source>
        <translation>from you</translation>
    </message>
    <message>
        <source>to you</source>
        <translation>to you</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>signed on %1</translation>
    </message>
    <message>
        <source>(paper only)</source>
        <translation>(paper only)</translation>
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
        <translation>Sent</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Type a code (digits) or words of the service.</source>
        <translation>Type a code (digits) or words of the service.</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>For you</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>Under 10</source>
        <translation>Under 10</translation>
    </message>
    <message>
        <source>10 to 74</source>
        <translation>10 to 74</translation>
    </message>
    <message>
        <source>75 and over, or chronically ill</source>
        <translation>75 and over, or chronically ill</translation>
    </message>
    <message>
        <source>ordinary cover, without a DMG</source>
        <translation>ordinary cover, without a DMG</translation>
    </message>
    <message>
        <source>ordinary cover, with a DMG</source>
        <translation>ordinary cover, with a DMG</translation>
    </message>
    <message>
        <source>BIM, without a DMG</source>
        <translation>BIM, without a DMG</translation>
    </message>
    <message>
        <source>BIM, with a DMG</source>
        <translation>BIM, with a DMG</translation>
    </message>
    <message>
        <source>BIM</source>
        <translation>BIM</translation>
    </message>
    <message>
        <source>under 10</source>
        <translation>under 10</translation>
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
        <translation>The DMG is valid until %1.</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>no fee</translation>
    </message>
    <message>
        <source>No code matches. Try fewer words, or the start of a word.</source>
        <translation>No code matches. Try fewer words, or the start of a word.</translation>
    </message>
    <message>
        <source>More codes match than are shown: add a word to narrow the list.</source>
        <translation>More codes match than are shown: add a word to narrow the list.</translation>
    </message>
    <message>
        <source>This code has no fee in the data on %1.</source>
        <translation>This code has no fee in the data on %1.</translation>
    </message>
    <message>
        <source>%1 — %2 — the data hold no reimbursement for this case.</source>
        <translation>%1 — %2 — the data hold no reimbursement for this case.</translation>
    </message>
    <message>
        <source>%1 — %2, up to %3 years — nothing to pay: young BIM members with a DMG pay no personal share at the GP or the specialist.</source>
        <translation>%1 — %2, up to %3 years — nothing to pay: young BIM members with a DMG pay no personal share at the GP or the specialist.</translation>
    </message>
    <message>
        <source>%1 — %2 — your share is %3.</source>
        <translation>%1 — %2 — your share is %3.</translation>
    </message>
    <message>
        <source>%1 — %2 — the share is %3.</source>
        <translation>%1 — %2 — the share is %3.</translation>
    </message>
    <message>
        <source>Ordinary, without DMG</source>
        <translation>Ordinary, without DMG</translation>
    </message>
    <message>
        <source>Ordinary, with DMG</source>
        <translation>Ordinary, with DMG</translation>
    </message>
    <message>
        <source>BIM, without DMG</source>
        <translation>BIM, without DMG</translation>
    </message>
    <message>
        <source>BIM, with DMG</source>
        <translation>BIM, with DMG</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>This service&apos;s name exists in French and Dutch only: shown in French.</source>
        <translation>This service&apos;s name exists in French and Dutch only: shown in French.</translation>
    </message>
    <message>
        <source>This service&apos;s name exists in French and Dutch only: shown in Dutch.</source>
        <translation>This service&apos;s name exists in French and Dutch only: shown in Dutch.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The data hold no fee for this code.</source>
        <translation>The data hold no fee for this code.</translation>
    </message>
    <message>
        <source>Amounts as set by: %1.</source>
        <translation>Amounts as set by: %1.</translation>
    </message>
    <message>
        <source>Official fee: %1</source>
        <translation>Official fee: %1</translation>
    </message>
    <message>
        <source>Type a code or words, then choose Search. Pick a code in the list to see its amounts.</source>
        <translation>Type a code or words, then choose Search. Pick a code in the list to see its amounts.</translation>
    </message>
    <message>
        <source>A code, or words: consultation, huisarts…</source>
        <translation>A code, or words: consultation, huisarts…</translation>
    </message>
    <message>
        <source>Search a code or words of the service</source>
        <translation>Search a code or words of the service</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Codes found</translation>
    </message>
    <message>
        <source>The code&apos;s fees and reimbursements</source>
        <translation>The code&apos;s fees and reimbursements</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Official fee</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Reimbursed</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>You pay</translation>
    </message>
    <message>
        <source>The personal share (ticket modérateur, remgeld)</source>
        <translation>The personal share (ticket modérateur, remgeld)</translation>
    </message>
    <message>
        <source>The part of the official fee the compulsory insurance does not reimburse: the official fee minus the reimbursement. It is smaller with a global medical file (DMG) at your GP, and for members entitled to the increased reimbursement (BIM). A provider who is not conventioned may ask more than the official fee: that supplement is never reimbursed.</source>
        <translation>The part of the official fee the compulsory insurance does not reimburse: the official fee minus the reimbursement. It is smaller with a global medical file (DMG) at your GP, and for members entitled to the increased reimbursement (BIM). A provider who is not conventioned may ask more than the official fee: that supplement is never reimbursed.</translation>
    </message>
    <message>
        <source>The BVAC attestation</source>
        <translation>The BVAC attestation</translation>
    </message>
    <message>
        <source>BVAC stands for &quot;Bijkomende Verzekering / Assurance Complémentaire&quot;. Your pharmacist fills it in when you ask, for medicines or other health products that a complementary insurance (a hospitalisation insurance, for example) may pay back. It lists the pharmacist, the prescribing doctor, you and the products. Send it to that insurer, or have the pharmacist send it electronically if your insurer takes part. It is for that insurer: the compulsory reimbursement does not need it.</source>
        <translation>BVAC stands for &quot;Bijkomende Verzekering / Assurance Complémentaire&quot;. Your pharmacist fills it in when you ask, for medicines or other health products that a complementary insurance (a hospitalisation insurance, for example) may pay back. It lists the pharmacist, the prescribing doctor, you and the products. Send it to that insurer, or have the pharmacist send it electronically if your insurer takes part. It is for that insurer: the compulsory reimbursement does not need it.</translation>
    </message>
</context>
<context>
    <name>FileScreen</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (me)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>Shows the sections of your file, to choose another.</source>
        <translation>Shows the sections of your file, to choose another.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Your file. Choose a section, or Back to leave your file.</source>
        <translation>Your file. Choose a section, or Back to leave your file.</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordScreen</name>
    <message>
        <source>Forgot my password</source>
        <translation>Forgot my password</translation>
    </message>
    <message>
        <source>A new password will be sent by post to your home address.</source>
        <translation>A new password will be sent by post to your home address.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Send me a new password</source>
        <translation>Send me a new password</translation>
    </message>
    <message>
        <source>Type your national number, then choose Send me a new password.</source>
        <translation>Type your national number, then choose Send me a new password.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>FormsView</name>
    <message>
        <source>Incapacity certificate for your doctor (employee, worker, unemployed)</source>
        <translation>Incapacity certificate for your doctor (employee, worker, unemployed)</translation>
    </message>
    <message>
        <source>Incapacity certificate for your doctor (self-employed)</source>
        <translation>Incapacity certificate for your doctor (self-employed)</translation>
    </message>
    <message>
        <source>Declaration of a secondary self-employed activity</source>
        <translation>Declaration of a secondary self-employed activity</translation>
    </message>
    <message>
        <source>Return to work (employee, worker, unemployed)</source>
        <translation>Return to work (employee, worker, unemployed)</translation>
    </message>
    <message>
        <source>Return to work (self-employed)</source>
        <translation>Return to work (self-employed)</translation>
    </message>
    <message>
        <source>Request to work part time (employee)</source>
        <translation>Request to work part time (employee)</translation>
    </message>
    <message>
        <source>Request to work part time (self-employed)</source>
        <translation>Request to work part time (self-employed)</translation>
    </message>
    <message>
        <source>Request for voluntary work</source>
        <translation>Request for voluntary work</translation>
    </message>
    <message>
        <source>Forms to print</source>
        <translation>Forms to print</translation>
    </message>
    <message>
        <source>In your language, with your details already filled in.</source>
        <translation>In your language, with your details already filled in.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Print: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Save as PDF: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Your file</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <translation>Hello %1</translation>
    </message>
    <message>
        <source>Identified with your eID card and PIN code.</source>
        <translation>Identified with your eID card and PIN code.</translation>
    </message>
    <message>
        <source>Logged in with your federal token.</source>
        <translation>Logged in with your federal token.</translation>
    </message>
    <message>
        <source>Logged in with your password. To change your bank account, log in with your eID card.</source>
        <translation>Logged in with your password. To change your bank account, log in with your eID card.</translation>
    </message>
    <message>
        <source>Finish and log out</source>
        <translation>Finish and log out</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Choose a section, or Finish and log out.</source>
        <translation>Choose a section, or Finish and log out.</translation>
    </message>
</context>
<context>
    <name>HospitalPage</name>
    <message>
        <source>Ordinary insured person with dependants</source>
        <translation>Ordinary insured person with dependants</translation>
    </message>
    <message>
        <source>Ordinary insured person</source>
        <translation>Ordinary insured person</translation>
    </message>
    <message>
        <source>Increased reimbursement (BIM)</source>
        <translation>Increased reimbursement (BIM)</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>Dependant</translation>
    </message>
    <message>
        <source>Cover during the stay</source>
        <translation>Cover during the stay</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Accident declarations</source>
        <translation>Accident declarations</translation>
    </message>
    <message>
        <source>Insurability</source>
        <translation>Insurability</translation>
    </message>
    <message>
        <source>Insured every day of the stay.</source>
        <translation>Insured every day of the stay.</translation>
    </message>
    <message>
        <source>Not insured on the day of admission. Come to the counter before the admission to put the insurability in order.</source>
        <translation>Not insured on the day of admission. Come to the counter before the admission to put the insurability in order.</translation>
    </message>
    <message>
        <source>The cover ends on %1, before the end of the stay. Come to the counter before the admission to put the insurability in order.</source>
        <translation>The cover ends on %1, before the end of the stay. Come to the counter before the admission to put the insurability in order.</translation>
    </message>
    <message>
        <source>Every contribution due before the admission is paid.</source>
        <translation>Every contribution due before the admission is paid.</translation>
    </message>
    <message>
        <source>Contributions due before the admission are not paid: %2 (the oldest due on %1). Pay them before the admission, or come to the counter.</source>
        <translation>Contributions due before the admission are not paid: %2 (the oldest due on %1). Pay them before the admission, or come to the counter.</translation>
    </message>
    <message>
        <source>No accident declaration is blocking the file.</source>
        <translation>No accident declaration is blocking the file.</translation>
    </message>
    <message>
        <source>An accident declaration was not returned: the family&apos;s file has been blocked since %1 and reimbursements are held. Return the declaration (Accident declarations), or contact the Accidents service.</source>
        <translation>An accident declaration was not returned: the family&apos;s file has been blocked since %1 and reimbursements are held. Return the declaration (Accident declarations), or contact the Accidents service.</translation>
    </message>
    <message>
        <source>An active member of the health fund.</source>
        <translation>An active member of the health fund.</translation>
    </message>
    <message>
        <source>Leaves the health fund on %1: it does not cover this stay. Come to the counter.</source>
        <translation>Leaves the health fund on %1: it does not cover this stay. Come to the counter.</translation>
    </message>
    <message>
        <source>Has left the health fund: it does not cover this stay. Come to the counter.</source>
        <translation>Has left the health fund: it does not cover this stay. Come to the counter.</translation>
    </message>
    <message>
        <source>The move to the health fund has not taken effect yet: until it does, the current insurer covers the stay. Ask at the counter.</source>
        <translation>The move to the health fund has not taken effect yet: until it does, the current insurer covers the stay. Ask at the counter.</translation>
    </message>
    <message>
        <source>This file is closed. Please come to the counter.</source>
        <translation>This file is closed. Please come to the counter.</translation>
    </message>
    <message>
        <source>Days of the stay</source>
        <translation>Days of the stay</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>Days %1 to %2</source>
        <translation>Days %1 to %2</translation>
    </message>
    <message>
        <source>The stay from %1 to %2, for %3. Category: %4.</source>
        <translation>The stay from %1 to %2, for %3. Category: %4.</translation>
    </message>
    <message>
        <source>Estimated personal share: %1</source>
        <translation>Estimated personal share: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Day 1</translation>
    </message>
    <message>
        <source>From day 2</source>
        <translation>From day 2</translation>
    </message>
    <message>
        <source>From day %1</source>
        <translation>From day %1</translation>
    </message>
    <message>
        <source>▶ %1 (you)</source>
        <translation>▶ %1 (you)</translation>
    </message>
    <message>
        <source>▶ %1 (%2)</source>
        <translation>▶ %1 (%2)</translation>
    </message>
    <message>
        <source>Amounts in force since %1 (source: %2).</source>
        <translation>Amounts in force since %1 (source: %2).</translation>
    </message>
    <message>
        <source>The file is in order for this stay.</source>
        <translation>The file is in order for this stay.</translation>
    </message>
    <message>
        <source>Before the admission, settle the points marked “To do”.</source>
        <translation>Before the admission, settle the points marked “To do”.</translation>
    </message>
    <message>
        <source>✔ In order</source>
        <translation>✔ In order</translation>
    </message>
    <message>
        <source>✖ To do</source>
        <translation>✖ To do</translation>
    </message>
    <message>
        <source>Type the admission date and the number of nights, then choose Check.</source>
        <translation>Type the admission date and the number of nights, then choose Check.</translation>
    </message>
    <message>
        <source>Planning an admission? Type its date and the nights you expect to stay: we check the file and estimate the daily personal share.</source>
        <translation>Planning an admission? Type its date and the nights you expect to stay: we check the file and estimate the daily personal share.</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nights</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Is my file in order?</source>
        <translation>Is my file in order?</translation>
    </message>
    <message>
        <source>Is the file in order?</source>
        <translation>Is the file in order?</translation>
    </message>
    <message>
        <source>The estimated personal share</source>
        <translation>The estimated personal share</translation>
    </message>
    <message>
        <source>Personal share per day by category</source>
        <translation>Personal share per day by category</translation>
    </message>
    <message>
        <source>This estimates the daily personal share only: the hospital also bills medicines, implants and any supplements. A day in day hospital costs no daily share.</source>
        <translation>This estimates the daily personal share only: the hospital also bills medicines, implants and any supplements. A day in day hospital costs no daily share.</translation>
    </message>
    <message>
        <source>Rooms and supplements</source>
        <translation>Rooms and supplements</translation>
    </message>
    <message>
        <source>Shared room (three beds or more)</source>
        <translation>Shared room (three beds or more)</translation>
    </message>
    <message>
        <source>Two-bed room</source>
        <translation>Two-bed room</translation>
    </message>
    <message>
        <source>Single room, chosen</source>
        <translation>Single room, chosen</translation>
    </message>
    <message>
        <source>No room supplement and no fee supplements, whoever the doctor.</source>
        <translation>No room supplement and no fee supplements, whoever the doctor.</translation>
    </message>
    <message>
        <source>A room supplement, and fee supplements up to the percentage the hospital states on its admission declaration: read it before you sign.</source>
        <translation>A room supplement, and fee supplements up to the percentage the hospital states on its admission declaration: read it before you sign.</translation>
    </message>
    <message>
        <source>when the patient&apos;s health requires it;</source>
        <translation>when the patient&apos;s health requires it;</translation>
    </message>
    <message>
        <source>when the service requires it, or no bed is free in a shared or two-bed room;</source>
        <translation>when the service requires it, or no bed is free in a shared or two-bed room;</translation>
    </message>
    <message>
        <source>in intensive care, and for an emergency admission;</source>
        <translation>in intensive care, and for an emergency admission;</translation>
    </message>
    <message>
        <source>for a child admitted with a parent, without a signed request for a single room.</source>
        <translation>for a child admitted with a parent, without a signed request for a single room.</translation>
    </message>
    <message>
        <source>No supplement at all, even in a single room:</source>
        <translation>No supplement at all, even in a single room:</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Print the summary</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>IncapacityPage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>Forms to print</source>
        <translation>Forms to print</translation>
    </message>
    <message>
        <source>Work part time</source>
        <translation>Work part time</translation>
    </message>
    <message>
        <source>I resume work</source>
        <translation>I resume work</translation>
    </message>
</context>
<context>
    <name>IndemnitiesPage</name>
    <message>
        <source>primary incapacity</source>
        <translation>primary incapacity</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invalidity</translation>
    </message>
    <message>
        <source>maternity leave</source>
        <translation>maternity leave</translation>
    </message>
    <message>
        <source>No period of incapacity for work in this file.</source>
        <translation>No period of incapacity for work in this file.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Incapacity for work: %1 – %2</source>
        <translation>Incapacity for work: %1 – %2</translation>
    </message>
    <message>
        <source>Medical adviser: convocation on %1 at %2, %3 (%4)</source>
        <translation>Medical adviser: convocation on %1 at %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Next payment on %1 (for %2 to %3)</source>
        <translation>Next payment on %1 (for %2 to %3)</translation>
    </message>
    <message>
        <source>Next payment expected on %1 (for %2 to %3): not published yet</source>
        <translation>Next payment expected on %1 (for %2 to %3): not published yet</translation>
    </message>
    <message>
        <source>Indemnities paid</source>
        <translation>Indemnities paid</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Withholding</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Indemnity statement</source>
        <translation>Indemnity statement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>First day of the statement</source>
        <translation>First day of the statement</translation>
    </message>
    <message>
        <source>Last day of the statement</source>
        <translation>Last day of the statement</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Language of the statement</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Print the statement</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>None: I am not affiliated anywhere yet</source>
        <translation>None: I am not affiliated anywhere yet</translation>
    </message>
    <message>
        <source>Join the mutuality</source>
        <translation>Join the mutuality</translation>
    </message>
    <message>
        <source>I join as</source>
        <translation>I join as</translation>
    </message>
    <message>
        <source>Holder (in my own right)</source>
        <translation>Holder (in my own right)</translation>
    </message>
    <message>
        <source>Dependant of a member</source>
        <translation>Dependant of a member</translation>
    </message>
    <message>
        <source>Holder&apos;s national number</source>
        <translation>Holder&apos;s national number</translation>
    </message>
    <message>
        <source>Current mutuality</source>
        <translation>Current mutuality</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sign with my eID card</source>
        <translation>Sign with my eID card</translation>
    </message>
    <message>
        <source>Check your details, choose how you join, then Sign with my eID card.</source>
        <translation>Check your details, choose how you join, then Sign with my eID card.</translation>
    </message>
    <message>
        <source>Your change of mutuality would take effect on %1.</source>
        <translation>Your change of mutuality would take effect on %1.</translation>
    </message>
    <message>
        <source>Your affiliation would take effect on %1.</source>
        <translation>Your affiliation would take effect on %1.</translation>
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
        <translation>Type your national number and your password.</translation>
    </message>
    <message>
        <source>Log in without a card</source>
        <translation>Log in without a card</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>e.g. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Federal token</source>
        <translation>Federal token</translation>
    </message>
    <message>
        <source>Forgot my password</source>
        <translation>Forgot my password</translation>
    </message>
    <message>
        <source>I cannot log in</source>
        <translation>I cannot log in</translation>
    </message>
    <message>
        <source>No card? Create my online access</source>
        <translation>No card? Create my online access</translation>
    </message>
    <message>
        <source>Type your national number and your password, then choose Log in.</source>
        <translation>Type your national number and your password, then choose Log in.</translation>
    </message>
</context>
<context>
    <name>MafPage</name>
    <message>
        <source>Ceiling: %1</source>
        <translation>Ceiling: %1</translation>
    </message>
    <message>
        <source>Personal shares counted: %1</source>
        <translation>Personal shares counted: %1</translation>
    </message>
    <message>
        <source>Already refunded: %1</source>
        <translation>Already refunded: %1</translation>
    </message>
    <message>
        <source>Still due to you: %1</source>
        <translation>Still due to you: %1</translation>
    </message>
    <message>
        <source>Ceiling reached on %1</source>
        <translation>Ceiling reached on %1</translation>
    </message>
    <message>
        <source>Still %1 before the ceiling</source>
        <translation>Still %1 before the ceiling</translation>
    </message>
    <message>
        <source>Maximum billing (MAF): above a ceiling, your household&apos;s personal shares of the year are refunded.</source>
        <translation>Maximum billing (MAF): above a ceiling, your household&apos;s personal shares of the year are refunded.</translation>
    </message>
</context>
<context>
    <name>MailOffer</name>
    <message>
        <source>Send to my e-mail</source>
        <translation>Send to my e-mail</translation>
    </message>
    <message>
        <source>By e-mail to %1</source>
        <translation>By e-mail to %1</translation>
    </message>
    <message>
        <source>The document goes to the e-mail address on your file: %1</source>
        <translation>The document goes to the e-mail address on your file: %1</translation>
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
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Back to the welcome screen</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Card reader: ready</translation>
    </message>
    <message>
        <source>Card reader: none connected</source>
        <translation>Card reader: none connected</translation>
    </message>
    <message>
        <source>Card reader: the reader service is not running</source>
        <translation>Card reader: the reader service is not running</translation>
    </message>
    <message>
        <source>Card reader: reading a card</source>
        <translation>Card reader: reading a card</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted and read</source>
        <translation>Card reader: a card is inserted and read</translation>
    </message>
    <message>
        <source>Card reader: the card is checking a PIN code</source>
        <translation>Card reader: the card is checking a PIN code</translation>
    </message>
    <message>
        <source>Card reader: the card was taken out</source>
        <translation>Card reader: the card was taken out</translation>
    </message>
    <message>
        <source>Card reader: the card in it cannot be used</source>
        <translation>Card reader: the card in it cannot be used</translation>
    </message>
    <message>
        <source>Card reader: a card is inserted, not in use</source>
        <translation>Card reader: a card is inserted, not in use</translation>
    </message>
    <message>
        <source>The state of the card reader and the central database. Go back, or close the program.</source>
        <translation>The state of the card reader and the central database. Go back, or close the program.</translation>
    </message>
    <message>
        <source>(simulated card, demo)</source>
        <translation>(simulated card, demo)</translation>
    </message>
    <message>
        <source>Central database: connecting…</source>
        <translation>Central database: connecting…</translation>
    </message>
    <message>
        <source>Central database: online</source>
        <translation>Central database: online</translation>
    </message>
    <message>
        <source>Central database: offline, its server&apos;s certificate is refused</source>
        <translation>Central database: offline, its server&apos;s certificate is refused</translation>
    </message>
    <message>
        <source>Central database: offline, it refuses this terminal&apos;s login</source>
        <translation>Central database: offline, it refuses this terminal&apos;s login</translation>
    </message>
    <message>
        <source>Central database: offline</source>
        <translation>Central database: offline</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting</source>
        <translation>
            <numerusform>%n operation waiting</numerusform>
            <numerusform>%n operations waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Escape attempts refused since start: %1</source>
        <translation>Escape attempts refused since start: %1</translation>
    </message>
</context>
<context>
    <name>MemberFileScreen</name>
    <message>
        <source>The certificate was not registered: %1</source>
        <translation>The certificate was not registered: %1</translation>
    </message>
    <message>
        <source>Online account: active</source>
        <translation>Online account: active</translation>
    </message>
    <message>
        <source>Online account: its letter is on its way</source>
        <translation>Online account: its letter is on its way</translation>
    </message>
    <message>
        <source>Online account: deactivated</source>
        <translation>Online account: deactivated</translation>
    </message>
    <message>
        <source>No online account</source>
        <translation>No online account</translation>
    </message>
    <message>
        <source>%1: the holder no longer sees this file (form of %2)</source>
        <translation>%1: the holder no longer sees this file (form of %2)</translation>
    </message>
    <message>
        <source>%1: the holder sees this file</source>
        <translation>%1: the holder sees this file</translation>
    </message>
    <message>
        <source>Blocking form received</source>
        <translation>Blocking form received</translation>
    </message>
    <message>
        <source>Member file</source>
        <translation>Member file</translation>
    </message>
    <message>
        <source>See the whole file, register a certificate, or close the file.</source>
        <translation>See the whole file, register a certificate, or close the file.</translation>
    </message>
    <message>
        <source>Opening this file has been recorded in the audit log.</source>
        <translation>Opening this file has been recorded in the audit log.</translation>
    </message>
    <message>
        <source>Reactivate the online account</source>
        <translation>Reactivate the online account</translation>
    </message>
    <message>
        <source>Dependants of age</source>
        <translation>Dependants of age</translation>
    </message>
    <message>
        <source>Blocking form received on</source>
        <translation>Blocking form received on</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Close the file</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Register a certificate</translation>
    </message>
    <message>
        <source>See the whole file</source>
        <translation>See the whole file</translation>
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
        <translation>Your new contact details are sent to the mutuality.</translation>
    </message>
    <message>
        <source>This is already the account in your file.</source>
        <translation>This is already the account in your file.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Bank: %1</translation>
    </message>
    <message>
        <source>We do not recognise this bank&apos;s code. Check the number with your bank statement: you can still sign the change.</source>
        <translation>We do not recognise this bank&apos;s code. Check the number with your bank statement: you can still sign the change.</translation>
    </message>
    <message>
        <source>Your new account is sent to the mutuality with the form you signed. It is in &quot;My documents&quot; once the mutuality has received it.</source>
        <translation>Your new account is sent to the mutuality with the form you signed. It is in &quot;My documents&quot; once the mutuality has received it.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>It waits on this terminal until the connection is back.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Membership number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>Insured as</translation>
    </message>
    <message>
        <source>Through the holder</source>
        <translation>Through the holder</translation>
    </message>
    <message>
        <source>Regional mutuality</source>
        <translation>Regional mutuality</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Increased reimbursement (BIM)</source>
        <translation>Increased reimbursement (BIM)</translation>
    </message>
    <message>
        <source>Insurability codes (CT1/CT2)</source>
        <translation>Insurability codes (CT1/CT2)</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>box %1</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>holder</translation>
    </message>
    <message>
        <source>dependant</source>
        <translation>dependant</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>being processed</source>
        <translation>being processed</translation>
    </message>
    <message>
        <source>left the mutuality</source>
        <translation>left the mutuality</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>deceased</translation>
    </message>
    <message>
        <source>in order since %1</source>
        <translation>in order since %1</translation>
    </message>
    <message>
        <source>not in order: please contact the counter</source>
        <translation>not in order: please contact the counter</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No dependant in your file.</source>
        <translation>No dependant in your file.</translation>
    </message>
    <message>
        <source>Payments go to %1</source>
        <translation>Payments go to %1</translation>
    </message>
    <message>
        <source>No bank account is known: payments are sent by post.</source>
        <translation>No bank account is known: payments are sent by post.</translation>
    </message>
    <message>
        <source>Type the new account. You sign the change with your eID card and PIN code.</source>
        <translation>Type the new account. You sign the change with your eID card and PIN code.</translation>
    </message>
    <message>
        <source>To change your bank account, log in with your eID card or your federal token: a password alone is not enough to redirect payments.</source>
        <translation>To change your bank account, log in with your eID card or your federal token: a password alone is not enough to redirect payments.</translation>
    </message>
    <message>
        <source>The change of bank account is signed with your eID card: log in with your card to change it.</source>
        <translation>The change of bank account is signed with your eID card: log in with your card to change it.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>People insured through you</source>
        <translation>People insured through you</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Empty a field to remove it from your file.</source>
        <translation>Empty a field to remove it from your file.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Save my contact details</source>
        <translation>Save my contact details</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Sign with my card</translation>
    </message>
    <message>
        <source>New account number (IBAN)</source>
        <translation>New account number (IBAN)</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Capital letter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>At sign</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Dot</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Hyphen</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Underscore</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message numerus="yes">
        <source>%n sheet(s) of pink stickers</source>
        <translation>
            <numerusform>%n sheet of pink stickers</numerusform>
            <numerusform>%n sheets of pink stickers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) of pre-addressed envelopes</source>
        <translation>
            <numerusform>%n pack of pre-addressed envelopes</numerusform>
            <numerusform>%n packs of pre-addressed envelopes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Choose the documents you need.</source>
        <translation>Choose the documents you need.</translation>
    </message>
    <message>
        <source>Your order has been sent to the mutuality.</source>
        <translation>Your order has been sent to the mutuality.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>It waits on this terminal until the connection is back.</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>How many?</translation>
    </message>
    <message>
        <source>One at a time, for one person.</source>
        <translation>One at a time, for one person.</translation>
    </message>
    <message>
        <source>You order %1 for %2.</source>
        <translation>You order %1 for %2.</translation>
    </message>
    <message>
        <source>You order %1 for yourself.</source>
        <translation>You order %1 for yourself.</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>box %1</translation>
    </message>
    <message>
        <source>They are sent by post to: %1</source>
        <translation>They are sent by post to: %1</translation>
    </message>
    <message>
        <source>They are sent by post to your home address.</source>
        <translation>They are sent by post to your home address.</translation>
    </message>
    <message>
        <source>You already ordered this on %1 (%2). Order it again?</source>
        <translation>You already ordered this on %1 (%2). Order it again?</translation>
    </message>
    <message>
        <source>Yes, order again</source>
        <translation>Yes, order again</translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Confirm the order</translation>
    </message>
    <message>
        <source>No connection: only the orders waiting on this terminal are shown.</source>
        <translation>No connection: only the orders waiting on this terminal are shown.</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>No order yet.</translation>
    </message>
    <message>
        <source>Choose the documents, then check and confirm. They are sent by post.</source>
        <translation>Choose the documents, then check and confirm. They are sent by post.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>One less</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>One more</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>My orders</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
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
        <translation>This terminal is out of order. Our staff at the counter will help you.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Staff access</translation>
    </message>
    <message>
        <source>Type the staff code.</source>
        <translation>Type the staff code.</translation>
    </message>
    <message>
        <source>Wrong code. Please try again.</source>
        <translation>Wrong code. Please try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Please wait %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong codes. Please wait %n minute.</numerusform>
            <numerusform>Too many wrong codes. Please wait %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Out of order: maintenance</source>
        <translation>Out of order: maintenance</translation>
    </message>
    <message>
        <source>Why this terminal is out of order:</source>
        <translation>Why this terminal is out of order:</translation>
    </message>
    <message>
        <source>Why this terminal is out of order</source>
        <translation>Why this terminal is out of order</translation>
    </message>
    <message>
        <source>Guichet version %1 — out of order since %2</source>
        <translation>Guichet version %1 — out of order since %2</translation>
    </message>
    <message>
        <source>The same reason is in the system journal (journalctl).</source>
        <translation>The same reason is in the system journal (journalctl).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Restart the program</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Your certificates</source>
        <translation>Your certificates</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Your next certificate</source>
        <translation>Your next certificate</translation>
    </message>
    <message>
        <source>Part-time work</source>
        <translation>Part-time work</translation>
    </message>
    <message>
        <source>Next payments</source>
        <translation>Next payments</translation>
    </message>
    <message>
        <source>Your indemnity (estimate)</source>
        <translation>Your indemnity (estimate)</translation>
    </message>
    <message>
        <source>You have no incapacity for work in your file.</source>
        <translation>You have no incapacity for work in your file.</translation>
    </message>
    <message>
        <source>If you fall ill: &quot;Forms to print&quot; has the certificate for your doctor, and &quot;Check a certificate&quot; tells you by when it must reach us.</source>
        <translation>If you fall ill: &quot;Forms to print&quot; has the certificate for your doctor, and &quot;Check a certificate&quot; tells you by when it must reach us.</translation>
    </message>
    <message>
        <source>Incapacity for work since %1</source>
        <translation>Incapacity for work since %1</translation>
    </message>
    <message>
        <source>Incapacity for work from %1 to %2: ended.</source>
        <translation>Incapacity for work from %1 to %2: ended.</translation>
    </message>
    <message>
        <source>Work status: %1</source>
        <translation>Work status: %1</translation>
    </message>
    <message>
        <source>The first certificate was to reach us by %1.</source>
        <translation>The first certificate was to reach us by %1.</translation>
    </message>
    <message>
        <source>Your incapacity ends on %1: you resume the next day.</source>
        <translation>Your incapacity ends on %1: you resume the next day.</translation>
    </message>
    <message>
        <source>Your return to work on %1 is on its way to the mutuality.</source>
        <translation>Your return to work on %1 is on its way to the mutuality.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier period(s) of incapacity: see Indemnities.</source>
        <translation>
            <numerusform>%n earlier period of incapacity: see Indemnities.</numerusform>
            <numerusform>%n earlier periods of incapacity: see Indemnities.</numerusform>
        </translation>
    </message>
    <message>
        <source>first certificate</source>
        <translation>first certificate</translation>
    </message>
    <message>
        <source>prolongation</source>
        <translation>prolongation</translation>
    </message>
    <message>
        <source>return to work</source>
        <translation>return to work</translation>
    </message>
    <message>
        <source>part-time work</source>
        <translation>part-time work</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>on paper</translation>
    </message>
    <message>
        <source>electronically by the doctor</source>
        <translation>electronically by the doctor</translation>
    </message>
    <message>
        <source>your declaration</source>
        <translation>your declaration</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) covered by your certificates.</source>
        <translation>
            <numerusform>%n day covered by your certificates.</numerusform>
            <numerusform>%n days covered by your certificates.</numerusform>
        </translation>
    </message>
    <message>
        <source>No day without a certificate.</source>
        <translation>No day without a certificate.</translation>
    </message>
    <message>
        <source>Not covered by a certificate: %1 – %2</source>
        <translation>Not covered by a certificate: %1 – %2</translation>
    </message>
    <message>
        <source>The certificate received on %1 came late: your indemnity is %2 less from %3 to %4.</source>
        <translation>The certificate received on %1 came late: your indemnity is %2 less from %3 to %4.</translation>
    </message>
    <message>
        <source>Your certificate covers you until %1. If you cannot resume on %2, your prolongation certificate must start on %3.</source>
        <translation>Your certificate covers you until %1. If you cannot resume on %2, your prolongation certificate must start on %3.</translation>
    </message>
    <message>
        <source>It must reach us by %1.</source>
        <translation>It must reach us by %1.</translation>
    </message>
    <message>
        <source>A certificate your GP sends electronically needs no paper from you; one such certificate covers at most until %1.</source>
        <translation>A certificate your GP sends electronically needs no paper from you; one such certificate covers at most until %1.</translation>
    </message>
    <message>
        <source>waiting for the medical adviser&apos;s decision</source>
        <translation>waiting for the medical adviser&apos;s decision</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>authorised</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>From %1: %2 h a week of %3 h, at %4 — %5</source>
        <translation>From %1: %2 h a week of %3 h, at %4 — %5</translation>
    </message>
    <message>
        <source>it arrived late: the indemnity is cut until it arrived</source>
        <translation>it arrived late: the indemnity is cut until it arrived</translation>
    </message>
    <message>
        <source>it arrived too late: no indemnity from the day it concerns</source>
        <translation>it arrived too late: no indemnity from the day it concerns</translation>
    </message>
    <message>
        <source>Next payment on %1 (for %2 to %3)</source>
        <translation>Next payment on %1 (for %2 to %3)</translation>
    </message>
    <message>
        <source>Next payment expected on %1 (for %2 to %3): not published yet</source>
        <translation>Next payment expected on %1 (for %2 to %3): not published yet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After the first year (invalidity, from %1)</source>
        <translation>After the first year (invalidity, from %1)</translation>
    </message>
    <message>
        <source>%1: by the rules in force on %2, your daily amount cannot be estimated.</source>
        <translation>%1: by the rules in force on %2, your daily amount cannot be estimated.</translation>
    </message>
    <message>
        <source>%1: by the rules in force on %2, about %3 gross a day, %4 net.</source>
        <translation>%1: by the rules in force on %2, about %3 gross a day, %4 net.</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Figures from %1.</translation>
    </message>
    <message>
        <source>Your gross daily wage: %1</source>
        <translation>Your gross daily wage: %1</translation>
    </message>
    <message>
        <source>Wage taken into account, at most: %1</source>
        <translation>Wage taken into account, at most: %1</translation>
    </message>
    <message>
        <source>At %2 of it: %1</source>
        <translation>At %2 of it: %1</translation>
    </message>
    <message>
        <source>Gross daily indemnity: %1</source>
        <translation>Gross daily indemnity: %1</translation>
    </message>
    <message>
        <source>Maximum daily amount applied: %1</source>
        <translation>Maximum daily amount applied: %1</translation>
    </message>
    <message>
        <source>Minimum daily amount applied: %1</source>
        <translation>Minimum daily amount applied: %1</translation>
    </message>
    <message>
        <source>Flat daily amount for the self-employed: %1</source>
        <translation>Flat daily amount for the self-employed: %1</translation>
    </message>
    <message>
        <source>Withholding of %2: %1</source>
        <translation>Withholding of %2: %1</translation>
    </message>
    <message>
        <source>Net daily indemnity: %1</source>
        <translation>Net daily indemnity: %1</translation>
    </message>
    <message>
        <source>Your family situation is not known yet: the amount depends on it.</source>
        <translation>Your family situation is not known yet: the amount depends on it.</translation>
    </message>
    <message>
        <source>Your wage is not known yet: the amount is computed once your employer has sent it.</source>
        <translation>Your wage is not known yet: the amount is computed once your employer has sent it.</translation>
    </message>
    <message>
        <source>primary incapacity (first year)</source>
        <translation>primary incapacity (first year)</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invalidity</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>unemployed</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>self-employed</translation>
    </message>
</context>
<context>
    <name>PartTimeView</name>
    <message>
        <source>You can ask to work part time while your incapacity runs.</source>
        <translation>You can ask to work part time while your incapacity runs.</translation>
    </message>
    <message>
        <source>You sign the request with your eID card and PIN code.</source>
        <translation>You sign the request with your eID card and PIN code.</translation>
    </message>
    <message>
        <source>The request is signed with the member&apos;s eID card: at a terminal after logging in with the card, or on paper (&quot;Forms to print&quot;).</source>
        <translation>The request is signed with the member&apos;s eID card: at a terminal after logging in with the card, or on paper (&quot;Forms to print&quot;).</translation>
    </message>
    <message>
        <source>The request is signed with your eID card: log in with your card to send it here, or print it under &quot;Forms to print&quot;.</source>
        <translation>The request is signed with your eID card: log in with your card to send it here, or print it under &quot;Forms to print&quot;.</translation>
    </message>
    <message>
        <source>Your request to work part time from %1 is sent to the medical adviser with the form you signed.</source>
        <translation>Your request to work part time from %1 is sent to the medical adviser with the form you signed.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>It waits on this terminal until the connection is back.</translation>
    </message>
    <message>
        <source>Your request must reach us by %1.</source>
        <translation>Your request must reach us by %1.</translation>
    </message>
    <message>
        <source>Sent today, it is on time.</source>
        <translation>Sent today, it is on time.</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: set by your income; the medical adviser tells you how much.</source>
        <translation>Expected effect on your indemnity: set by your income; the medical adviser tells you how much.</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: %1</source>
        <translation>Expected effect on your indemnity: %1</translation>
    </message>
    <message>
        <source>Expected effect on your indemnity: none.</source>
        <translation>Expected effect on your indemnity: none.</translation>
    </message>
    <message>
        <source>As self-employed: %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</source>
        <translation>As self-employed: %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</translation>
    </message>
    <message>
        <source>As self-employed: no cut until %3, then %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</source>
        <translation>As self-employed: no cut until %3, then %1 until %2; after that, the cut is set by your income and the medical adviser tells you how much.</translation>
    </message>
    <message>
        <source>About %1 a day instead of %2.</source>
        <translation>About %1 a day instead of %2.</translation>
    </message>
    <message>
        <source>If it reaches us later: until %1, your indemnity is %2 less from %3 until the day it reaches us; after %1, no indemnity is paid from %3.</source>
        <translation>If it reaches us later: until %1, your indemnity is %2 less from %3 until the day it reaches us; after %1, no indemnity is paid from %3.</translation>
    </message>
    <message>
        <source>Sent today, it is late: your indemnity is %1 less from %2 until %3, the day it reaches us.</source>
        <translation>Sent today, it is late: your indemnity is %1 less from %2 until %3, the day it reaches us.</translation>
    </message>
    <message>
        <source>Sent today, it is late: your indemnity is %1 less on %2, the day you start.</source>
        <translation>Sent today, it is late: your indemnity is %1 less on %2, the day you start.</translation>
    </message>
    <message>
        <source>Sent today, it is too late: no indemnity is paid from %1, the day you start working.</source>
        <translation>Sent today, it is too late: no indemnity is paid from %1, the day you start working.</translation>
    </message>
    <message>
        <source>Work part time</source>
        <translation>Work part time</translation>
    </message>
    <message>
        <source>Tell the medical adviser before you start. You see by when the request must reach us and its effect on your indemnity before you sign it.</source>
        <translation>Tell the medical adviser before you start. You see by when the request must reach us and its effect on your indemnity before you sign it.</translation>
    </message>
    <message>
        <source>First day of work</source>
        <translation>First day of work</translation>
    </message>
    <message>
        <source>Hours a week you will work</source>
        <translation>Hours a week you will work</translation>
    </message>
    <message>
        <source>Hours a week of the full-time job</source>
        <translation>Hours a week of the full-time job</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>I work as self-employed</source>
        <translation>I work as self-employed</translation>
    </message>
    <message>
        <source>See the deadline and the effect</source>
        <translation>See the deadline and the effect</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Sign with my card</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN code</source>
        <translation>Confirm the PIN code</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN code</translation>
    </message>
    <message>
        <source>Type it on the keys below or on the keypad; each key gives a tone.</source>
        <translation>Type it on the keys below or on the keypad; each key gives a tone.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Sign with your eID card</source>
        <translation>Sign with your eID card</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the form with your card.</source>
        <translation>Type your PIN code to sign the form with your card.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign the form, then OK. Each key gives a tone.</source>
        <translation>Type your PIN code to sign the form, then OK. Each key gives a tone.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Staff access</translation>
    </message>
    <message>
        <source>Type the staff code.</source>
        <translation>Type the staff code.</translation>
    </message>
    <message>
        <source>Type the staff code, then OK.</source>
        <translation>Type the staff code, then OK.</translation>
    </message>
    <message>
        <source>Your PIN code</source>
        <translation>Your PIN code</translation>
    </message>
    <message>
        <source>Type the PIN code of your eID card, then press OK. Hide the keys.</source>
        <translation>Type the PIN code of your eID card, then press OK. Hide the keys.</translation>
    </message>
    <message>
        <source>Type your PIN code, then OK. Each key gives a tone.</source>
        <translation>Type your PIN code, then OK. Each key gives a tone.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The terminal can read the screen aloud or show larger text.</source>
        <translation>The terminal can read the screen aloud or show larger text.</translation>
    </message>
    <message>
        <source>Turn on speech</source>
        <translation>Turn on speech</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Wrong code. Please try again.</source>
        <translation>Wrong code. Please try again.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left before the card is blocked.</source>
        <translation>
            <numerusform>Wrong PIN code. %n try left before the card is blocked.</numerusform>
            <numerusform>Wrong PIN code. %n tries left before the card is blocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>being prepared</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Nothing waits in this queue.</source>
        <translation>Nothing waits in this queue.</translation>
    </message>
    <message>
        <source>The reason for a refusal, as the member will read it</source>
        <translation>The reason for a refusal, as the member will read it</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Authorise</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Mark as seen</translation>
    </message>
    <message>
        <source>A medical adviser decides on it.</source>
        <translation>A medical adviser decides on it.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Send the answer</translation>
    </message>
    <message>
        <source>Order of %1</source>
        <translation>Order of %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Ordered by %1 (%2)</source>
        <translation>Ordered by %1 (%2)</translation>
    </message>
    <message>
        <source>Question of %1</source>
        <translation>Question of %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>by email: %1</source>
        <translation>by email: %1</translation>
    </message>
    <message>
        <source>by letter: %1</source>
        <translation>by letter: %1</translation>
    </message>
    <message>
        <source>by phone: %1</source>
        <translation>by phone: %1</translation>
    </message>
    <message>
        <source>as said in the question</source>
        <translation>as said in the question</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Not verified: asked without logging in.</source>
        <translation>Not verified: asked without logging in.</translation>
    </message>
    <message>
        <source>Answer wanted %1</source>
        <translation>Answer wanted %1</translation>
    </message>
    <message>
        <source>Taken by %1.</source>
        <translation>Taken by %1.</translation>
    </message>
    <message>
        <source>The certificate was not registered: %1</source>
        <translation>The certificate was not registered: %1</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Mark handled</translation>
    </message>
    <message>
        <source>Save the signed form</source>
        <translation>Save the signed form</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>box %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) wait for the post.</source>
        <translation>
            <numerusform>%n letter waits for the post.</numerusform>
            <numerusform>%n letters wait for the post.</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter waits for the post.</source>
        <translation>No letter waits for the post.</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <source>Choose an item in the list to see it and deal with it.</source>
        <translation>Choose an item in the list to see it and deal with it.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <source>Which agency&apos;s work to show</source>
        <translation>Which agency&apos;s work to show</translation>
    </message>
    <message>
        <source>Which kind of work to show</source>
        <translation>Which kind of work to show</translation>
    </message>
    <message>
        <source>The work waiting</source>
        <translation>The work waiting</translation>
    </message>
    <message>
        <source>Answer or reason for the member</source>
        <translation>Answer or reason for the member</translation>
    </message>
    <message>
        <source>Reason for refusing the order</source>
        <translation>Reason for refusing the order</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Register a certificate</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Back to the desk</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Cover not in order</source>
        <translation>Cover not in order</translation>
    </message>
    <message>
        <source>Already sent a short while ago</source>
        <translation>Already sent a short while ago</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>Address to check</translation>
    </message>
    <message>
        <source>Other reason (write it)</source>
        <translation>Other reason (write it)</translation>
    </message>
    <message>
        <source>Note for the member</source>
        <translation>Note for the member</translation>
    </message>
    <message>
        <source>The answer, as the member will read it</source>
        <translation>The answer, as the member will read it</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Print them and mark them posted</source>
        <translation>Print them and mark them posted</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Reading your card…</source>
        <translation>Reading your card…</translation>
    </message>
    <message>
        <source>Please leave your card in the reader.</source>
        <translation>Please leave your card in the reader.</translation>
    </message>
    <message>
        <source>Your identity has been verified.</source>
        <translation>Your identity has been verified.</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Create my online access</source>
        <translation>Create my online access</translation>
    </message>
    <message>
        <source>Your online access is created and its password is sent by post to the home address we know. With your eID card it is ready at once: insert it instead.</source>
        <translation>Your online access is created and its password is sent by post to the home address we know. With your eID card it is ready at once: insert it instead.</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>e.g. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Send me my access</source>
        <translation>Send me my access</translation>
    </message>
    <message>
        <source>Type your national number, then choose Send me my access.</source>
        <translation>Type your national number, then choose Send me my access.</translation>
    </message>
</context>
<context>
    <name>ReimbursementsPage</name>
    <message>
        <source>Tap a line to see its payment.</source>
        <translation>Tap a line to see its payment.</translation>
    </message>
    <message>
        <source>reimbursement of care</source>
        <translation>reimbursement of care</translation>
    </message>
    <message>
        <source>refund under the maximum billing (MAF)</source>
        <translation>refund under the maximum billing (MAF)</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Payment of %1</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Nature: %1</translation>
    </message>
    <message>
        <source>Paid to the account %1</source>
        <translation>Paid to the account %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Communication: %1</source>
        <translation>Communication: %1</translation>
    </message>
    <message>
        <source>Services of this payment:</source>
        <translation>Services of this payment:</translation>
    </message>
    <message>
        <source>Total of the services: %1</source>
        <translation>Total of the services: %1</translation>
    </message>
    <message>
        <source>Type the official fee and the reimbursement.</source>
        <translation>Type the official fee and the reimbursement.</translation>
    </message>
    <message>
        <source>Your personal share: %1</source>
        <translation>Your personal share: %1</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>date of care</source>
        <translation>date of care</translation>
    </message>
    <message>
        <source>processing date</source>
        <translation>processing date</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Official fee</source>
        <translation>Official fee</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Reimbursed</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) selected</source>
        <translation>
            <numerusform>%n line selected</numerusform>
            <numerusform>%n lines selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Your share</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Service and provider</source>
        <translation>Service and provider</translation>
    </message>
    <message>
        <source>Older lines</source>
        <translation>Older lines</translation>
    </message>
    <message>
        <source>Print an official receipt</source>
        <translation>Print an official receipt</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Reimbursement</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Your question has been sent. You can follow it below.</source>
        <translation>Your question has been sent. You can follow it below.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>It waits on this terminal until the connection is back.</translation>
    </message>
    <message>
        <source>No connection: only the questions waiting on this terminal are shown.</source>
        <translation>No connection: only the questions waiting on this terminal are shown.</translation>
    </message>
    <message>
        <source>No question yet.</source>
        <translation>No question yet.</translation>
    </message>
    <message>
        <source>%1 of %2 h a week</source>
        <translation>%1 of %2 h a week</translation>
    </message>
    <message>
        <source>Part-time work from %1: %2 of %3 hours a week</source>
        <translation>Part-time work from %1: %2 of %3 hours a week</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Employer: %1</translation>
    </message>
    <message>
        <source>It is on its way to the mutuality: it has not reached us yet.</source>
        <translation>It is on its way to the mutuality: it has not reached us yet.</translation>
    </message>
    <message>
        <source>Reached us on %1: %2</source>
        <translation>Reached us on %1: %2</translation>
    </message>
    <message>
        <source>The medical adviser authorised it on %1.</source>
        <translation>The medical adviser authorised it on %1.</translation>
    </message>
    <message>
        <source>The medical adviser refused it on %1.</source>
        <translation>The medical adviser refused it on %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>The medical adviser has not decided yet.</source>
        <translation>The medical adviser has not decided yet.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>Ask us your question: we answer in the way you choose.</source>
        <translation>Ask us your question: we answer in the way you choose.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Answer me by</source>
        <translation>Answer me by</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Check how we can reach you. A change here also updates your file.</source>
        <translation>Check how we can reach you. A change here also updates your file.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Send my question</source>
        <translation>Send my question</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>My questions</translation>
    </message>
    <message>
        <source>My partial resumption requests</source>
        <translation>My partial resumption requests</translation>
    </message>
    <message>
        <source>Reached us</source>
        <translation>Reached us</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <source>Type the day you resume as %1.</source>
        <translation>Type the day you resume as %1.</translation>
    </message>
    <message>
        <source>Your return on %1 is on its way to the mutuality: your incapacity ends the day before.</source>
        <translation>Your return on %1 is on its way to the mutuality: your incapacity ends the day before.</translation>
    </message>
    <message>
        <source>It waits on this terminal until the connection is back.</source>
        <translation>It waits on this terminal until the connection is back.</translation>
    </message>
    <message>
        <source>You have no running incapacity to end.</source>
        <translation>You have no running incapacity to end.</translation>
    </message>
    <message>
        <source>I resume work</source>
        <translation>I resume work</translation>
    </message>
    <message>
        <source>Tell us the day you start again, at work or as a jobseeker.</source>
        <translation>Tell us the day you start again, at work or as a jobseeker.</translation>
    </message>
    <message>
        <source>Day I resume</source>
        <translation>Day I resume</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>At work</translation>
    </message>
    <message>
        <source>As a jobseeker (unemployment)</source>
        <translation>As a jobseeker (unemployment)</translation>
    </message>
    <message>
        <source>Declare my return</source>
        <translation>Declare my return</translation>
    </message>
</context>
<context>
    <name>SignView</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n try(ies) left.</source>
        <translation>
            <numerusform>Wrong PIN code. %n try left.</numerusform>
            <numerusform>Wrong PIN code. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN code has 4 to 12 digits.</source>
        <translation>A PIN code has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>Type your PIN code to sign your request to work part time from %1.</source>
        <translation>Type your PIN code to sign your request to work part time from %1.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN code</translation>
    </message>
</context>
<context>
    <name>SimulatedCardBar</name>
    <message>
        <source>active online account</source>
        <translation>active online account</translation>
    </message>
    <message>
        <source>dependant, file blocked</source>
        <translation>dependant, file blocked</translation>
    </message>
    <message>
        <source>increased reimbursement</source>
        <translation>increased reimbursement</translation>
    </message>
    <message>
        <source>cover not in order</source>
        <translation>cover not in order</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>account deactivated</translation>
    </message>
    <message>
        <source>dependant aged 16 or 17</source>
        <translation>dependant aged 16 or 17</translation>
    </message>
    <message>
        <source>dependant aged 18+</source>
        <translation>dependant aged 18+</translation>
    </message>
    <message>
        <source>dependant under 16</source>
        <translation>dependant under 16</translation>
    </message>
    <message>
        <source>dependant under 18</source>
        <translation>dependant under 18</translation>
    </message>
    <message>
        <source>global medical file expired</source>
        <translation>global medical file expired</translation>
    </message>
    <message>
        <source>primary incapacity</source>
        <translation>primary incapacity</translation>
    </message>
    <message>
        <source>incapacity running</source>
        <translation>incapacity running</translation>
    </message>
    <message>
        <source>invalidity</source>
        <translation>invalidity</translation>
    </message>
    <message>
        <source>MAF ceiling reached</source>
        <translation>MAF ceiling reached</translation>
    </message>
    <message>
        <source>medical agreements</source>
        <translation>medical agreements</translation>
    </message>
    <message>
        <source>no online account</source>
        <translation>no online account</translation>
    </message>
    <message>
        <source>young saver</source>
        <translation>young saver</translation>
    </message>
    <message>
        <source>Kids-ID, no PIN login</source>
        <translation>Kids-ID, no PIN login</translation>
    </message>
    <message>
        <source>foreigner&apos;s card, not a member</source>
        <translation>foreigner&apos;s card, not a member</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>not a member</translation>
    </message>
    <message>
        <source>Simulated card reader (demo):</source>
        <translation>Simulated card reader (demo):</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Insert card</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Remove card</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>button</source>
        <translation>button</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>check box</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>list to choose from</source>
        <translation>list to choose from</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>gauge</source>
        <translation>gauge</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>slider</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
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
        <translation>Pauses or resumes speech. Key: point.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Says the screen again. Key: star.</source>
        <translation>Says the screen again. Key: star.</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Speaks more slowly. Key: 3.</source>
        <translation>Speaks more slowly. Key: 3.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Speaks faster. Key: 9.</source>
        <translation>Speaks faster. Key: 9.</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation>Softer</translation>
    </message>
    <message>
        <source>Lowers the volume.</source>
        <translation>Lowers the volume.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Raises the volume.</source>
        <translation>Raises the volume.</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>Counter — staff login</source>
        <translation>Counter — staff login</translation>
    </message>
    <message>
        <source>Type your login and your password, then Log in.</source>
        <translation>Type your login and your password, then Log in.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
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
    <message>
        <source>Offline — the central server&apos;s certificate is refused</source>
        <translation>Offline — the central server&apos;s certificate is refused</translation>
    </message>
    <message>
        <source>Offline — the central server refuses this terminal&apos;s login</source>
        <translation>Offline — the central server refuses this terminal&apos;s login</translation>
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
        <translation>Warning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Has never reported</source>
        <translation>Has never reported</translation>
    </message>
    <message>
        <source>No news for %1</source>
        <translation>No news for %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline for %1, %n operation(s) waiting</source>
        <translation>
            <numerusform>Offline for %1, %n operation waiting</numerusform>
            <numerusform>Offline for %1, %n operations waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>Out of paper since %1</source>
        <translation>Out of paper since %1</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>Paper jam since %1</source>
        <translation>Paper jam since %1</translation>
    </message>
    <message>
        <source>Printer door open</source>
        <translation>Printer door open</translation>
    </message>
    <message>
        <source>Printer door open since %1</source>
        <translation>Printer door open since %1</translation>
    </message>
    <message>
        <source>Toner empty</source>
        <translation>Toner empty</translation>
    </message>
    <message>
        <source>Toner empty since %1</source>
        <translation>Toner empty since %1</translation>
    </message>
    <message>
        <source>The printer reports: %2</source>
        <translation>The printer reports: %2</translation>
    </message>
    <message>
        <source>The printer reports: %2 (since %1)</source>
        <translation>The printer reports: %2 (since %1)</translation>
    </message>
    <message>
        <source>Printer stopped</source>
        <translation>Printer stopped</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>The print service does not answer</source>
        <translation>The print service does not answer</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Paper low</translation>
    </message>
    <message>
        <source>Toner low (%1 %)</source>
        <translation>Toner low (%1 %)</translation>
    </message>
    <message>
        <source>Toner low</source>
        <translation>Toner low</translation>
    </message>
    <message>
        <source>Low disk space (%1 free)</source>
        <translation>Low disk space (%1 free)</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n time(s) today</source>
        <translation>
            <numerusform>Restarted %n time today</numerusform>
            <numerusform>Restarted %n times today</numerusform>
        </translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>No card reader</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Agency %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All is well</source>
        <translation>All is well</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>Checked at %1: %2 with a problem, %3 to watch, %4 fine</source>
        <translation>Checked at %1: %2 with a problem, %3 to watch, %4 fine</translation>
    </message>
    <message>
        <source>No terminal is registered here.</source>
        <translation>No terminal is registered here.</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Each terminal&apos;s state, and what is wrong with it.</source>
        <translation>Each terminal&apos;s state, and what is wrong with it.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Which agency&apos;s terminals to show</source>
        <translation>Which agency&apos;s terminals to show</translation>
    </message>
    <message>
        <source>The terminals and their state</source>
        <translation>The terminals and their state</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Back to the desk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Social service</source>
        <translation>Social service</translation>
    </message>
    <message>
        <source>Medical adviser</source>
        <translation>Medical adviser</translation>
    </message>
    <message>
        <source>The wait cannot be estimated now.</source>
        <translation>The wait cannot be estimated now.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>You are next.</translation>
    </message>
    <message>
        <source>Please note your number from the screen.</source>
        <translation>Please note your number from the screen.</translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n minute(s).</source>
        <translation>
            <numerusform>Expected wait: about %n minute.</numerusform>
            <numerusform>Expected wait: about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) before yours.</source>
        <translation>
            <numerusform>%n ticket before yours.</numerusform>
            <numerusform>%n tickets before yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>Your ticket</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Whom do you come to see?</source>
        <translation>Whom do you come to see?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TokenLoginScreen</name>
    <message>
        <source>Log in with your federal token</source>
        <translation>Log in with your federal token</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Token code</source>
        <translation>Token code</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Type your national number, then press Next.</source>
        <translation>Type your national number, then press Next.</translation>
    </message>
    <message>
        <source>Type the code number %1 of your token card.</source>
        <translation>Type the code number %1 of your token card.</translation>
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
        <source>Insert your eID card. Press plus on the keypad for speech.</source>
        <translation>Insert your eID card. Press plus on the keypad for speech.</translation>
    </message>
    <message>
        <source>Choose your language at the top of the screen.</source>
        <translation>Choose your language at the top of the screen.</translation>
    </message>
    <message>
        <source>No card? Log in with a password or a token</source>
        <translation>No card? Log in with a password or a token</translation>
    </message>
    <message>
        <source>Take a ticket for the counter</source>
        <translation>Take a ticket for the counter</translation>
    </message>
</context>
<context>
    <name>YoungSaversPage</name>
    <message>
        <source>no account yet</source>
        <translation>no account yet</translation>
    </message>
    <message>
        <source>Young savers&apos; account: for young people, what is saved and still possible.</source>
        <translation>Young savers&apos; account: for young people, what is saved and still possible.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Still possible</source>
        <translation>Still possible</translation>
    </message>
</context>
</TS>
