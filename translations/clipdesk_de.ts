<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountRules</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The email address is longer than %1 characters.</source>
        <translation>Die E-Mail-Adresse ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A username has %1 to %2 characters.</source>
        <translation>Ein Benutzername hat %1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>A username may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>Ein Benutzername darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A username may not contain &apos;@&apos;.</source>
        <translation>Ein Benutzername darf kein „@“ enthalten.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Das Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>CampaignRules</name>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hashtag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;visibility&quot; is &quot;public&quot; or &quot;private&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign field you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 campaign can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency can only change while the campaign is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goals may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosure text may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum payout per clip cannot exceed the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap per clipper cannot exceed the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission limit per clipper is between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign may list at most %1 hashtags of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be both required and blacklisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign may list at most %1 source links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template cannot go active; start a campaign from it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign cannot go active with a budget of zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a CPM rate, a fee per clip, or both before going active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one platform before going active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category before going active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the start and end dates before going active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s end date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Desktop</name>
    <message>
        <source>ClipDesk: a desktop marketplace for short-form video campaigns.</source>
        <translation>ClipDesk: ein Desktop-Marktplatz für Kurzvideo-Kampagnen.</translation>
    </message>
    <message>
        <source>Start a local demo server with its own data and connect to it.</source>
        <translation>Einen lokalen Demo-Server mit eigenen Daten starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Connect to the ClipDesk server at &lt;url&gt;.</source>
        <translation>Mit dem ClipDesk-Server unter &lt;url&gt; verbinden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Once the server status is known, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Sobald der Serverstatus bekannt ist, ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>ClipDesk demo server running at %1</source>
        <translation>ClipDesk-Demo-Server läuft unter %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Net</name>
    <message>
        <source>Could not find the ClipDesk server program (%1) next to %2.</source>
        <translation>Das ClipDesk-Serverprogramm (%1) wurde neben %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>The ClipDesk server program %1 does not exist.</source>
        <translation>Das ClipDesk-Serverprogramm %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation>%1 ist kein ausführbares Programm.</translation>
    </message>
    <message>
        <source>Could not create the server&apos;s data directory %1.</source>
        <translation>Das Datenverzeichnis %1 des Servers konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not find a free port on 127.0.0.1 for the server.</source>
        <translation>Auf 127.0.0.1 wurde kein freier Port für den Server gefunden.</translation>
    </message>
    <message>
        <source>Could not start the ClipDesk server %1: %2</source>
        <translation>Der ClipDesk-Server %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The ClipDesk server crashed while starting.</source>
        <translation>Der ClipDesk-Server ist beim Start abgestürzt.</translation>
    </message>
    <message>
        <source>The ClipDesk server exited while starting (exit code %1).</source>
        <translation>Der ClipDesk-Server hat sich beim Start beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The ClipDesk server crashed.</source>
        <translation>Der ClipDesk-Server ist abgestürzt.</translation>
    </message>
    <message>
        <source>The ClipDesk server stopped unexpectedly (exit code %1).</source>
        <translation>Der ClipDesk-Server wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The ClipDesk server did not answer within %1 seconds.</source>
        <translation>Der ClipDesk-Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// server address.</source>
        <translation>„%1“ ist keine http://- oder https://-Serveradresse.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server at %1 answered the health check with HTTP status %2.</source>
        <translation>Der Server unter %1 hat die Statusabfrage mit HTTP-Status %2 beantwortet.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like a ClipDesk server.</source>
        <translation>Der Server unter %1 scheint kein ClipDesk-Server zu sein.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Clipper</source>
        <translation>Clipper</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. It may not be running, or the address is wrong.</source>
        <translation>Der Server unter %1 hat die Verbindung abgelehnt. Vielleicht läuft er nicht, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and your network connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 timed out.</source>
        <translation>Die Verbindung zum Server unter %1 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1: %2</source>
        <translation>Zu %1 konnte keine sichere Verbindung aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before it answered.</source>
        <translation>Der Server unter %1 hat die Verbindung vor seiner Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation>Der Server unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer ClipDesk does not understand.</source>
        <translation>Der Server unter %1 hat eine Antwort geschickt, die ClipDesk nicht versteht.</translation>
    </message>
    <message>
        <source>The server at %1 answered with HTTP status %2.</source>
        <translation>Der Server unter %1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>The server at %1 answered with HTTP status %2 (%3).</source>
        <translation>Der Server unter %1 hat mit HTTP-Status %2 (%3) geantwortet.</translation>
    </message>
    <message>
        <source>There is no session to store.</source>
        <translation>Es gibt keine Sitzung zum Speichern.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private to you.</source>
        <translation>%1 konnte nicht nur für Sie lesbar gemacht werden.</translation>
    </message>
    <message>
        <source>No session is stored in %1.</source>
        <translation>In %1 ist keine Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Net::SessionController</name>
    <message>
        <source>ClipDesk does not remember this account. Sign in with your password.</source>
        <translation>ClipDesk kennt dieses Konto nicht mehr. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>No session is stored for %1. Sign in with your password.</source>
        <translation>Für %1 ist keine Sitzung gespeichert. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation>Offline-Betrieb: %1</translation>
    </message>
    <message>
        <source>The session of %1 on %2 has ended. Sign in again.</source>
        <translation>Die Sitzung von %1 auf %2 ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session could not be stored, so you will have to sign in again next time: %1</source>
        <translation>Ihre Sitzung konnte nicht gespeichert werden; beim nächsten Start müssen Sie sich erneut anmelden: %1</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again.</source>
        <translation>Der Server hat Ihre Sitzung beendet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Net::SessionStore</name>
    <message>
        <source>it did not answer</source>
        <translation>er hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Your session is stored in the system keychain.</source>
        <translation>Ihre Sitzung ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not used; your session is stored in a file only you can read: %1</source>
        <translation>Der Schlüsselbund des Systems wird nicht verwendet; Ihre Sitzung ist in einer Datei gespeichert, die nur Sie lesen können: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available; your session is stored in a file only you can read: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar; Ihre Sitzung ist in einer Datei gespeichert, die nur Sie lesen können: %1</translation>
    </message>
    <message>
        <source>Checking whether the system keychain is available…</source>
        <translation>Es wird geprüft, ob der Schlüsselbund des Systems verfügbar ist …</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CacheSection</name>
    <message>
        <source>Clear Cache</source>
        <translation>Zwischenspeicher leeren</translation>
    </message>
    <message>
        <source>Delete the local cache of this account?

