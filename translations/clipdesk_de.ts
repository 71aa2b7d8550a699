<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountEffects</name>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation>Unbekannte Änderung „%1“.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
</context>
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
    <name>AdminPages</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Every account. A flagged user cannot sign in; the reason is shown to them.</source>
        <translation>Alle Konten. Ein gesperrter Benutzer kann sich nicht anmelden; ihm wird der Grund angezeigt.</translation>
    </message>
    <message>
        <source>No accounts in the local cache yet. They appear after the first sync.</source>
        <translation>Noch keine Konten im lokalen Zwischenspeicher. Sie erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>All campaigns, flagged ones included. A flagged campaign leaves discovery and cannot get new offers.</source>
        <translation>Alle Kampagnen, auch gesperrte. Eine gesperrte Kampagne verschwindet aus „Entdecken“ und kann keine neuen Angebote erhalten.</translation>
    </message>
    <message>
        <source>No campaigns in the local cache yet.</source>
        <translation>Noch keine Kampagnen im lokalen Zwischenspeicher.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
</context>
<context>
    <name>BrandPages</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
</context>
<context>
    <name>CacheRowWriter</name>
    <message>
        <source>The local cache has no place for &quot;%1&quot; rows.</source>
        <translation>Der lokale Zwischenspeicher kann keine Zeilen vom Typ „%1“ aufnehmen.</translation>
    </message>
    <message>
        <source>A cached row needs an id.</source>
        <translation>Eine zwischengespeicherte Zeile braucht eine ID.</translation>
    </message>
</context>
<context>
    <name>CampaignBulkOperation</name>
    <message>
        <source>%1: this campaign is no longer there.</source>
        <translation>%1: Diese Kampagne gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>there is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>The campaign could not be %1: %2</source>
        <translation>Die Kampagne konnte nicht %1 werden: %2</translation>
    </message>
    <message>
        <source>%1 of %2 campaigns could not be %3: %4</source>
        <translation>%1 von %2 Kampagnen konnten nicht %3 werden: %4</translation>
    </message>
</context>
<context>
    <name>CampaignEffects</name>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation>Unbekannte Änderung „%1“.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;status&quot; is one of draft, active, paused, completed or archived.</source>
        <translation>„status“ ist draft, active, paused, completed oder archived.</translation>
    </message>
    <message>
        <source>A flagged campaign cannot go active: %1</source>
        <translation>Eine gesperrte Kampagne kann nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <source>&quot;as_template&quot; must be true or false.</source>
        <translation>„as_template“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>Only drafts and templates can be deleted; end the campaign instead.</source>
        <translation>Nur Entwürfe und Vorlagen können gelöscht werden; schließen Sie die Kampagne stattdessen ab.</translation>
    </message>
</context>
<context>
    <name>CampaignRules</name>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0.</source>
        <translation>„%1“ muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text.</source>
        <translation>„%1“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hashtag.</source>
        <translation>„%1“ ist kein gültiger Hashtag.</translation>
    </message>
    <message>
        <source>&quot;visibility&quot; is &quot;public&quot; or &quot;private&quot;.</source>
        <translation>„visibility“ ist „public“ oder „private“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign field you can change.</source>
        <translation>„%1“ ist kein Kampagnenfeld, das Sie ändern können.</translation>
    </message>
    <message>
        <source>A %1 campaign can no longer be edited.</source>
        <translation>Eine Kampagne im Status „%1“ kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>The currency can only change while the campaign is a draft.</source>
        <translation>Die Währung lässt sich nur ändern, solange die Kampagne ein Entwurf ist.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The brief may have at most %1 characters.</source>
        <translation>Das Briefing darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The goals may have at most %1 characters.</source>
        <translation>Die Ziele dürfen höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The disclosure text may have at most %1 characters.</source>
        <translation>Die Werbekennzeichnung darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known category.</source>
        <translation>„%1“ ist keine bekannte Kategorie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>Die Kampagne muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>An amount is out of range.</source>
        <translation>Ein Betrag liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The maximum payout per clip cannot exceed the budget.</source>
        <translation>Die maximale Auszahlung pro Clip darf das Budget nicht übersteigen.</translation>
    </message>
    <message>
        <source>The cap per clipper cannot exceed the budget.</source>
        <translation>Die Obergrenze pro Clipper darf das Budget nicht übersteigen.</translation>
    </message>
    <message>
        <source>The submission limit per clipper is between 1 and %1.</source>
        <translation>Die Einreichungsgrenze pro Clipper liegt zwischen 1 und %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported platform.</source>
        <translation>„%1“ ist keine unterstützte Plattform.</translation>
    </message>
    <message>
        <source>A campaign may list at most %1 hashtags of each kind.</source>
        <translation>Eine Kampagne darf höchstens %1 Hashtags jeder Art angeben.</translation>
    </message>
    <message>
        <source>%1 cannot be both required and blacklisted.</source>
        <translation>%1 kann nicht zugleich erforderlich und verboten sein.</translation>
    </message>
    <message>
        <source>A campaign may list at most %1 source links.</source>
        <translation>Eine Kampagne darf höchstens %1 Quell-Links angeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web link.</source>
        <translation>„%1“ ist kein gültiger Weblink.</translation>
    </message>
    <message>
        <source>A template cannot go active; start a campaign from it instead.</source>
        <translation>Eine Vorlage kann nicht aktiviert werden; erstellen Sie stattdessen eine Kampagne daraus.</translation>
    </message>
    <message>
        <source>A campaign cannot go active with a budget of zero.</source>
        <translation>Eine Kampagne mit einem Budget von null kann nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Set a CPM rate, a fee per clip, or both before going active.</source>
        <translation>Legen Sie vor dem Aktivieren eine CPM-Rate, eine Vergütung pro Clip oder beides fest.</translation>
    </message>
    <message>
        <source>Choose at least one platform before going active.</source>
        <translation>Wählen Sie vor dem Aktivieren mindestens eine Plattform.</translation>
    </message>
    <message>
        <source>Choose a category before going active.</source>
        <translation>Wählen Sie vor dem Aktivieren eine Kategorie.</translation>
    </message>
    <message>
        <source>Set the start and end dates before going active.</source>
        <translation>Legen Sie vor dem Aktivieren Beginn und Ende fest.</translation>
    </message>
    <message>
        <source>The campaign&apos;s end date has passed.</source>
        <translation>Das Enddatum der Kampagne ist überschritten.</translation>
    </message>
    <message>
        <source>A campaign cannot go from %1 to %2.</source>
        <translation>Eine Kampagne kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
