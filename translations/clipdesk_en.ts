<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountEffects</name>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username has %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username may not contain &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPages</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account. A flagged user cannot sign in; the reason is shown to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts in the local cache yet. They appear after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns, flagged ones included. A flagged campaign leaves discovery and cannot get new offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns in the local cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandPages</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheRowWriter</name>
    <message>
        <source>The local cache has no place for &quot;%1&quot; rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cached row needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignBulkOperation</name>
    <message>
        <source>%1: this campaign is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 campaigns could not be %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignEffects</name>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;status&quot; is one of draft, active, paused, completed or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flagged campaign cannot go active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;as_template&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts and templates can be deleted; end the campaign instead.</source>
        <translation type="unfinished"></translation>
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
    <name>ChangeCodec</name>
    <message>
        <source>A pull page needs &quot;changes&quot; and &quot;cursor&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in the pull page is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Desktop</name>
    <message>
        <source>ClipDesk: a desktop marketplace for short-form video campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo server with its own data and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the ClipDesk server at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the server status is known, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClipDesk demo server running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Media</name>
    <message>
        <source>The audio has no sample rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AAC encoder is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the AAC encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decode the audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot filter the audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The H.264 encoder (libx264) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the H.264 encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decode the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot filter the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filmstrip needs at least one tile and a time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the filters &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot filter the media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video has no decodable frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert this video&apos;s pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyframe index data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot measure the loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no audio track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the streams of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no video stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decoder for the codec &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an MP4 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is %1×%2 as shown; %3 wants a %4:%5 vertical video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame rate varies; %1 wants a constant frame rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to a constant %1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video runs at %1 fps; %2 accepts %3 to %4 fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to %1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video codec is %1; %2 wants %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to H.264 and AAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip lasts %1 s; %2 needs at least %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim to the first %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip lasts %1 s; %2 allows at most %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress under %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; %2 accepts at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bit rate is %1 kbit/s; %2 accepts at most %3 kbit/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio codec is %1; %2 wants %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalize to %1 LUFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loudness is %1 LUFS; %2 plays clips at %3 LUFS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The true peak is %1 dBTP; keep it at or under %2 dBTP to avoid clipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no video; %1 needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reframing settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the stream parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seek in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cut must re-encode every stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcoding settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of a trim must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trim range contains no video frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video has no keyframe to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generator needs a source filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generator takes no frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the generated media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate the media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to generate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Net</name>
    <message>
        <source>Could not find the ClipDesk server program (%1) next to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClipDesk server program %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the server&apos;s data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free port on 127.0.0.1 for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the ClipDesk server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClipDesk server crashed while starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClipDesk server exited while starting (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClipDesk server crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClipDesk server stopped unexpectedly (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClipDesk server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered the health check with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not look like a ClipDesk server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. It may not be running, or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server at %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up a secure connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent an answer ClipDesk does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with HTTP status %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1 private to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended early or changed while uploading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received a damaged chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not finish checking the file in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remember the upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stalled: no data for %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a different part of the file than asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download ended after %1 of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after %1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the checksum of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Net::SessionController</name>
    <message>
        <source>ClipDesk does not remember this account. Sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is stored for %1. Sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 on %2 has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session could not be stored, so you will have to sign in again next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Net::SessionStore</name>
    <message>
        <source>it did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not used; your session is stored in a file only you can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available; your session is stored in a file only you can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the system keychain is available…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Sync::ClientCache</name>
    <message>
        <source>A pull cursor cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Sync::ClipUploadQueue</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft gets a new video; make a new version of a clip a reviewer has seen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Sync::SyncEngine</name>
    <message>
        <source>The server sent no results for the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AccountListModel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AppShell</name>
    <message>
        <source>Syncing your data… (%1 items so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AuditLogPage</name>
    <message>
        <source>Search admin, action, target or reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin actions yet. Flags and unflags appear here after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every flag and unflag, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AvatarCropDialog</name>
    <message>
        <source>Crop avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: a higher zoom crops a smaller part of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the circle to choose what shows in your avatar. Arrow keys move it; Shift+arrows resize it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::AvatarCropView</name>
    <message>
        <source>Avatar crop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the square to move it, drag its corner to resize.
Arrow keys move it; Shift+arrows resize it; hold Ctrl for bigger steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CacheSection</name>
    <message>
        <source>Clear Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the local cache of this account?

ClipDesk downloads everything again from the server at the next sync. Changes that were not sent to the server yet are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder with the cache in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this account&apos;s cache; it is downloaded again at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each account keeps its own cache; sign in to see yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty (nothing synced yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache lets you work offline; it is rebuilt from the server when cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignBulkEditDialog</name>
    <message>
        <source>&amp;Shift dates by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;dates (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;budget to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each campaign&apos;s own currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaigns must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected campaigns: %1. Each one is checked on its own; the ones that cannot take the change are listed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignDetailPanel</name>
    <message>
        <source>Select a campaign to read its brief and apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to this campaign with a message and your terms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a member of this campaign. See My campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have an open offer thread for this campaign. See Offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign is not open for applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by **%1** · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No brief yet.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM rate: %1 per 1,000 views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 per clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 per clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip earns from %1 views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required hashtags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %n submission(s) per clipper</source>
        <translation>
            <numerusform>Up to %n submission per clipper</numerusform>
            <numerusform>Up to %n submissions per clipper</numerusform>
        </translation>
    </message>
    <message>
        <source>Source material</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignEditorDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 campaign is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignForm</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Summer drop 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public — clippers can discover it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private — invited clippers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the clips achieve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget, payout and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid per 1,000 qualifying views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PM rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flat fee for every approved clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per c&amp;lip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max payout per clip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per clipper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views a clip needs before it earns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#brand, #ad (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required hashtags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashtags clips must not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blac&amp;klisted hashtags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. #ad — paid partnership with ACME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclosure text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions per clipper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One https:// link per line (long videos to cut from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;asset links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># What we want

Describe the clips, the tone, do&apos;s and don&apos;ts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview updates as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max payout per clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole budget. Spending is not tracked yet, so the budget left is the budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM + per clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged by an admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s whole budget (spending is not tracked yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s whole budget. Spending is not tracked yet, so the budget left is the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Te&amp;mplate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or category (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your templates instead of your campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns match your search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. Select a campaign and choose Save as Template to reuse its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no campaigns yet. Create one to start working with clippers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Campaign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It is sent to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned &quot;%1&quot; into a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no templates yet. Select a campaign and choose Save as Template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns: %1 · Active: %2 · Templates: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected drafts and templates (%1)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipDetailsForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#tag #another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewed clip is never edited in place: edit a new version instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where the approved clip is posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the clip to the campaign for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(join a campaign first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the posted link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new version to edit; the reviewed one stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipDisplayProxy</name>
    <message>
        <source>Reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipEditorPlugin</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipEditorWidget</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play forwards (again: faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set out point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a video to start (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2  ·  frame %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1  Out %2  Length %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 · %3 fps · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipExportLink</name>
    <message>
        <source>Make a new draft clip from “%1” and upload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1” as the video of the draft “%2” and upload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” has been reviewed and stays exactly as the reviewer saw it. Make a new version of it with “%1” and upload that?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the exported video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the exported video for this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new draft for the exported video; uploading it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(campaign not cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown clipper)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipPlayerPane</name>
    <message>
        <source>Videos cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipPlayerWidget</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipTimeline</name>
    <message>
        <source>Click or drag to move the playhead; drag the green (in) or red (out) handle to trim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ClipUploadPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a video file for this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and discard the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clip&apos;s video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.mkv *.webm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upload running. Upload the clip&apos;s video to submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 (%3/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at %1 of %2; it continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded; the server is checking the video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is attached; it reaches the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload stopped: %1. It is tried again the next time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ColorSwatchEditor</name>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CreatorSearchModel</name>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::CreatorsPage</name>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find clippers by category, niche and reach, then invite them to a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite to Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche or name, e.g. speedruns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clippers match this search. Try a wider category or a lower reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clipper profiles are cached yet. They appear after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations need an active or paused campaign. Activate one on the Campaigns page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite %1 to one of your campaigns. They can accept, reject or send a counter-offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to %1 queued. Follow it on the Offers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::DiscoverPage</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only campaigns paying at least this per 1,000 views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only campaigns with at least this budget left. Spending is not tracked yet, so the budget left is the whole budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every campaign again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public campaigns you can apply to. Pick one to read its brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public campaigns right now. New ones appear here as brands publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the brand why you are a good fit. The terms start from the campaign&apos;s payout; propose others if you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ExportDialog</name>
    <message>
        <source>Export clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossless — stream copy, starts on a keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate — re-encode (H.264/AAC), exact frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossless is fast and keeps the quality, but the clip starts at the keyframe at or before the in point. Accurate starts and ends on the exact frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export or close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the exact range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at %1, %2 s before your in point (the keyframe there). Length %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts exactly at %1. Length %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file to save the clip to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::FlagReasonDialog</name>
    <message>
        <source>Reason (required; the owner is told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::FlaggableTablePage</name>
    <message>
        <source>Flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the selected item with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the flag, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you flag “%1”? The reason is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you lift the flag on “%1”? The reason is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is flagged; the change is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer flagged; the change is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ForgotPasswordDialog</name>
    <message>
        <source>&amp;Send Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;New Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code or the whole link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Ask for a reset code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of your account. We send it a link with a reset code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the reset code from the email, then choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an account exists for %1, we sent it a link with a reset code. It is valid for a limited time; check your spam folder too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the reset code from the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::LanguageSwitcher</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the link (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::MainWindow</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClipDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running against a local demo server with its own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to ClipDesk server %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Server Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClipDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClipDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the ClipDesk server at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the bundled demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClipDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClipDesk %1&lt;/h3&gt;&lt;p&gt;A desktop marketplace for short-form video campaigns: brands fund campaigns, clippers cut and upload clips, admins review submissions and payouts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClipDesk started this demo server itself; its address cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out to connect to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (@%2), %3, on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session in a private file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::MembershipModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(campaign not cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::MyCampaignsPage</name>
    <message>
        <source>Leave campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not in any campaign yet. Apply in Discover or accept an invitation in Offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected campaign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns you clip for, with the terms you agreed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave “%1”? You stop earning from it, and joining again needs a new offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::MyClipsPage</name>
    <message>
        <source>New clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new draft clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft or rejected clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the clip&apos;s video in the clip editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clips yet. Start one, then cut it in the clip editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clips, their review status and the reviewers&apos; feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft clip created: give it a title and a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip editor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported video was not uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip editor could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OfferTermsDialog</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 clips, product visible for 10 s, link in bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per c&amp;lip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid per 1,000 qualifying views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PM rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign pays: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OfferThreadListModel</name>
    <message>
        <source>(campaign not cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OfferThreadModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OffersInboxPage</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept these terms and join the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline and close the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose other terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back your pending round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations from brands and your applications, one row per negotiation. Bold rows wait for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thread selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a thread to see its rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application to “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 waits for your answer: accept, reject or propose other terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 waits for the brand. You can still withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This thread is closed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitations or applications yet. Apply to a campaign in Discover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thread matches this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted. You are now a member of the campaign (sent with the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected. The brand is told with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose other terms. The brand can accept, reject or counter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-offer sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::OffersPage</name>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations and applications, round by round. Answer when it is your turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted. The clipper is now a member of the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet. Invite clippers from the Creators page, or wait for applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a thread to see its rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your turn: accept, reject or send a counter-offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the clipper to answer round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This negotiation is closed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the terms of round %1. The clipper then answers your round %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Counter-offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-offer queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::ProfileEditorPage</name>
    <message>
        <source>https://www.tiktok.com/@you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How brands and clippers see you. Changes are saved locally and sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick and crop a picture (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few sentences about you or your brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Social links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. speedruns, street food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… a clip you made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Niche:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your changes are sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read as an image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New picture pending upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current picture is stored on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::RegisterForm</name>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You fund campaigns and pay clippers per view or per deliverable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cut clips from long videos, upload them and earn a share per view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether you join as a brand or as a clipper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SettingsDialog</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address that starts with http:// or https://, like https://clipdesk.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://clipdesk.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of ClipDesk; it changes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the look of your desktop; Light and Dark are ClipDesk&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SignInDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to ClipDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands fund campaigns; clippers cut clips and earn per view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://clipdesk.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an existing account (Ctrl+Tab switches tabs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new brand or clipper account (Ctrl+Tab switches tabs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, or stop the request in progress (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter submits · Esc closes · Ctrl+Tab switches between the tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the local demo server, started by ClipDesk with its own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1. Sign in with another account; the session of %1 stays saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account and sign in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your ClipDesk server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address that starts with http:// or https://, like https://clipdesk.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address, or try again once you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your ClipDesk server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SignInForm</name>
    <message>
        <source>you@example.com or your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a link to choose a new password by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or &amp;username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to ClipDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue as %1 (%2 · %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the session stored on this computer; no password needed while it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address or username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SignedInPage</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with another account; this one stays saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget the session on this computer (Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the server; valid until %1 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet: the server could not be reached, so ClipDesk works offline with the account remembered from last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SignedOutPage</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to a ClipDesk server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or create an account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or press %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SpecCheckPanel</name>
    <message>
        <source>Checking against %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 is ready for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it: writes a new file next to this one and checks it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the fix; no file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SubmissionDetailPane</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for the clipper (required to reject; Ctrl+Enter rejects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the clip (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the clip with the feedback above (R, or Ctrl+Enter in the feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a submission to watch and review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign not in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1 for %2 · %3 · submitted %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip has no video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download paused. Make it available offline again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading for offline review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the clip available offline (Ctrl+D) to watch it here, with or without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the clipper should change, then reject (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected “%1”; the clipper gets your feedback.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SubmissionsPage</name>
    <message>
        <source>Make available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected clips&apos; videos to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop downloading; making it available offline again continues where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected clips&apos; videos from this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips sent in to your campaigns. Approve or reject them, also offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every submitted clip on every campaign. Approve or reject them, also offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clips match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review. Clips your clippers send in to your campaigns appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review. Submitted clips appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected clips have no video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n video(s) for offline review. They download whenever the server is reachable.</source>
        <translation>
            <numerusform>Downloading %n video for offline review. They download whenever the server is reachable.</numerusform>
            <numerusform>Downloading %n videos for offline review. They download whenever the server is reachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n offline video(s) from this device.</source>
        <translation>
            <numerusform>Removed %n offline video from this device.</numerusform>
            <numerusform>Removed %n offline videos from this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) could not be made available offline; select one to see why.</source>
        <translation>
            <numerusform>%n video could not be made available offline; select one to see why.</numerusform>
            <numerusform>%n videos could not be made available offline; select one to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) available offline.</source>
        <translation>
            <numerusform>%n video available offline.</numerusform>
            <numerusform>%n videos available offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n download(s); make them available offline again to continue where they stopped.</source>
        <translation>
            <numerusform>Paused %n download; make them available offline again to continue where they stopped.</numerusform>
            <numerusform>Paused %n downloads; make them available offline again to continue where they stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SyncIssuesPanel</name>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were not accepted by the server. Decide what happens to each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your change again on top of the server&apos;s current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the editor with your values over the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your values to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your change and keep the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No sync issues: the server accepted every change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no editor for this kind of change; copy your values instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::SyncStatusWidget</name>
    <message>
        <source>Items received so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are kept on this computer and sent when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync issues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server did not accept (F6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::TermsDialog</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::TermsForm</name>
    <message>
        <source>e.g. 3 clips, product visible for 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat fee per approved clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid per 1,000 qualifying views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per clip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPM rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::UploadDuplicateGuard</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server about clips on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether this video was already submitted to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate check could not be done. The campaign checks again when you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate check could not be done: %1 The campaign checks again when you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicate found on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video looks like your clip “%1”, already submitted to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video looks like a clip already submitted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the very same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are %1 % alike: a re-encode, a crop or a cut of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign rejects duplicates automatically when they are submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted although it looks like a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading although it looks like a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDesk::Ui::WorkspaceHost</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server did not accept (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In as Demo &amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In as Demo &amp;Clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In as Demo &amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this account&apos;s local data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDuplicateCheck</name>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipEffects</name>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;media_sha256&quot; must be a SHA-256, or null to detach the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the campaign&apos;s brand or an admin reviews clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;decision&quot; is &quot;approve&quot; or &quot;reject&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip already has a newer version; edit that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipRules</name>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hashtags&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hashtags&quot; must be a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hashtag: use letters, digits and _ only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clip field you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip may have at most %1 hashtags, counting those in the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s SHA-256 must be 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip&apos;s version number starts at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 clip cannot be changed in place, because a reviewer has seen it; make a new version of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts and rejected clips can be deleted; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is edited in place; it needs no new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is still uploading; submit the clip once the upload has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected clip cannot be submitted again; make a new version of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip was already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the video before submitting the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is not taking clips: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; was flagged by a moderator and is not taking clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only submit clips to campaigns you are a member of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have reached this campaign&apos;s limit of %n clip(s) per clipper.</source>
        <translation>
            <numerusform>You have reached this campaign&apos;s limit of %n clip per clipper.</numerusform>
            <numerusform>You have reached this campaign&apos;s limit of %n clips per clipper.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the platform the clip is for before submitting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign takes clips for %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign requires %1 in the caption or hashtags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption must include the campaign&apos;s disclosure: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign does not allow %1; remove it from the caption and hashtags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only submitted clips can be reviewed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the clip is rejected, so that the clipper can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved clips can be published; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the link of the posted clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web link (it must start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the platform the clip was posted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must point to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube Shorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Reels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;media_sha256&quot; must be a SHA-256 as 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected automatically: the same video was already submitted to this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected automatically: the video matches one already submitted to this campaign (%1% alike).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipperPages</name>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageStore</name>
    <message>
        <source>The picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture downloaded for %1 has different contents (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalMutationApplier</name>
    <message>
        <source>A mutation needs an id that is a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This currency has no cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 decimal places.</source>
        <translation type="unfinished"></translation>
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
    <name>MutationCodec</name>
    <message>
        <source>A mutation must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutation needs an &quot;id&quot; that is a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutation needs a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutation&apos;s &quot;args&quot; must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;base_version&quot; must be a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mutation status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutation result needs an &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MutationContext</name>
    <message>
        <source>It does not exist, or it is not yours to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only brands and clippers negotiate offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NegotiationEffects</name>
    <message>
        <source>Unknown mutation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clippers can be invited to a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clipper applies only for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flagged campaign cannot get new offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign does not take offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active campaigns take applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an open offer for this campaign and clipper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipper is already a member of this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This membership has already ended.</source>
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
    <name>OfflineMediaDownloads</name>
    <message>
        <source>This clip has no video on the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded video is damaged (its SHA-256 is %1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the downloaded video to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimisticRows</name>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A mutation needs an id that is a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutation %1 is already queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox has no mutation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sync issue for the mutation %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePages</name>
    <message>
        <source>Profile</source>
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
<context>
    <name>PullApplier</name>
    <message>
        <source>The pull reply is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull page ends at %1, behind the cache&apos;s cursor %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull page holds an unknown kind of row, &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 row in the pull page does not match its id %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIssueDescription</name>
    <message>
        <source>Create campaign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set campaign &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy campaign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the same fields on the server after you started editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve clip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject clip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