ClipDesk downloads everything again from the server at the next sync. Changes that were not sent to the server yet are lost.</source>
        <translation>Den lokalen Zwischenspeicher dieses Kontos löschen?

ClipDesk lädt beim nächsten Abgleich alles erneut vom Server. Änderungen, die noch nicht an den Server gesendet wurden, gehen verloren.</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Lokaler Zwischenspeicher</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the cache in the file manager</source>
        <translation>Den Ordner mit dem Zwischenspeicher in der Dateiverwaltung zeigen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Clear &amp;Cache…</source>
        <translation>&amp;Zwischenspeicher leeren …</translation>
    </message>
    <message>
        <source>Delete this account&apos;s cache; it is downloaded again at the next sync</source>
        <translation>Den Zwischenspeicher dieses Kontos löschen; er wird beim nächsten Abgleich neu geladen</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Niemand ist angemeldet</translation>
    </message>
    <message>
        <source>Each account keeps its own cache; sign in to see yours.</source>
        <translation>Jedes Konto hat seinen eigenen Zwischenspeicher; melden Sie sich an, um Ihren zu sehen.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <source>Empty (nothing synced yet)</source>
        <translation>Leer (noch nichts abgeglichen)</translation>
    </message>
    <message>
        <source>The cache lets you work offline; it is rebuilt from the server when cleared.</source>
        <translation>Mit dem Zwischenspeicher arbeiten Sie auch offline; nach dem Leeren wird er vom Server neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ForgotPasswordDialog</name>
    <message>
        <source>&amp;Send Link</source>
        <translation>Link &amp;senden</translation>
    </message>
    <message>
        <source>Set &amp;New Password</source>
        <translation>&amp;Neues Passwort setzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Forgot Password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Paste the code or the whole link</source>
        <translation>Code oder ganzen Link einfügen</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Reset &amp;code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation>Neues Pass&amp;wort</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>Passwort &amp;bestätigen</translation>
    </message>
    <message>
        <source>1. Ask for a reset code</source>
        <translation>1. Code zum Zurücksetzen anfordern</translation>
    </message>
    <message>
        <source>Enter the email address of your account. We send it a link with a reset code.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden ihr einen Link mit einem Code zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>2. Choose a new password</source>
        <translation>2. Neues Passwort wählen</translation>
    </message>
    <message>
        <source>Paste the reset code from the email, then choose a new password.</source>
        <translation>Fügen Sie den Code aus der E-Mail ein und wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>If an account exists for %1, we sent it a link with a reset code. It is valid for a limited time; check your spam folder too.</source>
        <translation>Falls es ein Konto für %1 gibt, haben wir ihm einen Link mit einem Code zum Zurücksetzen gesendet. Er ist begrenzt gültig; sehen Sie auch im Spam-Ordner nach.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Paste the reset code from the email.</source>
        <translation>Fügen Sie den Code aus der E-Mail ein.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Das neue Passwort wird gesetzt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::LanguageSwitcher</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::MainWindow</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>ClipDesk</source>
        <translation>ClipDesk</translation>
    </message>
    <message>
        <source>Running against a local demo server with its own data.</source>
        <translation>Verbunden mit einem lokalen Demo-Server mit eigenen Daten.</translation>
    </message>
    <message>
        <source>Connected to ClipDesk server %1 at %2</source>
        <translation>Verbunden mit ClipDesk-Server %1 unter %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Check Server Connection</source>
        <translation>Server&amp;verbindung prüfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ClipDesk</source>
        <translation>Über &amp;ClipDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>ClipDesk — Demo</source>
        <translation>ClipDesk — Demo</translation>
    </message>
    <message>
        <source>Checking the ClipDesk server at %1…</source>
        <translation>ClipDesk-Server unter %1 wird geprüft …</translation>
    </message>
    <message>
        <source>Starting the bundled demo server…</source>
        <translation>Der mitgelieferte Demo-Server wird gestartet …</translation>
    </message>
    <message>
        <source>About ClipDesk</source>
        <translation>Über ClipDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClipDesk %1&lt;/h3&gt;&lt;p&gt;A desktop marketplace for short-form video campaigns: brands fund campaigns, clippers cut and upload clips, admins review submissions and payouts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClipDesk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Marktplatz für Kurzvideo-Kampagnen: Marken finanzieren Kampagnen, Clipper schneiden und laden Clips hoch, Admins prüfen Einreichungen und Auszahlungen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Kein Server</translation>
    </message>
    <message>
        <source>Starting server…</source>
        <translation>Server startet …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>S&amp;witch Account…</source>
        <translation>Konto &amp;wechseln …</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>ClipDesk started this demo server itself; its address cannot be changed.</source>
        <translation>ClipDesk hat diesen Demo-Server selbst gestartet; seine Adresse lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>Sign out to connect to another server.</source>
        <translation>Melden Sie sich ab, um sich mit einem anderen Server zu verbinden.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>Signed in as %1 (@%2), %3, on %4</source>
        <translation>Angemeldet als %1 (@%2), %3, auf %4</translation>
    </message>
    <message>
        <source>Session in a private file</source>
        <translation>Sitzung in privater Datei</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::RegisterForm</name>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <source>C&amp;lipper</source>
        <translation>C&amp;lipper</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>%1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1 bis %2 Buchstaben, Ziffern, „.“, „_“ oder „-“</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Dasselbe Passwort noch einmal</translation>
    </message>
    <message>
        <source>You fund campaigns and pay clippers per view or per deliverable.</source>
        <translation>Sie finanzieren Kampagnen und bezahlen Clipper pro Aufruf oder pro Lieferung.</translation>
    </message>
    <message>
        <source>You cut clips from long videos, upload them and earn a share per view.</source>
        <translation>Sie schneiden Clips aus langen Videos, laden sie hoch und verdienen einen Anteil pro Aufruf.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>User&amp;name</source>
        <translation>Benutzer&amp;name</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>Passwort &amp;bestätigen</translation>
    </message>
    <message>
        <source>I am a</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose whether you join as a brand or as a clipper.</source>
        <translation>Wählen Sie, ob Sie als Marke oder als Clipper beitreten.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SettingsDialog</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Enter an address that starts with http:// or https://, like https://clipdesk.example.org</source>
        <translation>Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt, etwa https://clipdesk.example.org</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>https://clipdesk.example.org</source>
        <translation>https://clipdesk.example.org</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>The language of ClipDesk; it changes at once</source>
        <translation>Die Sprache von ClipDesk; sie wechselt sofort</translation>
    </message>
    <message>
        <source>System follows the look of your desktop; Light and Dark are ClipDesk&apos;s own</source>
        <translation>System folgt dem Aussehen Ihres Desktops; Hell und Dunkel sind ClipDesks eigene</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SignInDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to ClipDesk</source>
        <translation>Bei ClipDesk anmelden</translation>
    </message>
    <message>
        <source>Brands fund campaigns; clippers cut clips and earn per view.</source>
        <translation>Marken finanzieren Kampagnen; Clipper schneiden Clips und verdienen pro Aufruf.</translation>
    </message>
    <message>
        <source>https://clipdesk.example.org</source>
        <translation>https://clipdesk.example.org</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <source>Sign in with an existing account (Ctrl+Tab switches tabs)</source>
        <translation>Mit einem bestehenden Konto anmelden (Strg+Tab wechselt die Reiter)</translation>
    </message>
    <message>
        <source>Create a new brand or clipper account (Ctrl+Tab switches tabs)</source>
        <translation>Ein neues Marken- oder Clipper-Konto erstellen (Strg+Tab wechselt die Reiter)</translation>
    </message>
    <message>
        <source>Close, or stop the request in progress (Esc)</source>
        <translation>Schließen oder die laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Enter submits · Esc closes · Ctrl+Tab switches between the tabs</source>
        <translation>Eingabe sendet · Esc schließt · Strg+Tab wechselt die Reiter</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>This is the local demo server, started by ClipDesk with its own data.</source>
        <translation>Dies ist der lokale Demo-Server, von ClipDesk mit eigenen Daten gestartet.</translation>
    </message>
    <message>
        <source>Switch Account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <source>You are signed in as %1. Sign in with another account; the session of %1 stays saved on this computer.</source>
        <translation>Sie sind als %1 angemeldet. Melden Sie sich mit einem anderen Konto an; die Sitzung von %1 bleibt auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Anmelden (Eingabe)</translation>
    </message>
    <message>
        <source>Create the account and sign in (Enter)</source>
        <translation>Konto erstellen und anmelden (Eingabe)</translation>
    </message>
    <message>
        <source>Enter the address of your ClipDesk server.</source>
        <translation>Geben Sie die Adresse Ihres ClipDesk-Servers ein.</translation>
    </message>
    <message>
        <source>Enter an address that starts with http:// or https://, like https://clipdesk.example.org</source>
        <translation>Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt, etwa https://clipdesk.example.org</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Ihr Konto wird erstellt …</translation>
    </message>
    <message>
        <source>Too many attempts. Try again after %1.</source>
        <translation>Zu viele Versuche. Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Zu viele Versuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the server address, or try again once you are online.</source>
        <translation>Prüfen Sie die Serveradresse, oder versuchen Sie es erneut, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>Enter the address of your ClipDesk server first.</source>
        <translation>Geben Sie zuerst die Adresse Ihres ClipDesk-Servers ein.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new password.</source>
        <translation>Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SignInForm</name>
    <message>
        <source>you@example.com or your username</source>
        <translation>sie@example.com oder Ihr Benutzername</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Get a link to choose a new password by email</source>
        <translation>Per E-Mail einen Link erhalten, um ein neues Passwort zu wählen</translation>
    </message>
    <message>
        <source>Email or &amp;username</source>
        <translation>E-Mail oder &amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>New to ClipDesk?</source>
        <translation>Neu bei ClipDesk?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Continue as %1 (%2 · %3)</source>
        <translation>Weiter als %1 (%2 · %3)</translation>
    </message>
    <message>
        <source>Sign in with the session stored on this computer; no password needed while it is valid.</source>
        <translation>Mit der auf diesem Computer gespeicherten Sitzung anmelden; solange sie gültig ist, ist kein Passwort nötig.</translation>
    </message>
    <message>
        <source>Enter your email address or username.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse oder Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SignedInPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Switch Account…</source>
        <translation>Konto wechseln …</translation>
    </message>
    <message>
        <source>Sign in with another account; this one stays saved on this computer</source>
        <translation>Mit einem anderen Konto anmelden; dieses bleibt auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out and forget the session on this computer (Ctrl+Shift+Q)</source>
        <translation>Abmelden und die Sitzung auf diesem Computer vergessen (Strg+Umschalt+Q)</translation>
    </message>
    <message>
        <source>@%1 · %2</source>
        <translation>@%1 · %2</translation>
    </message>
    <message>
        <source>Confirmed by the server; valid until %1 at the latest.</source>
        <translation>Vom Server bestätigt; gültig bis spätestens %1.</translation>
    </message>
    <message>
        <source>Confirmed by the server.</source>
        <translation>Vom Server bestätigt.</translation>
    </message>
    <message>
        <source>Not confirmed yet: the server could not be reached, so ClipDesk works offline with the account remembered from last time.</source>
        <translation>Noch nicht bestätigt: Der Server war nicht erreichbar, daher arbeitet ClipDesk offline mit dem zuletzt gemerkten Konto.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SignedOutPage</name>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>You are not signed in to a ClipDesk server.</source>
        <translation>Sie sind bei keinem ClipDesk-Server angemeldet.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>No server address yet.</source>
        <translation>Noch keine Serveradresse.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Sign in or create an account (%1)</source>
        <translation>Anmelden oder ein Konto erstellen (%1)</translation>
    </message>
    <message>
        <source>or press %1</source>
        <translation>oder %1 drücken</translation>
    </message>
</context>
<context>
    <name>MoneyRules</name>
    <message>
        <source>&quot;%1&quot; is not a supported currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount like {&quot;minor&quot;: 150000, &quot;currency&quot;: &quot;USD&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferRules</name>
    <message>
        <source>&quot;%1&quot; is not an offer term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole amount in minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requirements may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer terms must be in the campaign&apos;s currency, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot answer your own offer; wait for the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the side that made an offer can withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold at most %2 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a %2 profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;reach&quot; must be a whole number of followers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile field you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brand may have at most %1 colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