</context>
<context>
    <name>ChangeCodec</name>
    <message>
        <source>A pull page needs &quot;changes&quot; and &quot;cursor&quot;.</source>
        <translation>Eine Abrufseite braucht „changes“ und „cursor“.</translation>
    </message>
    <message>
        <source>A change in the pull page is malformed.</source>
        <translation>Eine Änderung in der Abrufseite ist fehlerhaft.</translation>
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
    <name>ClipDesk::Media</name>
    <message>
        <source>The audio has no sample rate.</source>
        <translation>Der Ton hat keine Abtastrate.</translation>
    </message>
    <message>
        <source>The AAC encoder is not available.</source>
        <translation>Der AAC-Encoder ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Cannot open the AAC encoder</source>
        <translation>Der AAC-Encoder kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot decode the audio</source>
        <translation>Der Ton kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>Cannot filter the audio</source>
        <translation>Der Ton kann nicht gefiltert werden</translation>
    </message>
    <message>
        <source>Cannot encode the audio</source>
        <translation>Der Ton kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>The H.264 encoder (libx264) is not available.</source>
        <translation>Der H.264-Encoder (libx264) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot open the H.264 encoder</source>
        <translation>Der H.264-Encoder kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot decode the video</source>
        <translation>Das Video kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>Cannot filter the video</source>
        <translation>Das Video kann nicht gefiltert werden</translation>
    </message>
    <message>
        <source>Cannot encode the video</source>
        <translation>Das Video kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>The filmstrip needs at least one tile and a time range.</source>
        <translation>Der Filmstreifen braucht mindestens eine Kachel und einen Zeitbereich.</translation>
    </message>
    <message>
        <source>Cannot set up the filters &quot;%1&quot;</source>
        <translation>Die Filter „%1“ können nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot filter the media</source>
        <translation>Die Medien können nicht gefiltert werden</translation>
    </message>
    <message>
        <source>The fingerprint data is damaged.</source>
        <translation>Die Fingerabdruckdaten sind beschädigt.</translation>
    </message>
    <message>
        <source>The video has no decodable frames.</source>
        <translation>Das Video enthält keine dekodierbaren Bilder.</translation>
    </message>
    <message>
        <source>Cannot convert this video&apos;s pictures.</source>
        <translation>Die Bilder dieses Videos können nicht umgewandelt werden.</translation>
    </message>
    <message>
        <source>Cannot convert the picture</source>
        <translation>Das Bild kann nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The keyframe index data is damaged.</source>
        <translation>Die Keyframe-Indexdaten sind beschädigt.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot measure the loudness</source>
        <translation>Die Lautheit kann nicht gemessen werden</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file has no audio track.</source>
        <translation>Die Datei hat keine Tonspur.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;</source>
        <translation>„%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the streams of &quot;%1&quot;</source>
        <translation>Die Streams von „%1“ können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file has no video stream.</source>
        <translation>Die Datei hat keinen Videostream.</translation>
    </message>
    <message>
        <source>No decoder for the codec &quot;%1&quot;.</source>
        <translation>Kein Decoder für den Codec „%1“.</translation>
    </message>
    <message>
        <source>Cannot configure the decoder</source>
        <translation>Der Decoder kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot open the decoder</source>
        <translation>Der Decoder kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create an MP4 file</source>
        <translation>Es kann keine MP4-Datei erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;</source>
        <translation>„%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot start writing &quot;%1&quot;</source>
        <translation>Das Schreiben von „%1“ kann nicht beginnen</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot finish &quot;%1&quot;</source>
        <translation>„%1“ kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reframe to %1:%2</source>
        <translation>Auf %1:%2 zuschneiden</translation>
    </message>
    <message>
        <source>The video is %1×%2 as shown; %3 wants a %4:%5 vertical video.</source>
        <translation>Das Video hat in der Anzeige %1×%2; %3 verlangt ein vertikales Video im Format %4:%5.</translation>
    </message>
    <message>
        <source>The frame rate varies; %1 wants a constant frame rate.</source>
        <translation>Die Bildrate schwankt; %1 verlangt eine konstante Bildrate.</translation>
    </message>
    <message>
        <source>Convert to a constant %1 fps</source>
        <translation>In konstante %1 fps umwandeln</translation>
    </message>
    <message>
        <source>The video runs at %1 fps; %2 accepts %3 to %4 fps.</source>
        <translation>Das Video läuft mit %1 fps; %2 akzeptiert %3 bis %4 fps.</translation>
    </message>
    <message>
        <source>Convert to %1 fps</source>
        <translation>In %1 fps umwandeln</translation>
    </message>
    <message>
        <source>The video codec is %1; %2 wants %3.</source>
        <translation>Der Videocodec ist %1; %2 verlangt %3.</translation>
    </message>
    <message>
        <source>Convert to H.264 and AAC</source>
        <translation>In H.264 und AAC umwandeln</translation>
    </message>
    <message>
        <source>The clip lasts %1 s; %2 needs at least %3 s.</source>
        <translation>Der Clip dauert %1 s; %2 verlangt mindestens %3 s.</translation>
    </message>
    <message>
        <source>Trim to the first %1 s</source>
        <translation>Auf die ersten %1 s kürzen</translation>
    </message>
    <message>
        <source>The clip lasts %1 s; %2 allows at most %3 s.</source>
        <translation>Der Clip dauert %1 s; %2 erlaubt höchstens %3 s.</translation>
    </message>
    <message>
        <source>Compress under %1 MB</source>
        <translation>Auf unter %1 MB komprimieren</translation>
    </message>
    <message>
        <source>The file is %1 MB; %2 accepts at most %3 MB.</source>
        <translation>Die Datei hat %1 MB; %2 akzeptiert höchstens %3 MB.</translation>
    </message>
    <message>
        <source>Lower the bit rate</source>
        <translation>Bitrate senken</translation>
    </message>
    <message>
        <source>The bit rate is %1 kbit/s; %2 accepts at most %3 kbit/s.</source>
        <translation>Die Bitrate beträgt %1 kbit/s; %2 akzeptiert höchstens %3 kbit/s.</translation>
    </message>
    <message>
        <source>The audio codec is %1; %2 wants %3.</source>
        <translation>Der Audiocodec ist %1; %2 verlangt %3.</translation>
    </message>
    <message>
        <source>Normalize to %1 LUFS</source>
        <translation>Auf %1 LUFS normalisieren</translation>
    </message>
    <message>
        <source>The loudness is %1 LUFS; %2 plays clips at %3 LUFS.</source>
        <translation>Die Lautheit beträgt %1 LUFS; %2 spielt Clips mit %3 LUFS ab.</translation>
    </message>
    <message>
        <source>The true peak is %1 dBTP; keep it at or under %2 dBTP to avoid clipping.</source>
        <translation>Der True Peak liegt bei %1 dBTP; halten Sie ihn bei höchstens %2 dBTP, um Übersteuerung zu vermeiden.</translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <source>The file has no video; %1 needs one.</source>
        <translation>Die Datei enthält kein Video; %1 verlangt eines.</translation>
    </message>
    <message>
        <source>The reframing settings are not valid.</source>
        <translation>Die Einstellungen für den Bildzuschnitt sind ungültig.</translation>
    </message>
    <message>
        <source>Cannot copy the stream parameters</source>
        <translation>Die Stream-Parameter können nicht kopiert werden</translation>
    </message>
    <message>
        <source>Cannot seek in the video</source>
        <translation>Im Video kann nicht gesprungen werden</translation>
    </message>
    <message>
        <source>A cut must re-encode every stream.</source>
        <translation>Ein Schnitt muss jeden Stream neu kodieren.</translation>
    </message>
    <message>
        <source>The transcoding settings are not valid.</source>
        <translation>Die Einstellungen für die Umwandlung sind ungültig.</translation>
    </message>
    <message>
        <source>The end of a trim must come after its start.</source>
        <translation>Das Ende eines Schnitts muss nach seinem Anfang liegen.</translation>
    </message>
    <message>
        <source>The trim range contains no video frame.</source>
        <translation>Der Schnittbereich enthält kein Videobild.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>Cannot read the video</source>
        <translation>Das Video kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The video has no keyframe to start from.</source>
        <translation>Das Video hat keinen Keyframe, bei dem es beginnen kann.</translation>
    </message>
    <message>
        <source>A generator needs a source filter.</source>
        <translation>Ein Generator braucht einen Quellfilter.</translation>
    </message>
    <message>
        <source>A generator takes no frames.</source>
        <translation>Ein Generator nimmt keine Bilder entgegen.</translation>
    </message>
    <message>
        <source>Cannot encode the generated media</source>
        <translation>Die erzeugten Medien können nicht kodiert werden</translation>
    </message>
    <message>
        <source>Cannot generate the media</source>
        <translation>Die Medien können nicht erzeugt werden</translation>
    </message>
    <message>
        <source>The encoder %1 is not available.</source>
        <translation>Der Encoder %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot open the encoder</source>
        <translation>Der Encoder kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Nothing to generate.</source>
        <translation>Es gibt nichts zu erzeugen.</translation>
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
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 ended early or changed while uploading.</source>
        <translation>%1 endete vorzeitig oder wurde während des Hochladens geändert.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server received a damaged chunk.</source>
        <translation>Der Server hat einen beschädigten Teil empfangen.</translation>
    </message>
    <message>
        <source>The server did not finish checking the file in time.</source>
        <translation>Der Server hat die Prüfung der Datei nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The upload failed after %1 attempts: %2</source>
        <translation>Das Hochladen ist nach %1 Versuchen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot remember the upload: %1</source>
        <translation>Das Hochladen kann nicht vorgemerkt werden: %1</translation>
    </message>
    <message>
        <source>The download stalled: no data for %1 seconds.</source>
        <translation>Der Download hängt: seit %1 Sekunden keine Daten.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server sent a different part of the file than asked for (%1).</source>
        <translation>Der Server hat einen anderen Teil der Datei gesendet als angefordert (%1).</translation>
    </message>
    <message>
        <source>The download ended after %1 of %2 bytes.</source>
        <translation>Der Download endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>The connection broke after %1 bytes: %2</source>
        <translation>Die Verbindung ist nach %1 Bytes abgebrochen: %2</translation>
    </message>
    <message>
        <source>The download failed (HTTP %1).</source>
        <translation>Der Download ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot compute the checksum of %1.</source>
        <translation>Die Prüfsumme von %1 kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP.</source>
        <translation>Die Antwort des Servers ist kein gültiges HTTP.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
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
    <message>
        <source>The session was deleted meanwhile.</source>
        <translation>Die Sitzung wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Sync::ClientCache</name>
    <message>
        <source>A pull cursor cannot be negative.</source>
        <translation>Ein Abruf-Cursor kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>Unbekannte Objektart „%1“.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Sync::ClipUploadQueue</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The clip is not in the cache.</source>
        <translation>Der Clip ist nicht im Zwischenspeicher.</translation>
    </message>
    <message>
        <source>Only a draft gets a new video; make a new version of a clip a reviewer has seen.</source>
        <translation>Nur ein Entwurf erhält ein neues Video; erstellen Sie eine neue Version eines Clips, den ein Prüfer schon gesehen hat.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Sync::SyncEngine</name>
    <message>
        <source>The server sent no results for the changes.</source>
        <translation>Der Server hat keine Ergebnisse für die Änderungen gesendet.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AccountListModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AppShell</name>
    <message>
        <source>Syncing your data… (%1 items so far)</source>
        <translation>Ihre Daten werden synchronisiert … (bisher %1 Einträge)</translation>
    </message>
    <message>
        <source>Syncing your data…</source>
        <translation>Ihre Daten werden synchronisiert …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AuditLogPage</name>
    <message>
        <source>Search admin, action, target or reason…</source>
        <translation>Admin, Aktion, Ziel oder Grund suchen …</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Suchen (%1)</translation>
    </message>
    <message>
        <source>No admin actions yet. Flags and unflags appear here after the next sync.</source>
        <translation>Noch keine Admin-Aktionen. Sperren und Entsperrungen erscheinen hier nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every flag and unflag, newest first.</source>
        <translation>Alle Sperren und Entsperrungen, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AvatarCropDialog</name>
    <message>
        <source>Crop avatar</source>
        <translation>Avatar zuschneiden</translation>
    </message>
    <message>
        <source>Zoom: a higher zoom crops a smaller part of the image</source>
        <translation>Zoom: Je höher der Zoom, desto kleiner der ausgeschnittene Bildteil</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Drag the circle to choose what shows in your avatar. Arrow keys move it; Shift+arrows resize it.</source>
        <translation>Ziehen Sie den Kreis, um festzulegen, was Ihr Avatar zeigt. Die Pfeiltasten verschieben ihn; Umschalt+Pfeiltasten ändern seine Größe.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AvatarCropView</name>
    <message>
        <source>Avatar crop area</source>
        <translation>Zuschnittbereich des Avatars</translation>
    </message>
    <message>
        <source>Drag the square to move it, drag its corner to resize.
Arrow keys move it; Shift+arrows resize it; hold Ctrl for bigger steps.</source>
        <translation>Ziehen Sie das Quadrat, um es zu verschieben, und seine Ecke, um die Größe zu ändern.
Die Pfeiltasten verschieben es; Umschalt+Pfeiltasten ändern die Größe; mit gedrückter Strg-Taste in größeren Schritten.</translation>
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

