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
