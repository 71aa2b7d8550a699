<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