ClipDesk lädt bei der nächsten Synchronisierung alles erneut vom Server. Änderungen, die noch nicht an den Server gesendet wurden, gehen verloren.</translation>
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
        <translation>Den Zwischenspeicher dieses Kontos löschen; er wird bei der nächsten Synchronisierung neu geladen</translation>
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
        <translation>Leer (noch nichts synchronisiert)</translation>
    </message>
    <message>
        <source>The cache lets you work offline; it is rebuilt from the server when cleared.</source>
        <translation>Mit dem Zwischenspeicher arbeiten Sie auch offline; nach dem Leeren wird er vom Server neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignBulkEditDialog</name>
    <message>
        <source>&amp;Shift dates by</source>
        <translation>Termine &amp;verschieben um</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Set &amp;dates (UTC)</source>
        <translation>&amp;Termine festlegen (UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Set &amp;budget to</source>
        <translation>&amp;Budget festlegen auf</translation>
    </message>
    <message>
        <source>In each campaign&apos;s own currency.</source>
        <translation>In der jeweiligen Währung der Kampagne.</translation>
    </message>
    <message>
        <source>The campaigns must end after they start.</source>
        <translation>Die Kampagnen müssen nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Sammelbearbeitung</translation>
    </message>
    <message>
        <source>Selected campaigns: %1. Each one is checked on its own; the ones that cannot take the change are listed afterwards.</source>
        <translation>Ausgewählte Kampagnen: %1. Jede wird einzeln geprüft; die Kampagnen, bei denen die Änderung nicht möglich ist, werden danach aufgelistet.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignDetailPanel</name>
    <message>
        <source>Select a campaign to read its brief and apply.</source>
        <translation>Wählen Sie eine Kampagne aus, um ihr Briefing zu lesen und sich zu bewerben.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Bewerben …</translation>
    </message>
    <message>
        <source>Apply to this campaign with a message and your terms (%1)</source>
        <translation>Mit einer Nachricht und Ihren Konditionen für diese Kampagne bewerben (%1)</translation>
    </message>
    <message>
        <source>Unknown brand</source>
        <translation>Unbekannte Marke</translation>
    </message>
    <message>
        <source>You are a member of this campaign. See My campaigns.</source>
        <translation>Sie sind Mitglied dieser Kampagne. Siehe „Meine Kampagnen“.</translation>
    </message>
    <message>
        <source>You already have an open offer thread for this campaign. See Offers.</source>
        <translation>Sie haben für diese Kampagne bereits eine offene Verhandlung. Siehe „Angebote“.</translation>
    </message>
    <message>
        <source>This campaign is not open for applications.</source>
        <translation>Diese Kampagne nimmt keine Bewerbungen an.</translation>
    </message>
    <message>
        <source>by **%1** · %2 · %3</source>
        <translation>von **%1** · %2 · %3</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>*No brief yet.*</source>
        <translation>*Noch kein Briefing.*</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>CPM rate: %1 per 1,000 views</source>
        <translation>CPM-Rate: %1 pro 1.000 Aufrufe</translation>
    </message>
    <message>
        <source>Per clip: %1</source>
        <translation>Pro Clip: %1</translation>
    </message>
    <message>
        <source>At most %1 per clip</source>
        <translation>Höchstens %1 pro Clip</translation>
    </message>
    <message>
        <source>At most %1 per clipper</source>
        <translation>Höchstens %1 pro Clipper</translation>
    </message>
    <message>
        <source>A clip earns from %1 views</source>
        <translation>Ein Clip verdient ab %1 Aufrufen</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Where and how</source>
        <translation>Wo und wie</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>Plattformen: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Required hashtags: %1</source>
        <translation>Erforderliche Hashtags: %1</translation>
    </message>
    <message>
        <source>Never use: %1</source>
        <translation>Nie verwenden: %1</translation>
    </message>
    <message>
        <source>Disclosure: “%1”</source>
        <translation>Werbekennzeichnung: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n submission(s) per clipper</source>
        <translation>
            <numerusform>Bis zu %n Einreichung pro Clipper</numerusform>
            <numerusform>Bis zu %n Einreichungen pro Clipper</numerusform>
        </translation>
    </message>
    <message>
        <source>Source material</source>
        <translation>Quellmaterial</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignEditorDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>A %1 campaign is read-only.</source>
        <translation>Eine Kampagne im Status „%1“ ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignForm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>e.g. Summer drop 2026</source>
        <translation>z. B. Sommer-Drop 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation>(Kategorie wählen)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Public — clippers can discover it</source>
        <translation>Öffentlich — Clipper können sie entdecken</translation>
    </message>
    <message>
        <source>Private — invited clippers only</source>
        <translation>Privat — nur eingeladene Clipper</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Sichtbarkeit:</translation>
    </message>
    <message>
        <source>What should the clips achieve?</source>
        <translation>Was sollen die Clips erreichen?</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Budget, payout and schedule</source>
        <translation>Budget, Auszahlung und Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>Paid per 1,000 qualifying views.</source>
        <translation>Bezahlt pro 1.000 anrechenbare Aufrufe.</translation>
    </message>
    <message>
        <source>C&amp;PM rate:</source>
        <translation>C&amp;PM-Rate:</translation>
    </message>
    <message>
        <source>A flat fee for every approved clip.</source>
        <translation>Eine feste Vergütung für jeden freigegebenen Clip.</translation>
    </message>
    <message>
        <source>Fee per c&amp;lip:</source>
        <translation>Vergütung pro C&amp;lip:</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>Max payout per clip:</source>
        <translation>Max. Auszahlung pro Clip:</translation>
    </message>
    <message>
        <source>Cap per clipper:</source>
        <translation>Obergrenze pro Clipper:</translation>
    </message>
    <message>
        <source>Views a clip needs before it earns.</source>
        <translation>Aufrufe, die ein Clip braucht, bevor er etwas verdient.</translation>
    </message>
    <message>
        <source>Minimum views:</source>
        <translation>Mindestaufrufe:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zei&amp;tzone:</translation>
    </message>
    <message>
        <source>Clip rules</source>
        <translation>Regeln für Clips</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <source>#brand, #ad (comma separated)</source>
        <translation>#marke, #werbung (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>&amp;Required hashtags:</source>
        <translation>&amp;Erforderliche Hashtags:</translation>
    </message>
    <message>
        <source>hashtags clips must not use</source>
        <translation>Hashtags, die Clips nicht verwenden dürfen</translation>
    </message>
    <message>
        <source>Blac&amp;klisted hashtags:</source>
        <translation>Verbotene &amp;Hashtags:</translation>
    </message>
    <message>
        <source>e.g. #ad — paid partnership with ACME</source>
        <translation>z. B. #werbung — bezahlte Partnerschaft mit ACME</translation>
    </message>
    <message>
        <source>&amp;Disclosure text:</source>
        <translation>&amp;Werbekennzeichnung:</translation>
    </message>
    <message>
        <source>Submissions per clipper:</source>
        <translation>Einreichungen pro Clipper:</translation>
    </message>
    <message>
        <source>One https:// link per line (long videos to cut from)</source>
        <translation>Ein https://-Link pro Zeile (lange Videos, aus denen geschnitten wird)</translation>
    </message>
    <message>
        <source>Source &amp;asset links:</source>
        <translation>Links zum &amp;Quellmaterial:</translation>
    </message>
    <message>
        <source>Brief (Markdown)</source>
        <translation>Briefing (Markdown)</translation>
    </message>
    <message>
        <source># What we want

Describe the clips, the tone, do&apos;s and don&apos;ts…</source>
        <translation># Was wir wollen

Beschreiben Sie die Clips, den Ton, was erwünscht ist und was nicht …</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Hier erscheint die Vorschau.</translation>
    </message>
    <message>
        <source>Preview updates as you type.</source>
        <translation>Die Vorschau aktualisiert sich beim Tippen.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>CPM rate</source>
        <translation>CPM-Rate</translation>
    </message>
    <message>
        <source>Fee per clip</source>
        <translation>Vergütung pro Clip</translation>
    </message>
    <message>
        <source>Max payout per clip</source>
        <translation>Max. Auszahlung pro Clip</translation>
    </message>
    <message>
        <source>Cap per clipper</source>
        <translation>Obergrenze pro Clipper</translation>
    </message>
    <message>
        <source>The whole budget. Spending is not tracked yet, so the budget left is the budget.</source>
        <translation>Das gesamte Budget. Ausgaben werden noch nicht erfasst, daher entspricht das Restbudget dem Budget.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignListModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation>Pro Clip</translation>
    </message>
    <message>
        <source>CPM + per clip</source>
        <translation>CPM + pro Clip</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Flagged by an admin: %1</source>
        <translation>Von einem Admin gesperrt: %1</translation>
    </message>
    <message>
        <source>The campaign&apos;s whole budget (spending is not tracked yet).</source>
        <translation>Das gesamte Budget der Kampagne (Ausgaben werden noch nicht erfasst).</translation>
    </message>
    <message>
        <source>The campaign&apos;s whole budget. Spending is not tracked yet, so the budget left is the budget.</source>
        <translation>Das gesamte Budget der Kampagne. Ausgaben werden noch nicht erfasst, daher entspricht das Restbudget dem Budget.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>CPM rate</source>
        <translation>CPM-Rate</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New Campaign</source>
        <translation>&amp;Neue Kampagne</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Save as &amp;Template</source>
        <translation>Als &amp;Vorlage speichern</translation>
    </message>
    <message>
        <source>New from Te&amp;mplate…</source>
        <translation>Neu a&amp;us Vorlage …</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>Sa&amp;mmelbearbeitung …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search name or category (%1)</source>
        <translation>Name oder Kategorie suchen (%1)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Show templates</source>
        <translation>Vorlagen zeigen</translation>
    </message>
    <message>
        <source>Show your templates instead of your campaigns.</source>
        <translation>Ihre Vorlagen statt Ihrer Kampagnen zeigen.</translation>
    </message>
    <message>
        <source>No campaigns match your search and filters.</source>
        <translation>Keine Kampagne passt zu Ihrer Suche und Ihren Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No templates yet. Select a campaign and choose Save as Template to reuse its settings.</source>
        <translation>Noch keine Vorlagen. Wählen Sie eine Kampagne aus und dann „Als Vorlage speichern“, um ihre Einstellungen wiederzuverwenden.</translation>
    </message>
    <message>
        <source>Show campaigns</source>
        <translation>Kampagnen zeigen</translation>
    </message>
    <message>
        <source>You have no campaigns yet. Create one to start working with clippers.</source>
        <translation>Sie haben noch keine Kampagnen. Erstellen Sie eine, um mit Clippern zu arbeiten.</translation>
    </message>
    <message>
        <source>New Campaign (%1)</source>
        <translation>Neue Kampagne (%1)</translation>
    </message>
    <message>
        <source>Saved. It is sent to the server with the next sync.</source>
        <translation>Gespeichert. Es wird bei der nächsten Synchronisierung an den Server gesendet.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as a template.</source>
        <translation>„%1“ wurde als Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Cloned &quot;%1&quot; into a new draft.</source>
        <translation>„%1“ wurde als neuer Entwurf dupliziert.</translation>
    </message>
    <message>
        <source>You have no templates yet. Select a campaign and choose Save as Template.</source>
        <translation>Sie haben noch keine Vorlagen. Wählen Sie eine Kampagne aus und dann „Als Vorlage speichern“.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Campaigns: %1 · Active: %2 · Templates: %3</source>
        <translation>Kampagnen: %1 · Aktiv: %2 · Vorlagen: %3</translation>
    </message>
    <message>
        <source>Campaigns %1: %2.</source>
        <translation>Kampagnen %1: %2.</translation>
    </message>
    <message>
        <source>Campaigns changed: %1.</source>
        <translation>Kampagnen geändert: %1.</translation>
    </message>
    <message>
        <source>Delete the selected drafts and templates (%1)? This cannot be undone.</source>
        <translation>Die ausgewählten Entwürfe und Vorlagen (%1) löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Gelöscht: %1.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipDetailsForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>#tag #another</source>
        <translation>#tag #noch_einer</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Make a new version</source>
        <translation>Neue Version erstellen</translation>
    </message>
    <message>
        <source>A reviewed clip is never edited in place: edit a new version instead</source>
        <translation>Ein geprüfter Clip wird nie direkt bearbeitet: Bearbeiten Sie stattdessen eine neue Version</translation>
    </message>
    <message>
        <source>Save link</source>
        <translation>Link speichern</translation>
    </message>
    <message>
        <source>Record where the approved clip is posted</source>
        <translation>Festhalten, wo der freigegebene Clip veröffentlicht ist</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Submit the clip to the campaign for review</source>
        <translation>Den Clip zur Prüfung bei der Kampagne einreichen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Hashtags:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Posted at:</source>
        <translation>Veröffentlicht unter:</translation>
    </message>
    <message>
        <source>Submit to:</source>
        <translation>Einreichen bei:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <source>(join a campaign first)</source>
        <translation>(treten Sie zuerst einer Kampagne bei)</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Noch kein Feedback.</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Submitted to “%1”.</source>
        <translation>Bei „%1“ eingereicht.</translation>
    </message>
    <message>
        <source>Saved the posted link.</source>
        <translation>Der Link zur Veröffentlichung wurde gespeichert.</translation>
    </message>
    <message>
        <source>Made a new version to edit; the reviewed one stays as it was.</source>
        <translation>Eine neue Version zum Bearbeiten wurde erstellt; die geprüfte bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipDisplayProxy</name>
    <message>
        <source>Reviewer: %1</source>
        <translation>Prüfer: %1</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipEditorPlugin</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>%1 wurde in %2 nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipEditorWidget</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Open video…</source>
        <translation>Video öffnen …</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>Play backwards</source>
        <translation>Rückwärts abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play forwards (again: faster)</source>
        <translation>Vorwärts abspielen (erneut: schneller)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Previous keyframe</source>
        <translation>Vorheriger Keyframe</translation>
    </message>
    <message>
        <source>Next keyframe</source>
        <translation>Nächster Keyframe</translation>
    </message>
    <message>
        <source>Set in point</source>
        <translation>Startmarke setzen</translation>
    </message>
    <message>
        <source>Set out point</source>
        <translation>Endmarke setzen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Open a video to start (Ctrl+O)</source>
        <translation>Öffnen Sie zuerst ein Video (Strg+O)</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.avi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Move in point</source>
        <translation>Startmarke verschieben</translation>
    </message>
    <message>
        <source>Move out point</source>
        <translation>Endmarke verschieben</translation>
    </message>
    <message>
        <source>%1 / %2  ·  frame %3 of %4</source>
        <translation>%1 / %2  ·  Bild %3 von %4</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>▶ %1×</source>
        <translation>▶ %1×</translation>
    </message>
    <message>
        <source>◀ %1×</source>
        <translation>◀ %1×</translation>
    </message>
    <message>
        <source>In %1  Out %2  Length %3</source>
        <translation>Start %1  Ende %2  Länge %3</translation>
    </message>
    <message>
        <source>%1×%2 · %3 fps · %4</source>
        <translation>%1×%2 · %3 fps · %4</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipExportLink</name>
    <message>
        <source>Make a new draft clip from “%1” and upload it?</source>
        <translation>Aus „%1“ einen neuen Clip-Entwurf erstellen und hochladen?</translation>
    </message>
    <message>
        <source>Use “%1” as the video of the draft “%2” and upload it?</source>
        <translation>„%1“ als Video des Entwurfs „%2“ verwenden und hochladen?</translation>
    </message>
    <message>
        <source>“%2” has been reviewed and stays exactly as the reviewer saw it. Make a new version of it with “%1” and upload that?</source>
        <translation>„%2“ wurde bereits geprüft und bleibt genau so, wie der Prüfer den Clip gesehen hat. Mit „%1“ eine neue Version davon erstellen und diese hochladen?</translation>
    </message>
    <message>
        <source>Use the exported video</source>
        <translation>Exportiertes Video verwenden</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Keep the file only</source>
        <translation>Nur die Datei behalten</translation>
    </message>
    <message>
        <source>Uploading the exported video for this draft.</source>
        <translation>Das exportierte Video wird für diesen Entwurf hochgeladen.</translation>
    </message>
    <message>
        <source>Made a new draft for the exported video; uploading it.</source>
        <translation>Für das exportierte Video wurde ein neuer Entwurf erstellt; es wird hochgeladen.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipListModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Reviewer feedback: %1</source>
        <translation>Feedback des Prüfers: %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>(campaign not cached)</source>
        <translation>(Kampagne nicht zwischengespeichert)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>Clipper</source>
        <translation>Clipper</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Offline-Kopie</translation>
    </message>
    <message>
        <source>(unknown clipper)</source>
        <translation>(unbekannter Clipper)</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipPlayerPane</name>
    <message>
        <source>Videos cannot be played: %1</source>
        <translation>Videos können nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipPlayerWidget</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>Das Video kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipTimeline</name>
    <message>
        <source>Click or drag to move the playhead; drag the green (in) or red (out) handle to trim</source>
        <translation>Klicken oder ziehen, um die Abspielposition zu verschieben; die grüne (Start) oder rote (Ende) Marke ziehen, um zu kürzen</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipUploadPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upload video…</source>
        <translation>Video hochladen …</translation>
    </message>
    <message>
        <source>Upload a video file for this draft</source>
        <translation>Eine Videodatei für diesen Entwurf hochladen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause or resume the upload</source>
        <translation>Das Hochladen pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Stop and discard the upload</source>
        <translation>Das Hochladen beenden und verwerfen</translation>
    </message>
    <message>
        <source>Choose the clip&apos;s video</source>
        <translation>Video für den Clip wählen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.mkv *.webm)</source>
        <translation>Videos (*.mp4 *.mov *.m4v *.mkv *.webm)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No upload running. Upload the clip&apos;s video to submit it.</source>
        <translation>Es läuft kein Hochladen. Laden Sie das Video des Clips hoch, um ihn einzureichen.</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 (%3/s)</source>
        <translation>Wird hochgeladen: %1 von %2 (%3/s)</translation>
    </message>
    <message>
        <source>Paused at %1 of %2; it continues where it stopped.</source>
        <translation>Bei %1 von %2 pausiert; es geht dort weiter, wo es angehalten hat.</translation>
    </message>
    <message>
        <source>Uploaded; the server is checking the video…</source>
        <translation>Hochgeladen; der Server prüft das Video …</translation>
    </message>
    <message>
        <source>The video is attached; it reaches the server with the next sync.</source>
        <translation>Das Video ist angehängt; es erreicht den Server bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The server refused this video: %1</source>
        <translation>Der Server hat dieses Video abgelehnt: %1</translation>
    </message>
    <message>
        <source>The upload stopped: %1. It is tried again the next time you sign in.</source>
        <translation>Das Hochladen wurde unterbrochen: %1. Es wird bei Ihrer nächsten Anmeldung erneut versucht.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ColorSwatchEditor</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a brand colour</source>
        <translation>Eine Markenfarbe hinzufügen</translation>
    </message>
    <message>
        <source>%1 — click to change</source>
        <translation>%1 — zum Ändern klicken</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Markenfarbe</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CreatorSearchModel</name>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Nische</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CreatorsPage</name>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Find clippers by category, niche and reach, then invite them to a campaign.</source>
        <translation>Finden Sie Clipper nach Kategorie, Nische und Reichweite und laden Sie sie zu einer Kampagne ein.</translation>
    </message>
    <message>
        <source>&amp;Invite to Campaign…</source>
        <translation>Zu Kampagne &amp;einladen …</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Niche or name, e.g. speedruns</source>
        <translation>Nische oder Name, z. B. Speedruns</translation>
    </message>
    <message>
        <source>Reach ≥ </source>
        <translation>Reichweite ≥ </translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No clippers match this search. Try a wider category or a lower reach.</source>
        <translation>Keine Clipper passen zu dieser Suche. Versuchen Sie eine breitere Kategorie oder eine geringere Reichweite.</translation>
    </message>
    <message>
        <source>No clipper profiles are cached yet. They appear after the next sync.</source>
        <translation>Noch keine Clipper-Profile zwischengespeichert. Sie erscheinen nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Invitations need an active or paused campaign. Activate one on the Campaigns page first.</source>
        <translation>Einladungen brauchen eine aktive oder pausierte Kampagne. Aktivieren Sie zuerst eine auf der Seite „Kampagnen“.</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>%1 einladen</translation>
    </message>
    <message>
        <source>Invite %1 to one of your campaigns. They can accept, reject or send a counter-offer.</source>
        <translation>Laden Sie %1 zu einer Ihrer Kampagnen ein. Die Einladung kann angenommen, abgelehnt oder mit einem Gegenangebot beantwortet werden.</translation>
    </message>
    <message>
        <source>&amp;Send Invitation</source>
        <translation>Einladung &amp;senden</translation>
    </message>
    <message>
        <source>Invitation to %1 queued. Follow it on the Offers page.</source>
        <translation>Einladung an %1 vorgemerkt. Verfolgen Sie sie auf der Seite „Angebote“.</translation>
    </message>
    <message>
        <source>%1 CPM</source>
        <translation>%1 CPM</translation>
    </message>
    <message>
        <source>%1 per clip</source>
        <translation>%1 pro Clip</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::DiscoverPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Search name or category…</source>
        <translation>Name oder Kategorie suchen …</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Suchen (%1)</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Any payout</source>
        <translation>Jede Auszahlungsart</translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation>Jede Plattform</translation>
    </message>
    <message>
        <source>Min. CPM</source>
        <translation>Min. CPM</translation>
    </message>
    <message>
        <source>Only campaigns paying at least this per 1,000 views</source>
        <translation>Nur Kampagnen, die mindestens so viel pro 1.000 Aufrufe zahlen</translation>
    </message>
    <message>
        <source>Min. budget left</source>
        <translation>Min. Restbudget</translation>
    </message>
    <message>
        <source>Only campaigns with at least this budget left. Spending is not tracked yet, so the budget left is the whole budget.</source>
        <translation>Nur Kampagnen mit mindestens so viel Restbudget. Ausgaben werden noch nicht erfasst, daher ist das Restbudget das gesamte Budget.</translation>
    </message>
    <message>
        <source>Show every campaign again (%1)</source>
        <translation>Wieder alle Kampagnen zeigen (%1)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Public campaigns you can apply to. Pick one to read its brief.</source>
        <translation>Öffentliche Kampagnen, bei denen Sie sich bewerben können. Wählen Sie eine aus, um ihr Briefing zu lesen.</translation>
    </message>
    <message>
        <source>No campaign matches these filters.</source>
        <translation>Keine Kampagne passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No public campaigns right now. New ones appear here as brands publish them.</source>
        <translation>Zurzeit keine öffentlichen Kampagnen. Neue erscheinen hier, sobald Marken sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Apply to “%1”</source>
        <translation>Bei „%1“ bewerben</translation>
    </message>
    <message>
        <source>Tell the brand why you are a good fit. The terms start from the campaign&apos;s payout; propose others if you like.</source>
        <translation>Sagen Sie der Marke, warum Sie gut passen. Die Konditionen gehen von der Auszahlung der Kampagne aus; schlagen Sie gern andere vor.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ExportDialog</name>
    <message>
        <source>Export clip</source>
        <translation>Clip exportieren</translation>
    </message>
    <message>
        <source>Lossless — stream copy, starts on a keyframe</source>
        <translation>Verlustfrei — Stream-Kopie, beginnt an einem Keyframe</translation>
    </message>
    <message>
        <source>Accurate — re-encode (H.264/AAC), exact frames</source>
        <translation>Genau — neu kodieren (H.264/AAC), bildgenau</translation>
    </message>
    <message>
        <source>Lossless is fast and keeps the quality, but the clip starts at the keyframe at or before the in point. Accurate starts and ends on the exact frames.</source>
        <translation>Verlustfrei ist schnell und erhält die Qualität, aber der Clip beginnt am Keyframe an oder vor der Startmarke. Genau beginnt und endet auf den exakten Bildern.</translation>
    </message>
    <message>
        <source>-clip</source>
        <translation>-clip</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Check for:</source>
        <translation>Prüfen für:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export (%1)</source>
        <translation>Exportieren (%1)</translation>
    </message>
    <message>
        <source>Cancel the export or close (Esc)</source>
        <translation>Den Export abbrechen oder schließen (Esc)</translation>
    </message>
    <message>
        <source>Working out the exact range…</source>
        <translation>Der genaue Bereich wird ermittelt …</translation>
    </message>
    <message>
        <source>Starts at %1, %2 s before your in point (the keyframe there). Length %3.</source>
        <translation>Beginnt bei %1, %2 s vor Ihrer Startmarke (am dortigen Keyframe). Länge %3.</translation>
    </message>
    <message>
        <source>Starts exactly at %1. Length %2.</source>
        <translation>Beginnt genau bei %1. Länge %2.</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Choose a new file to save the clip to.</source>
        <translation>Wählen Sie eine neue Datei, in der der Clip gespeichert wird.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3 MB).</source>
        <translation>%1 gespeichert (%2, %3 MB).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::FlagReasonDialog</name>
    <message>
        <source>Reason (required; the owner is told)</source>
        <translation>Grund (erforderlich; der Eigentümer wird informiert)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Enter a reason first.</source>
        <translation>Geben Sie zuerst einen Grund ein.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::FlaggableTablePage</name>
    <message>
        <source>Flagged: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Flag…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <source>Unflag…</source>
        <translation>Entsperren …</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Flag the selected item with a reason</source>
        <translation>Den ausgewählten Eintrag mit Begründung sperren</translation>
    </message>
    <message>
        <source>Remove the flag, with a reason</source>
        <translation>Die Sperre mit Begründung aufheben</translation>
    </message>
    <message>
        <source>Nothing matches the search and filter.</source>
        <translation>Nichts passt zu Suche und Filter.</translation>
    </message>
    <message>
        <source>Flag “%1”</source>
        <translation>„%1“ sperren</translation>
    </message>
    <message>
        <source>Unflag “%1”</source>
        <translation>„%1“ entsperren</translation>
    </message>
    <message>
        <source>Why do you flag “%1”? The reason is recorded in the audit log.</source>
        <translation>Warum sperren Sie „%1“? Der Grund wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Why do you lift the flag on “%1”? The reason is recorded in the audit log.</source>
        <translation>Warum heben Sie die Sperre von „%1“ auf? Der Grund wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>“%1” is flagged; the change is sent with the next sync.</source>
        <translation>„%1“ ist gesperrt; die Änderung wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>“%1” is no longer flagged; the change is sent with the next sync.</source>
        <translation>„%1“ ist nicht mehr gesperrt; die Änderung wird bei der nächsten Synchronisierung gesendet.</translation>
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
    <name>ClipDesk::Ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add the link (Enter)</source>
        <translation>Den Link hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>Den ausgewählten Link entfernen (Entf)</translation>
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
    <name>ClipDesk::Ui::MembershipModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation>Pro Clip</translation>
    </message>
    <message>
        <source>CPM rate</source>
        <translation>CPM-Rate</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(campaign not cached)</source>
        <translation>(Kampagne nicht zwischengespeichert)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::MyCampaignsPage</name>
    <message>
        <source>Leave campaign…</source>
        <translation>Kampagne verlassen …</translation>
    </message>
    <message>
        <source>Show ended memberships</source>
        <translation>Beendete Mitgliedschaften zeigen</translation>
    </message>
    <message>
        <source>You are not in any campaign yet. Apply in Discover or accept an invitation in Offers.</source>
        <translation>Sie sind noch in keiner Kampagne. Bewerben Sie sich unter „Entdecken“ oder nehmen Sie unter „Angebote“ eine Einladung an.</translation>
    </message>
    <message>
        <source>Leave the selected campaign (%1)</source>
        <translation>Die ausgewählte Kampagne verlassen (%1)</translation>
    </message>
    <message>
        <source>My campaigns</source>
        <translation>Meine Kampagnen</translation>
    </message>
    <message>
        <source>Campaigns you clip for, with the terms you agreed on.</source>
        <translation>Kampagnen, für die Sie Clips erstellen, mit den vereinbarten Konditionen.</translation>
    </message>
    <message>
        <source>Leave campaign</source>
        <translation>Kampagne verlassen</translation>
    </message>
    <message>
        <source>Leave “%1”? You stop earning from it, and joining again needs a new offer.</source>
        <translation>„%1“ verlassen? Sie verdienen dann nichts mehr daran, und für einen erneuten Beitritt ist ein neues Angebot nötig.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>You left “%1”.</source>
        <translation>Sie haben „%1“ verlassen.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::MyClipsPage</name>
    <message>
        <source>New clip</source>
        <translation>Neuer Clip</translation>
    </message>
    <message>
        <source>Start a new draft clip</source>
        <translation>Einen neuen Clip als Entwurf beginnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected draft or rejected clip</source>
        <translation>Den ausgewählten Entwurf oder abgelehnten Clip löschen</translation>
    </message>
    <message>
        <source>Edit in editor</source>
        <translation>Im Editor bearbeiten</translation>
    </message>
    <message>
        <source>Open the clip&apos;s video in the clip editor</source>
        <translation>Das Video des Clips im Clip-Editor öffnen</translation>
    </message>
    <message>
        <source>No clips yet. Start one, then cut it in the clip editor.</source>
        <translation>Noch keine Clips. Beginnen Sie einen und schneiden Sie ihn dann im Clip-Editor.</translation>
    </message>
    <message>
        <source>My clips</source>
        <translation>Meine Clips</translation>
    </message>
    <message>
        <source>Your clips, their review status and the reviewers&apos; feedback.</source>
        <translation>Ihre Clips, ihr Prüfstatus und das Feedback der Prüfer.</translation>
    </message>
    <message>
        <source>New draft clip created: give it a title and a video.</source>
        <translation>Neuer Clip-Entwurf erstellt: Geben Sie ihm einen Titel und ein Video.</translation>
    </message>
    <message>
        <source>Delete clip</source>
        <translation>Clip löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Clip editor — %1</source>
        <translation>Clip-Editor — %1</translation>
    </message>
    <message>
        <source>The exported video was not uploaded: %1</source>
        <translation>Das exportierte Video wurde nicht hochgeladen: %1</translation>
    </message>
    <message>
        <source>The clip editor could not be loaded: %1</source>
        <translation>Der Clip-Editor konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OfferTermsDialog</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>e.g. 3 clips, product visible for 10 s, link in bio</source>
        <translation>z. B. 3 Clips, Produkt 10 s sichtbar, Link in der Bio</translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
        <translation>&amp;Anforderungen:</translation>
    </message>
    <message>
        <source>Fee per c&amp;lip:</source>
        <translation>Vergütung pro C&amp;lip:</translation>
    </message>
    <message>
        <source>Paid per 1,000 qualifying views.</source>
        <translation>Bezahlt pro 1.000 anrechenbare Aufrufe.</translation>
    </message>
    <message>
        <source>C&amp;PM rate:</source>
        <translation>C&amp;PM-Rate:</translation>
    </message>
    <message>
        <source>A note to the other side</source>
        <translation>Eine Nachricht an die Gegenseite</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Wählen Sie zuerst eine Kampagne.</translation>
    </message>
    <message>
        <source>Fee per clip: %1</source>
        <translation>Vergütung pro Clip: %1</translation>
    </message>
    <message>
        <source>CPM rate: %1</source>
        <translation>CPM-Rate: %1</translation>
    </message>
    <message>
        <source>The campaign pays: %1</source>
        <translation>Die Kampagne zahlt: %1</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OfferThreadListModel</name>
    <message>
        <source>(campaign not cached)</source>
        <translation>(Kampagne nicht zwischengespeichert)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
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
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OfferThreadModel</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Countered</source>
        <translation>Gegenangebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
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
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation>Pro Clip</translation>
    </message>
    <message>
        <source>CPM rate</source>
        <translation>CPM-Rate</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OffersInboxPage</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept these terms and join the campaign</source>
        <translation>Diese Konditionen annehmen und der Kampagne beitreten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decline and close the thread</source>
        <translation>Ablehnen und die Verhandlung schließen</translation>
    </message>
    <message>
        <source>Counter…</source>
        <translation>Gegenangebot …</translation>
    </message>
    <message>
        <source>Propose other terms</source>
        <translation>Andere Konditionen vorschlagen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Take back your pending round</source>
        <translation>Ihre offene Runde zurücknehmen</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Alle Verhandlungen</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Warten auf Sie</translation>
    </message>
    <message>
        <source>Waiting for the brand</source>
        <translation>Warten auf die Marke</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Invitations from brands and your applications, one row per negotiation. Bold rows wait for your answer.</source>
        <translation>Einladungen von Marken und Ihre Bewerbungen, eine Zeile pro Verhandlung. Fett gedruckte Zeilen warten auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>No thread selected</source>
        <translation>Keine Verhandlung ausgewählt</translation>
    </message>
    <message>
        <source>Select a thread to see its rounds.</source>
        <translation>Wählen Sie eine Verhandlung aus, um ihre Runden zu sehen.</translation>
    </message>
    <message>
        <source>Invitation to “%1” from %2</source>
        <translation>Einladung zu „%1“ von %2</translation>
    </message>
    <message>
        <source>Your application to “%1” (%2)</source>
        <translation>Ihre Bewerbung bei „%1“ (%2)</translation>
    </message>
    <message>
        <source>Round %1 waits for your answer: accept, reject or propose other terms.</source>
        <translation>Runde %1 wartet auf Ihre Antwort: annehmen, ablehnen oder andere Konditionen vorschlagen.</translation>
    </message>
    <message>
        <source>Round %1 waits for the brand. You can still withdraw it.</source>
        <translation>Runde %1 wartet auf die Marke. Sie können sie noch zurückziehen.</translation>
    </message>
    <message>
        <source>This thread is closed (%1).</source>
        <translation>Diese Verhandlung ist geschlossen (%1).</translation>
    </message>
    <message>
        <source>No invitations or applications yet. Apply to a campaign in Discover.</source>
        <translation>Noch keine Einladungen oder Bewerbungen. Bewerben Sie sich unter „Entdecken“ bei einer Kampagne.</translation>
    </message>
    <message>
        <source>No thread matches this view.</source>
        <translation>Keine Verhandlung passt zu dieser Ansicht.</translation>
    </message>
    <message>
        <source>Accepted. You are now a member of the campaign (sent with the next sync).</source>
        <translation>Angenommen. Sie sind jetzt Mitglied der Kampagne (wird bei der nächsten Synchronisierung gesendet).</translation>
    </message>
    <message>
        <source>Rejected. The brand is told with the next sync.</source>
        <translation>Abgelehnt. Die Marke erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Zurückgezogen.</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>Gegenangebot</translation>
    </message>
    <message>
        <source>Propose other terms. The brand can accept, reject or counter again.</source>
        <translation>Schlagen Sie andere Konditionen vor. Die Marke kann annehmen, ablehnen oder erneut ein Gegenangebot machen.</translation>
    </message>
    <message>
        <source>Counter-offer sent with the next sync.</source>
        <translation>Das Gegenangebot wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OffersPage</name>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Invitations and applications, round by round. Answer when it is your turn.</source>
        <translation>Einladungen und Bewerbungen, Runde für Runde. Antworten Sie, wenn Sie an der Reihe sind.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;Counter…</source>
        <translation>&amp;Gegenangebot …</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Accepted. The clipper is now a member of the campaign.</source>
        <translation>Angenommen. Der Clipper ist jetzt Mitglied der Kampagne.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Zurückgezogen.</translation>
    </message>
    <message>
        <source>No offers yet. Invite clippers from the Creators page, or wait for applications.</source>
        <translation>Noch keine Angebote. Laden Sie Clipper auf der Seite „Creator“ ein oder warten Sie auf Bewerbungen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select a thread to see its rounds.</source>
        <translation>Wählen Sie eine Verhandlung aus, um ihre Runden zu sehen.</translation>
    </message>
    <message>
        <source>Your turn: accept, reject or send a counter-offer.</source>
        <translation>Sie sind an der Reihe: annehmen, ablehnen oder ein Gegenangebot senden.</translation>
    </message>
    <message>
        <source>Waiting for the clipper to answer round %1.</source>
        <translation>Warten auf die Antwort des Clippers zu Runde %1.</translation>
    </message>
    <message>
        <source>This negotiation is closed (%1).</source>
        <translation>Diese Verhandlung ist geschlossen (%1).</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>Gegenangebot</translation>
    </message>
    <message>
        <source>Change the terms of round %1. The clipper then answers your round %2.</source>
        <translation>Ändern Sie die Konditionen von Runde %1. Der Clipper antwortet dann auf Ihre Runde %2.</translation>
    </message>
    <message>
        <source>&amp;Send Counter-offer</source>
        <translation>Gegenangebot &amp;senden</translation>
    </message>
    <message>
        <source>Counter-offer queued.</source>
        <translation>Gegenangebot vorgemerkt.</translation>
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
    <name>ClipDesk::Ui::ProfileEditorPage</name>
    <message>
        <source>https://www.tiktok.com/@you</source>
        <translation>https://www.tiktok.com/@sie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>How brands and clippers see you. Changes are saved locally and sent with the next sync.</source>
        <translation>So sehen Marken und Clipper Sie. Änderungen werden lokal gespeichert und bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Avatar ändern …</translation>
    </message>
    <message>
        <source>Pick and crop a picture (%1)</source>
        <translation>Ein Bild auswählen und zuschneiden (%1)</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>A few sentences about you or your brand</source>
        <translation>Ein paar Sätze über Sie oder Ihre Marke</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Bio:</translation>
    </message>
    <message>
        <source>&amp;Social links:</source>
        <translation>&amp;Social-Media-Links:</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Bra&amp;nche:</translation>
    </message>
    <message>
        <source>Brand colours:</source>
        <translation>Markenfarben:</translation>
    </message>
    <message>
        <source>Clipper</source>
        <translation>Clipper</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>e.g. speedruns, street food</source>
        <translation>z. B. Speedruns, Streetfood</translation>
    </message>
    <message>
        <source> followers</source>
        <translation> Follower</translation>
    </message>
    <message>
        <source>https://… a clip you made</source>
        <translation>https://… ein Clip von Ihnen</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Niche:</source>
        <translation>N&amp;ische:</translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation>&amp;Reichweite:</translation>
    </message>
    <message>
        <source>&amp;Portfolio links:</source>
        <translation>&amp;Portfolio-Links:</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>Undo the unsaved changes</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Saved. Your changes are sent with the next sync.</source>
        <translation>Gespeichert. Ihre Änderungen werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Avatar wählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image: %2</source>
        <translation>„%1“ konnte nicht als Bild gelesen werden: %2</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The server refused this picture: %1</source>
        <translation>Der Server hat dieses Bild abgelehnt: %1</translation>
    </message>
    <message>
        <source>New picture pending upload</source>
        <translation>Neues Bild wartet auf das Hochladen</translation>
    </message>
    <message>
        <source>Your current picture is stored on the server</source>
        <translation>Ihr aktuelles Bild ist auf dem Server gespeichert</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Noch kein Bild</translation>
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
    <name>ClipDesk::Ui::SpecCheckPanel</name>
    <message>
        <source>Checking against %1…</source>
        <translation>Wird für %1 geprüft …</translation>
    </message>
    <message>
        <source>Could not check the file: %1</source>
        <translation>Die Datei konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>✔ %1 is ready for %2.</source>
        <translation>✔ %1 ist bereit für %2.</translation>
    </message>
    <message>
        <source>1 problem for %1:</source>
        <translation>1 Problem für %1:</translation>
    </message>
    <message>
        <source>%1 problems for %2:</source>
        <translation>%1 Probleme für %2:</translation>
    </message>
    <message>
        <source>Fix it: writes a new file next to this one and checks it again</source>
        <translation>Beheben: schreibt eine neue Datei neben diese und prüft sie erneut</translation>
    </message>
    <message>
        <source>No automatic fix</source>
        <translation>Keine automatische Behebung</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>vertikal</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>loudness</source>
        <translation>lautheit</translation>
    </message>
    <message>
        <source>transcoded</source>
        <translation>umgewandelt</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation>Die Behebung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel fix</source>
        <translation>Behebung abbrechen</translation>
    </message>
    <message>
        <source>Stop the fix; no file is written</source>
        <translation>Die Behebung abbrechen; es wird keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Fix cancelled; no file was written.</source>
        <translation>Behebung abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SubmissionDetailPane</name>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Feedback for the clipper (required to reject; Ctrl+Enter rejects)</source>
        <translation>Feedback für den Clipper (zum Ablehnen erforderlich; Strg+Eingabe lehnt ab)</translation>
    </message>
    <message>
        <source>Approve the clip (A)</source>
        <translation>Den Clip freigeben (A)</translation>
    </message>
    <message>
        <source>Reject the clip with the feedback above (R, or Ctrl+Enter in the feedback)</source>
        <translation>Den Clip mit dem Feedback oben ablehnen (R oder Strg+Eingabe im Feedback)</translation>
    </message>
    <message>
        <source>No clip selected</source>
        <translation>Kein Clip ausgewählt</translation>
    </message>
    <message>
        <source>Select a submission to watch and review it.</source>
        <translation>Wählen Sie eine Einreichung aus, um sie anzusehen und zu prüfen.</translation>
    </message>
    <message>
        <source>an unknown clipper</source>
        <translation>einem unbekannten Clipper</translation>
    </message>
    <message>
        <source>a campaign not in the cache</source>
        <translation>eine Kampagne, die nicht im Zwischenspeicher ist</translation>
    </message>
    <message>
        <source>By %1 for %2 · %3 · submitted %4</source>
        <translation>Von %1 für %2 · %3 · eingereicht am %4</translation>
    </message>
    <message>
        <source>Waiting for your review.</source>
        <translation>Wartet auf Ihre Prüfung.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>This clip has no video.</source>
        <translation>Dieser Clip hat kein Video.</translation>
    </message>
    <message>
        <source>Available offline (%1).</source>
        <translation>Offline verfügbar (%1).</translation>
    </message>
    <message>
        <source>Download paused. Make it available offline again to continue.</source>
        <translation>Download pausiert. Machen Sie den Clip erneut offline verfügbar, um fortzufahren.</translation>
    </message>
    <message>
        <source>Downloading for offline review…</source>
        <translation>Wird für die Offline-Prüfung heruntergeladen …</translation>
    </message>
    <message>
        <source>Waiting to download: %1</source>
        <translation>Wartet auf den Download: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>try again</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not on this device.</source>
        <translation>Nicht auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Make the clip available offline (Ctrl+D) to watch it here, with or without a connection.</source>
        <translation>Machen Sie den Clip offline verfügbar (Strg+D), um ihn hier anzusehen – mit oder ohne Verbindung.</translation>
    </message>
    <message>
        <source>Write what the clipper should change, then reject (Ctrl+Enter).</source>
        <translation>Schreiben Sie, was der Clipper ändern soll, und lehnen Sie dann ab (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Approved “%1”.</source>
        <translation>„%1“ freigegeben.</translation>
    </message>
    <message>
        <source>Rejected “%1”; the clipper gets your feedback.</source>
        <translation>„%1“ abgelehnt; der Clipper erhält Ihr Feedback.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SubmissionsPage</name>
    <message>
        <source>Make available offline</source>
        <translation>Offline verfügbar machen</translation>
    </message>
    <message>
        <source>Download the selected clips&apos; videos to this device</source>
        <translation>Die Videos der ausgewählten Clips auf dieses Gerät herunterladen</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Stop downloading; making it available offline again continues where it stopped</source>
        <translation>Den Download anhalten; wenn Sie den Clip erneut offline verfügbar machen, geht es dort weiter, wo er angehalten hat</translation>
    </message>
    <message>
        <source>Remove offline copy</source>
        <translation>Offline-Kopie entfernen</translation>
    </message>
    <message>
        <source>Delete the selected clips&apos; videos from this device</source>
        <translation>Die Videos der ausgewählten Clips von diesem Gerät löschen</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
    <message>
        <source>Clips sent in to your campaigns. Approve or reject them, also offline.</source>
        <translation>Bei Ihren Kampagnen eingereichte Clips. Geben Sie sie frei oder lehnen Sie sie ab – auch offline.</translation>
    </message>
    <message>
        <source>Every submitted clip on every campaign. Approve or reject them, also offline.</source>
        <translation>Alle eingereichten Clips aller Kampagnen. Geben Sie sie frei oder lehnen Sie sie ab – auch offline.</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>No clips match these filters.</source>
        <translation>Keine Clips entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing to review. Clips your clippers send in to your campaigns appear here.</source>
        <translation>Nichts zu prüfen. Clips, die Ihre Clipper bei Ihren Kampagnen einreichen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Nothing to review. Submitted clips appear here.</source>
        <translation>Nichts zu prüfen. Eingereichte Clips erscheinen hier.</translation>
    </message>
    <message>
        <source>The selected clips have no video.</source>
        <translation>Die ausgewählten Clips haben kein Video.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n video(s) for offline review. They download whenever the server is reachable.</source>
        <translation>
            <numerusform>%n Video wird für die Offline-Prüfung heruntergeladen. Der Download läuft, sobald der Server erreichbar ist.</numerusform>
            <numerusform>%n Videos werden für die Offline-Prüfung heruntergeladen. Der Download läuft, sobald der Server erreichbar ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n offline video(s) from this device.</source>
        <translation>
            <numerusform>%n Offline-Video von diesem Gerät entfernt.</numerusform>
            <numerusform>%n Offline-Videos von diesem Gerät entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) could not be made available offline; select one to see why.</source>
        <translation>
            <numerusform>%n Video konnte nicht offline verfügbar gemacht werden; wählen Sie es aus, um den Grund zu sehen.</numerusform>
            <numerusform>%n Videos konnten nicht offline verfügbar gemacht werden; wählen Sie eines aus, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) available offline.</source>
        <translation>
            <numerusform>%n Video ist offline verfügbar.</numerusform>
            <numerusform>%n Videos sind offline verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n download(s); make them available offline again to continue where they stopped.</source>
        <translation>
            <numerusform>%n Download angehalten; machen Sie das Video erneut offline verfügbar, um dort fortzusetzen, wo er stehen blieb.</numerusform>
            <numerusform>%n Downloads angehalten; machen Sie die Videos erneut offline verfügbar, um dort fortzusetzen, wo sie stehen blieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SyncIssuesPanel</name>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Copy Mine</source>
        <translation>Meine &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Sync Issues</source>
        <translation>Synchronisierungsprobleme</translation>
    </message>
    <message>
        <source>These changes were not accepted by the server. Decide what happens to each one.</source>
        <translation>Diese Änderungen hat der Server nicht angenommen. Entscheiden Sie, was mit jeder einzelnen geschieht.</translation>
    </message>
    <message>
        <source>Send your change again on top of the server&apos;s current version</source>
        <translation>Ihre Änderung erneut auf Basis der aktuellen Version des Servers senden</translation>
    </message>
    <message>
        <source>Open the editor with your values over the server&apos;s version</source>
        <translation>Den Editor mit Ihren Werten über der Version des Servers öffnen</translation>
    </message>
    <message>
        <source>Copy your values to the clipboard</source>
        <translation>Ihre Werte in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Drop your change and keep the server&apos;s version</source>
        <translation>Ihre Änderung verwerfen und die Version des Servers behalten</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No sync issues: the server accepted every change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Synchronisierungsprobleme: Der Server hat jede Änderung angenommen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Wert des Servers</translation>
    </message>
    <message>
        <source>Your change:</source>
        <translation>Ihre Änderung:</translation>
    </message>
    <message>
        <source>There is no editor for this kind of change; copy your values instead.</source>
        <translation>Für diese Art von Änderung gibt es keinen Editor; kopieren Sie stattdessen Ihre Werte.</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SyncStatusWidget</name>
    <message>
        <source>Items received so far: %1</source>
        <translation>Bisher empfangene Einträge: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung …</translation>
    </message>
    <message>
        <source>Changes are kept on this computer and sent when the server can be reached.</source>
        <translation>Änderungen bleiben auf diesem Computer und werden gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation>Mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation>1 ausstehende Änderung</translation>
    </message>
    <message>
        <source>%1 pending changes</source>
        <translation>%1 ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert um %1</translation>
    </message>
    <message>
        <source>Less than a minute ago</source>
        <translation>Vor weniger als einer Minute</translation>
    </message>
    <message>
        <source>A minute ago</source>
        <translation>Vor einer Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>Vor %1 Minuten</translation>
    </message>
    <message>
        <source>Sync issues (%1)</source>
        <translation>Synchronisierungsprobleme (%1)</translation>
    </message>
    <message>
        <source>Changes the server did not accept (F6)</source>
        <translation>Änderungen, die der Server nicht angenommen hat (F6)</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::TermsDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::TermsForm</name>
    <message>
        <source>e.g. 3 clips, product visible for 10 s</source>
        <translation>z. B. 3 Clips, Produkt 10 s sichtbar</translation>
    </message>
    <message>
        <source>Flat fee per approved clip</source>
        <translation>Feste Vergütung pro freigegebenem Clip</translation>
    </message>
    <message>
        <source>Paid per 1,000 qualifying views</source>
        <translation>Bezahlt pro 1.000 anrechenbare Aufrufe</translation>
    </message>
    <message>
        <source>A note to the other side</source>
        <translation>Eine Nachricht an die Gegenseite</translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
        <translation>&amp;Anforderungen:</translation>
    </message>
    <message>
        <source>&amp;Per clip:</source>
        <translation>&amp;Pro Clip:</translation>
    </message>
    <message>
        <source>&amp;CPM rate:</source>
        <translation>&amp;CPM-Rate:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::UploadDuplicateGuard</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation>Duplikatprüfung</translation>
    </message>
    <message>
        <source>Asking the server about clips on %1…</source>
        <translation>Clips bei %1 werden beim Server abgefragt …</translation>
    </message>
    <message>
        <source>Checking whether this video was already submitted to %1…</source>
        <translation>Es wird geprüft, ob dieses Video bereits bei %1 eingereicht wurde …</translation>
    </message>
    <message>
        <source>Not submitted.</source>
        <translation>Nicht eingereicht.</translation>
    </message>
    <message>
        <source>Upload cancelled; nothing was sent.</source>
        <translation>Hochladen abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The duplicate check could not be done. The campaign checks again when you submit.</source>
        <translation>Die Duplikatprüfung konnte nicht durchgeführt werden. Die Kampagne prüft beim Einreichen erneut.</translation>
    </message>
    <message>
        <source>The duplicate check could not be done: %1 The campaign checks again when you submit.</source>
        <translation>Die Duplikatprüfung konnte nicht durchgeführt werden: %1 Die Kampagne prüft beim Einreichen erneut.</translation>
    </message>
    <message>
        <source>No duplicate found on %1.</source>
        <translation>Kein Duplikat bei %1 gefunden.</translation>
    </message>
    <message>
        <source>This video looks like your clip “%1”, already submitted to %2.</source>
        <translation>Dieses Video ähnelt Ihrem Clip „%1“, der bereits bei %2 eingereicht wurde.</translation>
    </message>
    <message>
        <source>This video looks like a clip already submitted to %1.</source>
        <translation>Dieses Video ähnelt einem Clip, der bereits bei %1 eingereicht wurde.</translation>
    </message>
    <message>
        <source>It is the very same file.</source>
        <translation>Es ist genau dieselbe Datei.</translation>
    </message>
    <message>
        <source>They are %1 % alike: a re-encode, a crop or a cut of it.</source>
        <translation>Sie sind zu %1 % ähnlich: eine neu kodierte, zugeschnittene oder gekürzte Fassung davon.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>The campaign rejects duplicates automatically when they are submitted.</source>
        <translation>Die Kampagne lehnt Duplikate beim Einreichen automatisch ab.</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Trotzdem einreichen</translation>
    </message>
    <message>
        <source>Upload anyway</source>
        <translation>Trotzdem hochladen</translation>
    </message>
    <message>
        <source>Submitted although it looks like a duplicate.</source>
        <translation>Eingereicht, obwohl es wie ein Duplikat aussieht.</translation>
    </message>
    <message>
        <source>Uploading although it looks like a duplicate.</source>
        <translation>Wird hochgeladen, obwohl es wie ein Duplikat aussieht.</translation>
    </message>
    <message>
        <source>the campaign</source>
        <translation>der Kampagne</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::WorkspaceHost</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest now (F5)</source>
        <translation>Ihre Änderungen jetzt senden und den neuesten Stand abrufen (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;Issues…</source>
        <translation>&amp;Synchronisierungsprobleme …</translation>
    </message>
    <message>
        <source>Changes the server did not accept (F6)</source>
        <translation>Änderungen, die der Server nicht angenommen hat (F6)</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>D&amp;emo</translation>
    </message>
    <message>
        <source>Sign In as Demo &amp;Brand</source>
        <translation>Als Demo-&amp;Marke anmelden</translation>
    </message>
    <message>
        <source>Sign In as Demo &amp;Clipper</source>
        <translation>Als Demo-&amp;Clipper anmelden</translation>
    </message>
    <message>
        <source>Sign In as Demo &amp;Admin</source>
        <translation>Als Demo-&amp;Admin anmelden</translation>
    </message>
    <message>
        <source>Cannot open this account&apos;s local data: %1</source>
        <translation>Die lokalen Daten dieses Kontos können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Demo sign-in failed: %1</source>
        <translation>Demo-Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ClipDuplicateCheck</name>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers war unverständlich.</translation>
    </message>
</context>
<context>
    <name>ClipEffects</name>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation>Unbekannte Änderung „%1“.</translation>
    </message>
    <message>
        <source>&quot;media_sha256&quot; must be a SHA-256, or null to detach the video.</source>
        <translation>„media_sha256“ muss ein SHA-256 sein oder null, um das Video zu lösen.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s brand or an admin reviews clips.</source>
        <translation>Nur die Marke der Kampagne oder ein Admin prüft Clips.</translation>
    </message>
    <message>
        <source>&quot;decision&quot; is &quot;approve&quot; or &quot;reject&quot;.</source>
        <translation>„decision“ ist „approve“ oder „reject“.</translation>
    </message>
    <message>
        <source>This clip already has a newer version; edit that one instead.</source>
        <translation>Dieser Clip hat bereits eine neuere Version; bearbeiten Sie stattdessen diese.</translation>
    </message>
</context>
<context>
    <name>ClipRules</name>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>&quot;hashtags&quot; must be a list.</source>
        <translation>„hashtags“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;hashtags&quot; must be a list of text.</source>
        <translation>„hashtags“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hashtag: use letters, digits and _ only.</source>
        <translation>„%1“ ist kein gültiger Hashtag: Verwenden Sie nur Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clip field you can change.</source>
        <translation>„%1“ ist kein Clip-Feld, das Sie ändern können.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>A clip needs a title.</source>
        <translation>Ein Clip braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title may have at most %1 characters.</source>
        <translation>Der Titel darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The caption may have at most %1 characters.</source>
        <translation>Die Bildunterschrift darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A clip may have at most %1 hashtags, counting those in the caption.</source>
        <translation>Ein Clip darf höchstens %1 Hashtags haben, die in der Bildunterschrift mitgezählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported platform.</source>
        <translation>„%1“ ist keine unterstützte Plattform.</translation>
    </message>
    <message>
        <source>The link may have at most %1 characters.</source>
        <translation>Der Link darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The video&apos;s SHA-256 must be 64 hexadecimal digits.</source>
        <translation>Der SHA-256 des Videos muss aus 64 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>A clip&apos;s version number starts at 1.</source>
        <translation>Die Versionsnummer eines Clips beginnt bei 1.</translation>
    </message>
    <message>
        <source>A %1 clip cannot be changed in place, because a reviewer has seen it; make a new version of it instead.</source>
        <translation>Ein Clip im Status „%1“ kann nicht direkt geändert werden, weil ein Prüfer ihn gesehen hat; erstellen Sie stattdessen eine neue Version davon.</translation>
    </message>
    <message>
        <source>Only drafts and rejected clips can be deleted; this one is %1.</source>
        <translation>Nur Entwürfe und abgelehnte Clips können gelöscht werden; dieser Clip hat den Status „%1“.</translation>
    </message>
    <message>
        <source>A draft is edited in place; it needs no new version.</source>
        <translation>Ein Entwurf wird direkt bearbeitet; er braucht keine neue Version.</translation>
    </message>
    <message>
        <source>The video is still uploading; submit the clip once the upload has finished.</source>
        <translation>Das Video wird noch hochgeladen; reichen Sie den Clip ein, sobald das Hochladen abgeschlossen ist.</translation>
    </message>
    <message>
        <source>A rejected clip cannot be submitted again; make a new version of it.</source>
        <translation>Ein abgelehnter Clip kann nicht erneut eingereicht werden; erstellen Sie eine neue Version davon.</translation>
    </message>
    <message>
        <source>This clip was already submitted.</source>
        <translation>Dieser Clip wurde bereits eingereicht.</translation>
    </message>
    <message>
        <source>Attach the video before submitting the clip.</source>
        <translation>Hängen Sie das Video an, bevor Sie den Clip einreichen.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is not taking clips: it is %2.</source>
        <translation>Die Kampagne „%1“ nimmt keine Clips an (Status: %2).</translation>
    </message>
    <message>
        <source>a template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; was flagged by a moderator and is not taking clips.</source>
        <translation>Die Kampagne „%1“ wurde von einem Moderator gesperrt und nimmt keine Clips an.</translation>
    </message>
    <message>
        <source>You can only submit clips to campaigns you are a member of.</source>
        <translation>Sie können Clips nur bei Kampagnen einreichen, deren Mitglied Sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>You have reached this campaign&apos;s limit of %n clip(s) per clipper.</source>
        <translation>
            <numerusform>Sie haben die Grenze dieser Kampagne von %n Clip pro Clipper erreicht.</numerusform>
            <numerusform>Sie haben die Grenze dieser Kampagne von %n Clips pro Clipper erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the platform the clip is for before submitting it.</source>
        <translation>Wählen Sie vor dem Einreichen die Plattform, für die der Clip gedacht ist.</translation>
    </message>
    <message>
        <source>This campaign takes clips for %1 only.</source>
        <translation>Diese Kampagne nimmt nur Clips für %1 an.</translation>
    </message>
    <message>
        <source>The campaign requires %1 in the caption or hashtags.</source>
        <translation>Die Kampagne verlangt %1 in der Bildunterschrift oder den Hashtags.</translation>
    </message>
    <message>
        <source>The caption must include the campaign&apos;s disclosure: &quot;%1&quot;.</source>
        <translation>Die Bildunterschrift muss die Werbekennzeichnung der Kampagne enthalten: „%1“.</translation>
    </message>
    <message>
        <source>The campaign does not allow %1; remove it from the caption and hashtags.</source>
        <translation>Die Kampagne erlaubt %1 nicht; entfernen Sie es aus Bildunterschrift und Hashtags.</translation>
    </message>
    <message>
        <source>Only submitted clips can be reviewed; this one is %1.</source>
        <translation>Nur eingereichte Clips können geprüft werden; dieser Clip hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Say why the clip is rejected, so that the clipper can fix it.</source>
        <translation>Geben Sie an, warum der Clip abgelehnt wird, damit der Clipper ihn verbessern kann.</translation>
    </message>
    <message>
        <source>The feedback may have at most %1 characters.</source>
        <translation>Das Feedback darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Only approved clips can be published; this one is %1.</source>
        <translation>Nur freigegebene Clips können veröffentlicht werden; dieser Clip hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Enter the link of the posted clip.</source>
        <translation>Geben Sie den Link zum veröffentlichten Clip ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web link (it must start with https://).</source>
        <translation>„%1“ ist kein gültiger Weblink (er muss mit https:// beginnen).</translation>
    </message>
    <message>
        <source>Choose the platform the clip was posted on.</source>
        <translation>Wählen Sie die Plattform, auf der der Clip veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>The link must point to %1 (%2).</source>
        <translation>Der Link muss auf %1 (%2) verweisen.</translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <source>&quot;media_sha256&quot; must be a SHA-256 as 64 lower-case hexadecimal digits.</source>
        <translation>„media_sha256“ muss ein SHA-256 aus 64 kleingeschriebenen Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>Rejected automatically: the same video was already submitted to this campaign.</source>
        <translation>Automatisch abgelehnt: Dasselbe Video wurde bereits bei dieser Kampagne eingereicht.</translation>
    </message>
    <message>
        <source>Rejected automatically: the video matches one already submitted to this campaign (%1% alike).</source>
        <translation>Automatisch abgelehnt: Das Video gleicht einem bereits bei dieser Kampagne eingereichten (zu %1 % ähnlich).</translation>
    </message>
</context>
<context>
    <name>ClipperPages</name>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>My campaigns</source>
        <translation>Meine Kampagnen</translation>
    </message>
    <message>
        <source>My clips</source>
        <translation>Meine Clips</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ImageStore</name>
    <message>
        <source>The picture is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>The picture downloaded for %1 has different contents (%2).</source>
        <translation>Das für %1 heruntergeladene Bild hat einen anderen Inhalt (%2).</translation>
    </message>
</context>
<context>
    <name>LocalMutationApplier</name>
    <message>
        <source>A mutation needs an id that is a UUID.</source>
        <translation>Eine Änderung braucht eine ID in Form einer UUID.</translation>
    </message>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation>Unbekannte Änderung „%1“.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>This currency has no cents.</source>
        <translation>Diese Währung hat keine Cent-Beträge.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>Use at most %1 decimal places.</source>
        <translation>Verwenden Sie höchstens %1 Nachkommastellen.</translation>
    </message>
</context>
<context>
    <name>MoneyRules</name>
    <message>
        <source>&quot;%1&quot; is not a supported currency.</source>
        <translation>„%1“ ist keine unterstützte Währung.</translation>
    </message>
    <message>
        <source>The amount is out of range.</source>
        <translation>Der Betrag liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount like {&quot;minor&quot;: 150000, &quot;currency&quot;: &quot;USD&quot;}.</source>
        <translation>„%1“ muss ein Betrag wie {&quot;minor&quot;: 150000, &quot;currency&quot;: &quot;USD&quot;} sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>MutationCodec</name>
    <message>
        <source>A mutation must be a JSON object.</source>
        <translation>Eine Änderung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>A mutation needs an &quot;id&quot; that is a UUID.</source>
        <translation>Eine Änderung braucht eine „id“ in Form einer UUID.</translation>
    </message>
    <message>
        <source>A mutation needs a &quot;name&quot;.</source>
        <translation>Eine Änderung braucht einen „name“.</translation>
    </message>
    <message>
        <source>A mutation&apos;s &quot;args&quot; must be a JSON object.</source>
        <translation>Die „args“ einer Änderung müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;base_version&quot; must be a whole number of at least 0.</source>
        <translation>„base_version“ muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>Unknown mutation status &quot;%1&quot;.</source>
        <translation>Unbekannter Änderungsstatus „%1“.</translation>
    </message>
    <message>
        <source>A mutation result needs an &quot;id&quot;.</source>
        <translation>Ein Änderungsergebnis braucht eine „id“.</translation>
    </message>
</context>
<context>
    <name>MutationContext</name>
    <message>
        <source>It does not exist, or it is not yours to change.</source>
        <translation>Es existiert nicht, oder Sie dürfen es nicht ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a UUID.</source>
        <translation>„%1“ muss eine UUID sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object.</source>
        <translation>„%1“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>A %1 cannot do this.</source>
        <translation>Das ist für die Rolle „%1“ nicht erlaubt.</translation>
    </message>
    <message>
        <source>Only brands and clippers negotiate offers.</source>
        <translation>Nur Marken und Clipper verhandeln über Angebote.</translation>
    </message>
    <message>
        <source>Something with the id %1 already exists.</source>
        <translation>Es gibt bereits etwas mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>NegotiationEffects</name>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation>Unbekannte Änderung „%1“.</translation>
    </message>
    <message>
        <source>Only clippers can be invited to a campaign.</source>
        <translation>Nur Clipper können zu einer Kampagne eingeladen werden.</translation>
    </message>
    <message>
        <source>A clipper applies only for themselves.</source>
        <translation>Ein Clipper bewirbt sich nur für sich selbst.</translation>
    </message>
    <message>
        <source>A flagged campaign cannot get new offers.</source>
        <translation>Eine gesperrte Kampagne kann keine neuen Angebote erhalten.</translation>
    </message>
    <message>
        <source>This campaign does not take offers.</source>
        <translation>Diese Kampagne nimmt keine Angebote an.</translation>
    </message>
    <message>
        <source>Only active campaigns take applications.</source>
        <translation>Nur aktive Kampagnen nehmen Bewerbungen an.</translation>
    </message>
    <message>
        <source>There is already an open offer for this campaign and clipper.</source>
        <translation>Für diese Kampagne und diesen Clipper gibt es bereits ein offenes Angebot.</translation>
    </message>
    <message>
        <source>The clipper is already a member of this campaign.</source>
        <translation>Der Clipper ist bereits Mitglied dieser Kampagne.</translation>
    </message>
    <message>
        <source>This membership has already ended.</source>
        <translation>Diese Mitgliedschaft ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>OfferRules</name>
    <message>
        <source>&quot;%1&quot; is not an offer term.</source>
        <translation>„%1“ ist keine Angebotskondition.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole amount in minor units.</source>
        <translation>„%1“ muss ein ganzzahliger Betrag in der kleinsten Währungseinheit sein.</translation>
    </message>
    <message>
        <source>The requirements may have at most %1 characters.</source>
        <translation>Die Anforderungen dürfen höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The message may have at most %1 characters.</source>
        <translation>Die Nachricht darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Offer terms must be in the campaign&apos;s currency, %1.</source>
        <translation>Angebotskonditionen müssen in der Währung der Kampagne angegeben sein, %1.</translation>
    </message>
    <message>
        <source>An amount is out of range.</source>
        <translation>Ein Betrag liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>This offer is already %1.</source>
        <translation>Dieses Angebot ist bereits abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>You cannot answer your own offer; wait for the other side.</source>
        <translation>Sie können nicht auf Ihr eigenes Angebot antworten; warten Sie auf die Gegenseite.</translation>
    </message>
    <message>
        <source>Only the side that made an offer can withdraw it.</source>
        <translation>Nur die Seite, die ein Angebot gemacht hat, kann es zurückziehen.</translation>
    </message>
</context>
<context>
    <name>OfflineMediaDownloads</name>
    <message>
        <source>This clip has no video on the server yet.</source>
        <translation>Dieser Clip hat noch kein Video auf dem Server.</translation>
    </message>
    <message>
        <source>The downloaded video is damaged (its SHA-256 is %1). Try again.</source>
        <translation>Das heruntergeladene Video ist beschädigt (sein SHA-256 ist %1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot move the downloaded video to “%1”.</source>
        <translation>Das heruntergeladene Video kann nicht nach „%1“ verschoben werden.</translation>
    </message>
</context>
<context>
    <name>OptimisticRows</name>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>Unbekannte Objektart „%1“.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A mutation needs an id that is a UUID.</source>
        <translation>Eine Änderung braucht eine ID in Form einer UUID.</translation>
    </message>
    <message>
        <source>The mutation %1 is already queued.</source>
        <translation>Die Änderung %1 ist bereits vorgemerkt.</translation>
    </message>
    <message>
        <source>The outbox has no mutation %1.</source>
        <translation>Der Postausgang enthält keine Änderung %1.</translation>
    </message>
    <message>
        <source>There is no sync issue for the mutation %1.</source>
        <translation>Für die Änderung %1 gibt es kein Synchronisierungsproblem.</translation>
    </message>
</context>
<context>
    <name>ProfilePages</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation>„%1“ muss eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold at most %2 links.</source>
        <translation>„%1“ darf höchstens %2 Links enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web link.</source>
        <translation>„%1“ ist kein gültiger Weblink.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may have at most %2 characters.</source>
        <translation>„%1“ darf höchstens %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a %2 profile.</source>
        <translation>„%1“ gilt nicht für ein Profil vom Typ „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;reach&quot; must be a whole number of followers.</source>
        <translation>„reach“ muss eine ganze Zahl von Followern sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile field you can change.</source>
        <translation>„%1“ ist kein Profilfeld, das Sie ändern können.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known category.</source>
        <translation>„%1“ ist keine bekannte Kategorie.</translation>
    </message>
    <message>
        <source>A brand may have at most %1 colours.</source>
        <translation>Eine Marke darf höchstens %1 Farben haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #RRGGBB.</source>
        <translation>„%1“ ist keine Farbe der Form #RRGGBB.</translation>
    </message>
</context>
<context>
    <name>PullApplier</name>
    <message>
        <source>The pull reply is not a JSON object: %1</source>
        <translation>Die Antwort auf den Abruf ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The pull page ends at %1, behind the cache&apos;s cursor %2.</source>
        <translation>Die Abrufseite endet bei %1, hinter dem Cursor %2 des Zwischenspeichers.</translation>
    </message>
    <message>
        <source>The pull page holds an unknown kind of row, &quot;%1&quot;.</source>
        <translation>Die Abrufseite enthält eine unbekannte Zeilenart, „%1“.</translation>
    </message>
    <message>
        <source>A %1 row in the pull page does not match its id %2.</source>
        <translation>Eine Zeile vom Typ „%1“ in der Abrufseite passt nicht zu ihrer ID %2.</translation>
    </message>
</context>
<context>
    <name>ShortcutButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncIssueDescription</name>
    <message>
        <source>Create campaign &apos;%1&apos;</source>
        <translation>Kampagne „%1“ erstellen</translation>
    </message>
    <message>
        <source>Edit campaign &apos;%1&apos;</source>
        <translation>Kampagne „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Set campaign &apos;%1&apos; to %2</source>
        <translation>Kampagne „%1“ auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Copy campaign &apos;%1&apos;</source>
        <translation>Kampagne „%1“ kopieren</translation>
    </message>
    <message>
        <source>Delete campaign &apos;%1&apos;</source>
        <translation>Kampagne „%1“ löschen</translation>
    </message>
    <message>
        <source>Send an offer</source>
        <translation>Ein Angebot senden</translation>
    </message>
    <message>
        <source>Counter an offer</source>
        <translation>Ein Gegenangebot machen</translation>
    </message>
    <message>
        <source>Accept an offer</source>
        <translation>Ein Angebot annehmen</translation>
    </message>
    <message>
        <source>Decline an offer</source>
        <translation>Ein Angebot ablehnen</translation>
    </message>
    <message>
        <source>Withdraw an offer</source>
        <translation>Ein Angebot zurückziehen</translation>
    </message>
    <message>
        <source>Edit your profile</source>
        <translation>Ihr Profil bearbeiten</translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>ein Konto</translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos;</source>
        <translation>Kampagne „%1“</translation>
    </message>
    <message>
        <source>Unflag %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>Change &apos;%1&apos;</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Someone changed the same fields on the server after you started editing.</source>
        <translation>Jemand hat dieselben Felder auf dem Server geändert, nachdem Sie mit dem Bearbeiten begonnen hatten.</translation>
    </message>
    <message>
        <source>The server did not accept this change.</source>
        <translation>Der Server hat diese Änderung nicht angenommen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Approve clip &apos;%1&apos;</source>
        <translation>Clip „%1“ freigeben</translation>
    </message>
    <message>
        <source>Reject clip &apos;%1&apos;</source>
        <translation>Clip „%1“ ablehnen</translation>
    </message>
</context>
</TS>
