<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SubmitDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares learning resources for submission to the national lifelong-education platform: metadata, media checks, registration and packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions in use (please quote them when you report a problem):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubmitDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCommand</name>
    <message>
        <source>Add draft resources to a batch: one per media file (folders are walked) or link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files, folders or http(s) links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch to add to (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: usage: submitdesk-cli add WORKSPACE --batch NAME SOURCE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: no media files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: no media files or links found in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveSink</name>
    <message>
        <source>read error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvInput</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out while opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out while reading the streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagInfo</name>
    <message>
        <source>bag-info.txt line %1: continuation without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info.txt line %1: no &quot;Label: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagReader</name>
    <message>
        <source>%1: not a readable zip archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged zip archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds more bytes than the %3 it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds %3 bytes, fewer than the %4 it declares</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagReader::NameProblem</name>
    <message>
        <source>the entry %1 is in the package more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries %1 have names that are equal after Unicode normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries %1 have names that differ only in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name %1 is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagSnapshot</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagVerification</name>
    <message>
        <source>%1 is a link; a package holds only plain files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a safe relative path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tag file %2 declares %3 bytes, more than the %4 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tag files declare %2 bytes in all, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary folder to check the media files in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media files need %1 bytes to be checked, more than the %2 allowed: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media files need %1 bytes to be checked, %2 has %3 free: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bagit.txt is missing: this is not a BagIt bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bagit.txt does not declare BagIt-Version 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bagit.txt does not declare UTF-8 tag files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in the payload manifest but is not under data/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed: its SHA-256 is not the one in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest-sha256.txt is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the package but not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unexpected file beside the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info.txt is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info.txt has no Payload-Oxum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info.txt: Payload-Oxum &quot;%1&quot; is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload-Oxum says %1 bytes in %2 files, the payload has %3 bytes in %4 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info.txt has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data/metadata.json is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resource %2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package was made for profile &quot;%1&quot;, not &quot;%2&quot;; the metadata is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not known here, the metadata cannot be checked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package was made for profile version %1, this is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagVerification::EntryState</name>
    <message>
        <source>%1: cannot extract it for the technical check (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagVerifier</name>
    <message>
        <source>%1 (resource %2) cannot be checked: the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resource %2): %3 is acceptable but worth a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resource %2): %3 does not meet the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (has %4; expected %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagWriter</name>
    <message>
        <source>%1: already exists; choose another name or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists and is not a package; it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchNameDialog</name>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Spring 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One batch becomes one submission package. The name is only for you; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name of the batch:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPackage</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRejudge</name>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 (expected %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSelector</name>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the batch &quot;%1&quot; and its %n resource(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the batch &quot;%1&quot; and its %n resource? This cannot be undone.</numerusform>
            <numerusform>Delete the batch &quot;%1&quot; and its %n resources? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new batch (one batch becomes one submission package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the current batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current batch and its resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;tch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>a batch needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the profile of the batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record profile %1 %2 for batch %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchValidationJob</name>
    <message>
        <source>cannot check batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchValidator</name>
    <message>
        <source>the batch has no resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also attached to resource %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s name and responsible person are not filled in (Unit &gt; Registration Form)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodySender</name>
    <message>
        <source>%1 could not be read at byte %2 (it may have been shortened): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedXmlReader</name>
    <message>
        <source>the text is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML declaration&apos;s encoding cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoding &quot;%1&quot; is not supported (only UTF-8, UTF-16, UTF-32 and Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTDs are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element has more than %1 attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 namespace declarations in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity &quot;%1&quot; is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 characters of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element &lt;%1&gt; is not allowed inside text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignChecklist</name>
    <message>
        <source>Registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the unit and the responsible person, print the form, have it stamped and send the scan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the videos, audio files and course links, and describe each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let SubmitDesk check every description and file against the standard, and fix what it finds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the package (a .zip file) and hand it in, or upload it to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled in; stamped scan attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled in and printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled in, not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) in the batch</source>
        <translation>
            <numerusform>%n resource in the batch</numerusform>
            <numerusform>%n resources in the batch</numerusform>
        </translation>
    </message>
    <message>
        <source>no resources yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no errors in the descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix</source>
        <translation>
            <numerusform>%n error to fix</numerusform>
            <numerusform>%n errors to fix</numerusform>
        </translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignController</name>
    <message>
        <source>Campaign &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the campaigns&apos; rules and deadlines, import a new call&apos;s profile, and judge the batch under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>%1: closed (last deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: next deadline %2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has closed. To submit to the current call, import its profile (Batch &gt; Campaign Profiles…, or submitdesk-cli profile import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFieldEditor</name>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML cannot be shown as a tree. Correct it in the XML tab.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTreeEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (hh:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the duration as hh:mm:ss, e.g. 00:12:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogXml</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element must be &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;chapter&gt;, found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;section&gt;, found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration &quot;%1&quot; is not hh:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category in the profile&apos;s category tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPickerDialog</name>
    <message>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. 航空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no category tree; type the path by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1 of resource %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of %1 could not be redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of %1 could not be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check media files against the technical standard (container, codecs, resolution …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also decode every frame and report decode errors (slow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files checked at the same time (default: number of cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: give at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): </source>
        <translation>
            <numerusform>%n file: </numerusform>
            <numerusform>%n files: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files, or http(s) addresses of online courses, to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For URLs: the platform&apos;s declared cyber-security protection level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For URLs: the protection filing number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the files as &quot;video&quot; (A01), &quot;audio&quot; (A02) or &quot;document&quot; (PDF); guessed from the content when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign profile: an id or ID@VERSION (built in or imported), or a .json file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: --type must be video, audio or document, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResultStore</name>
    <message>
        <source>cannot cache the check of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>The checklist could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline the campaign sets for the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be done by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>no workspace given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such workspace (create one with `submitdesk-cli init`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactValidators</name>
    <message>
        <source>Province/unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a mainland mobile number: expected 11 digits starting with 13–19, optionally with +86 (e.g. 138 0013 8000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a landline number: expected area code and number with a dash, optionally an extension (e.g. 010-66096459, 0755-12345678-801, 010-66096459转1234)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address: expected name@domain.tld (e.g. le@ouchn.edu.cn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit field &quot;%1&quot; (expected name, person, title, phone, mobile or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains control characters (%3): line breaks, tabs and other control characters are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverCropDialog</name>
    <message>
        <source>Use this frame as cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the cover within the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the frame to choose the part of the picture that becomes the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard asks for %1, at least %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard asks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard asks for at least %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover: %1×%2 pixels, saved as JPEG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverFieldEditor</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cover picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverFromFrame</name>
    <message>
        <source>The picture at this moment could not be taken from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video&apos;s picture (%1×%2) is smaller than the %3×%4 the standard asks for a cover, so it cannot be used. Choose a picture from disk instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverImage</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <source>No cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 × %3 pixels, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <source>Pick the date in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepCheck</name>
    <message>
        <source>no decoder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder does not accept this stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged picture or sound (concealed by the decoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decode error(s)</source>
        <translation>
            <numerusform>%n decode error</numerusform>
            <numerusform>%n decode errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decoding the whole file found %n error(s); the first at %1: %2</source>
        <translation>
            <numerusform>Decoding the whole file found %n error; the first at %1: %2</numerusform>
            <numerusform>Decoding the whole file found %n errors; the first at %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the file again from the original; a damaged copy shows broken pictures or clicks where the errors are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete; decoded %1 video frames and %2 audio frames without error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file decodes without error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decoding the whole file found %n error(s); the first at an unknown time: %1</source>
        <translation>
            <numerusform>Decoding the whole file found %n error; the first at an unknown time: %1</numerusform>
            <numerusform>Decoding the whole file found %n errors; the first at an unknown time: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not among the codecs the deep check decodes; the stream was not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoding %1×%2 pictures needs about %3 MiB, more than the deep check&apos;s memory budget of %4 MiB; the stream was not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s, decoded up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deep check timed out: decoding this file takes far longer than playing it, so it was not checked to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode the file to the standard&apos;s settings; very large pictures or very many frames make decoding slow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteResourcesCommand</name>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>Delete %n resource</numerusform>
            <numerusform>Delete %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deleted resources were not put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their media files stay on disk. You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDisclosure</name>
    <message>
        <source>Show the technical details (values, formats, commands).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>%1: the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no technical rules for &quot;document&quot; media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; in the profile&apos;s technical section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s technical section cannot be used: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF that opens without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not opened: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the document again with compressed pictures, or split it into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF inside, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original document and export it as PDF (File › Export as PDF); renaming a file does not convert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so nobody can open it without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF again without an open password (leave the security settings empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged or cut short: it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF again from the original document, or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n page</numerusform>
            <numerusform>PDF, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with permission restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF opens, but it is encrypted with restrictions; the platform may be unable to copy its text or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF again without security settings (no permissions password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The document has fewer than %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the whole document was exported, not a selection of pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has more than %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the document into parts of at most %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page count is within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every font embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF again with all fonts embedded: in Word choose File › Save As › PDF › Options and tick &quot;PDF/A compliant&quot;; in WPS choose Export to PDF and turn on embedding fonts; in LibreOffice choose Export as PDF and tick &quot;Archive (PDF/A)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not embedded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n font(s) are not inside the file: on a computer without them the text shows in another font, out of place or as boxes.</source>
        <translation>
            <numerusform>%n font are not inside the file: on a computer without them the text shows in another font, out of place or as boxes.</numerusform>
            <numerusform>%n fonts are not inside the file: on a computer without them the text shows in another font, out of place or as boxes.</numerusform>
        </translation>
    </message>
    <message>
        <source>fonts of %1 of %2 pages checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fonts of the first pages are embedded; there was no time to look at the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the document again when the computer is less busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n font(s), all embedded</source>
        <translation>
            <numerusform>%n font, all embedded</numerusform>
            <numerusform>%n fonts, all embedded</numerusform>
        </translation>
    </message>
    <message>
        <source>The document uses no fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every font is embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 characters per page on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 characters per page (%n page(s) read)</source>
        <translation>
            <numerusform>%1 characters per page (%n page read)</numerusform>
            <numerusform>%1 characters per page (%n pages read)</numerusform>
        </translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no time to read the text of the pages; the rule is not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little or no text can be read from the pages: they may be scanned pictures, or the fonts lack the map from glyphs to characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF from the original document rather than scanning a print-out; for a scan, run text recognition (OCR) so the text can be selected and searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text can be read and searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1% look-alike or unknown characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has characters that only look like Chinese characters (such as the radical ⼯ instead of 工) or that are unknown; a search for the real words does not find them, and screen readers read them wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the original document, replace the look-alike characters with the real ones (a converter or text recognition put them there), then export the PDF again with a standard Chinese font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text uses real characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF again with compressed pictures (a smaller picture quality), or split the document into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is small enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentProbe</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MB, too large to examine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCreator</name>
    <message>
        <source>the profile has no resource type for links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file, a folder or an http(s) link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell the resource type from the ending &quot;.%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmlDraft</name>
    <message>
        <source>cannot write the e-mail draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address in the e-mail draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumFieldEditor</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChecks</name>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChecks::Failure</name>
    <message>
        <source> (has %1; expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a batch as a BagIt submission package (folder or .zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package to write: a .zip file or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export even with errors; the package is marked as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give WORKSPACE, --batch NAME and -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2  %3/s  ETA %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1%2: %n file(s)</source>
        <translation>
            <numerusform>Wrote %1%2: %n file</numerusform>
            <numerusform>Wrote %1%2: %n files</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 in %2 s (%3/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  technical: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing package at OUT (a .zip file or a package folder) once the new one is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: warning: the technical check results were not cached (the next export checks again): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors that stop the export are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3/s, %4 left — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical check %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical check results were not cached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as a &amp;draft (allowed with errors; marked in bag-info.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>%1: no batch named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>batch &quot;%1&quot; has %n error(s); fix them or export as a draft</source>
        <translation>
            <numerusform>batch &quot;%1&quot; has %n error; fix it or export as a draft</numerusform>
            <numerusform>batch &quot;%1&quot; has %n errors; fix them or export as a draft</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>batch &quot;%1&quot; fails %n technical rule(s); fix them or export as a draft</source>
        <translation>
            <numerusform>batch &quot;%1&quot; fails %n technical rule; fix it or export as a draft</numerusform>
            <numerusform>batch &quot;%1&quot; fails %n technical rules; fix them or export as a draft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration form cannot be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRefusal</name>
    <message>
        <source>%1: %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3 does not meet the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The package was not written: %n file(s) or link(s) do not meet the technical standard.</source>
        <translation>
            <numerusform>The package was not written: %n file or link does not meet the technical standard.</numerusform>
            <numerusform>The package was not written: %n files or links do not meet the technical standard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in the Media check panel (right-click a file, then Fix…), or export as a draft to send them for review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FfmpegProcess</name>
    <message>
        <source>The ffmpeg program is not installed (Debian: apt install ffmpeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg did not finish within %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg failed (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditorRow</name>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the value with: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWriter</name>
    <message>
        <source>the profile has no field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no field &quot;%1&quot; (fields: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource type must be one of %1 (not &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached as media and is a %2 file; the type cannot be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start writing resource %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileRelinker</name>
    <message>
        <source>cannot read the attached files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot re-link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot re-link the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot undo the re-linking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n files in the folder</source>
        <translation>
            <numerusform>more than %n files in the folder</numerusform>
            <numerusform>more than %n files in the folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the search took longer than %n minute(s)</source>
        <translation>
            <numerusform>the search took longer than %n minute</numerusform>
            <numerusform>the search took longer than %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>the search was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the part of the folder searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file named &quot;%1&quot; of this size in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, size and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files named &quot;%1&quot; in the folder have other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>same name, size and content (%n copies)</source>
        <translation>
            <numerusform>same name, size and content (%n copies)</numerusform>
            <numerusform>same name, size and content (%n copies)</numerusform>
        </translation>
    </message>
    <message>
        <source>same name, size and modification time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n different files named &quot;%1&quot; of this size: replace the file yourself</source>
        <translation>
            <numerusform>%n different files named &quot;%1&quot; of this size: replace the file yourself</numerusform>
            <numerusform>%n different files named &quot;%1&quot; of this size: replace the file yourself</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>Make media files meet the technical standard (the least change: remux, sound only, or convert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files to fix; the originals are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the fixed files (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print what would be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge pictures smaller than the standard&apos;s minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give videos without sound a silent sound track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even out the loudness to EBU R128 (−23 LUFS, two passes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the files as &quot;video&quot; or &quot;audio&quot; (default: from the content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign profile: a built-in id or a .json file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: give at least one FILE and -o DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: --type must be video or audio, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: the output folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: the ffmpeg program is not installed (Debian: apt install ffmpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  → %1 (passes the standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixController</name>
    <message>
        <source>&amp;Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace media file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another file for this resource; its metadata stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;compliant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the media file so that it meets the technical standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource has no media file to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now meets the standard and replaces the earlier file (Undo puts it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not converted; the Make compliant panel says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upscaled from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixDock</name>
    <message>
        <source>Make compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed, time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the same time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now meets the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the conversion was cancelled; the original file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not fixed; the original file is unchanged. See Details for why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixEngine</name>
    <message>
        <source>The output %1 would overwrite the original; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted file still does not meet the standard, so it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loudness could not be corrected with one even gain (the sound&apos;s peaks or range did not allow it), so it was evened out dynamically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixJobStore</name>
    <message>
        <source>cannot queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update fix job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the fix queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <source>The file already meets the standard; it is copied unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick fix: the picture and sound are kept exactly as they are, only the file around them changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is kept exactly as it is; only the sound is converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is converted again (this takes a while and changes the picture slightly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound is converted to the required format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file can only be fixed if you choose to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be fixed here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Estimated size %1, time about %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixPlanDialog</name>
    <message>
        <source>Enlarge a picture that is too small (adds no detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a silent sound track when there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even out the loudness (EBU R128, −23 LUFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make compliant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated size %1, time about %2 s. The original file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixPlanner</name>
    <message>
        <source>the file holds neither video nor sound that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (%1); copy it again from the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Shorten or split it in a video editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sound in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoder %1 takes no sample rate the standard allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound is kept exactly as it is and put into a plain %1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sound (%1, %2 Hz, %n channel(s)) is converted to %3 at %4 Hz, %5 kbit/s.</source>
        <translation>
            <numerusform>The sound (%1, %2 Hz, %n channel) is converted to %3 at %4 Hz, %5 kbit/s.</numerusform>
            <numerusform>The sound (%1, %2 Hz, %n channels) is converted to %3 at %4 Hz, %5 kbit/s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample rate is raised to %1 Hz as the standard asks; this does not bring back treble the recording never had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono sound is played on both sides (stereo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loudness is evened out to the broadcast standard (EBU R128, −23 LUFS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is stored as %1, which the standard does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its H.264 profile (%1) does not play in every browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its colour format (%1-bit %2) does not play in every browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its H.264 level (%1) is above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture size does not meet the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame rate does not meet the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bitrate does not meet the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is encoded again as H.264 (8-bit 4:2:0, level %1), which plays everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is enlarged from %1×%2 to %3×%4. Enlarging does not add detail; the file is marked &quot;upscaled&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretched pixels are made square: the picture is stored at its shown size %1×%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture size becomes %1×%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is turned upright once (%1°), so players do not turn it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interlaced picture (two half-pictures per frame) is made progressive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changing frame rate is made steady at %1 fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame rate goes from %1 to %2 fps by repeating frames; the sound stays in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average bitrate becomes about %1 Mbit/s, just above the required %2 Mbit/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no picture in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video has no sound track and the standard asks for one; choose to add a silent track (--add-silent-audio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture (%1) is smaller than the standard asks; it can only pass if it is enlarged, which adds no detail (--allow-upscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture (%1×%2 at %3 fps) is too large for any H.264 level the standard allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s declared H.264 level (%1) is corrected to %2, which it really needs; the picture itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silent sound track is added, as you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound (%1, %2 kHz) is converted to AAC at 48 kHz, which every browser plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 inside; it is put into a standard MP4 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index is moved to the front, so the video starts at once in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n extra picture track(s) are left out.</source>
        <translation>
            <numerusform>%n extra picture track are left out.</numerusform>
            <numerusform>%n extra picture tracks are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixQueue</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSink</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back what was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shorter than what was copied into it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameGrabber</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no video picture to take a frame from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures in %1 cannot be decoded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is too large (%1×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder does not accept this video stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture could be decoded at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot convert this picture format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideBrowser</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubmitDesk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HashingCopier</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file changed while it was copied (%2 bytes expected, %3 read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot copy (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Open a package as a new batch, or fill a batch&apos;s metadata from a spreadsheet (--sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package to open: a .zip file or a bag folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch: the new batch&apos;s name, or the batch the sheet fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata sheet (.xlsx or .csv) with the exported metadata.xlsx&apos;s headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sheet: store the values (only when no cell has an error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give WORKSPACE PACKAGE, or WORKSPACE --batch NAME --sheet FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 as batch &quot;%2&quot;: %n resource(s)</source>
        <translation>
            <numerusform>Opened %1 as batch &quot;%2&quot;: %n resource</numerusform>
            <numerusform>Opened %1 as batch &quot;%2&quot;: %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>, files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: there is no batch &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched</source>
        <translation>
            <numerusform>%n row matched</numerusform>
            <numerusform>%n rows matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to change</source>
        <translation>
            <numerusform>%n value to change</numerusform>
            <numerusform>%n values to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing stored (add --apply to store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: warning: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as %1 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;bagit.txt (bagit.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s batch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened as batch &quot;%1&quot;: %n resource(s)</source>
        <translation>
            <numerusform>Opened as batch &quot;%1&quot;: %n resource</numerusform>
            <numerusform>Opened as batch &quot;%1&quot;: %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing stored until you press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the sheet and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) stored.</source>
        <translation>
            <numerusform>%n value stored.</numerusform>
            <numerusform>%n values stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracting the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submission package: a .zip file or a folder with bagit.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata sheet (.xlsx or .csv), e.g. one exported with a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>sheet check: counts; what to do next</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The file was read as %1 text.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a workspace file (or bring an old one up to date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to create, e.g. units.submitdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign profile: a built-in id or a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: give exactly one WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (schema %2, profile %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema %2, profile %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCheck</name>
    <message>
        <source>not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s technical section cannot be used: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>2xx after at most %1 redirects within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %n redirect(s), %2 ms, at %3</source>
        <translation>
            <numerusform>HTTP %1 after %n redirect, %2 ms, at %3</numerusform>
            <numerusform>HTTP %1 after %n redirects, %2 ms, at %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the address in a browser outside your network; correct it or ask the platform to make the course public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects: the address loops or points at a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course does not answer with a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https with a valid certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid: browsers will warn or refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform to install a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, with a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http: the page travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the https address of the course if the platform has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s protection level (等级保护) is not declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the level from the platform&apos;s filing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s protection level is below %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host the course on a platform with protection level %1 or higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection level is high enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection filing number (备案号) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the platform&apos;s filing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing number is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; in the profile&apos;s technical section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s technical section cannot be used: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no technical rules for &quot;link&quot; media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListFieldEditor</name>
    <message>
        <source>%1, items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Loudness</name>
    <message>
        <source>The loudness could not be measured (is the sound silent?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SubmitDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubmitDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch to add to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n draft resource(s).</source>
        <translation>
            <numerusform>Added %n draft resource.</numerusform>
            <numerusform>Added %n draft resources.</numerusform>
        </translation>
    </message>
    <message>
        <source>No media file was found in what was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were not added:</source>
        <translation>
            <numerusform>%n item was not added:</numerusform>
            <numerusform>%n items were not added:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SubmitDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edit is stored in the workspace file at once; there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No resource selected&lt;/h3&gt;&lt;p&gt;Drop media files or whole folders on this window, or use Edit ▸ Add Files…, to draft one resource per file.&lt;/p&gt;&lt;p&gt;Select a resource in the list to edit its metadata.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubmitDesk workspaces (*.submitdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubmitDesk workspaces (*.submitdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working in the copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (http:// or https://) of the online course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Package as Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Metadata Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check All Media of the Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deep Check of the Selected File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n media file(s) of the batch…</source>
        <translation>
            <numerusform>Checking %n media file of the batch…</numerusform>
            <numerusform>Checking %n media files of the batch…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %2 meet the standard, %3 do not, %4 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch has no media file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened a batch of %n resource(s); the list showed in %1 ms.</source>
        <translation>
            <numerusform>Opened a batch of %n resource; the list showed in %1 ms.</numerusform>
            <numerusform>Opened a batch of %n resources; the list showed in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), checking…</source>
        <translation>
            <numerusform>%n resource, checking…</numerusform>
            <numerusform>%n resources, checking…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), %1 with errors</source>
        <translation>
            <numerusform>%n resource, %1 with errors</numerusform>
            <numerusform>%n resources, %1 with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate Batch</source>
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
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add media files to the batch, one draft resource per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every media file of a folder to the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an online course by its web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the batch&apos;s metadata again and show the batch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the batch as a submission package (folder or zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s registration form (attachment 3): responsible person, contacts, PDF and e-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the resources by title or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the technical check on every media file of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package is being exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package is being opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package is being verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) are being checked</source>
        <translation>
            <numerusform>%n media file is being checked</numerusform>
            <numerusform>%n media files are being checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Close SubmitDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is still running: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it and close the window? Nothing already stored is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel It and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n not checked yet</source>
        <translation>
            <numerusform>, %n not checked yet</numerusform>
            <numerusform>, %n not checked yet</numerusform>
        </translation>
    </message>
    <message>
        <source>A check result could not be saved in the workspace; the file will be checked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s resources could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change could not be stored. The workspace keeps what it held before; the Details say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <source>cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaCheckPanel</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deep check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode every frame and sound packet and report decode errors (slow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Meets the standard, with %n warning(s).</source>
        <translation>
            <numerusform>Meets the standard, with %n warning.</numerusform>
            <numerusform>Meets the standard, with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Does not meet the standard: %n rule(s) failed.</source>
        <translation>
            <numerusform>Does not meet the standard: %n rule failed.</numerusform>
            <numerusform>Does not meet the standard: %n rules failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deep check done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the course link now (HEAD, then GET) and judge its protection level and filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course link to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been checked yet: press &quot;Check link&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Failing: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked: the file may be damaged or not a media file. See Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable, but worth a look: see Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course does not meet it. Check the course address and the platform&apos;s protection level and filing number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not meet it. Save the document again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not meet it. Choose Fix… from the right-click menu, or export the file again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule could not be checked: see Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaCheckService</name>
    <message numerus="yes">
        <source>cannot cache %n check result(s): %1</source>
        <translation>
            <numerusform>cannot cache %n check result: %1</numerusform>
            <numerusform>cannot cache %n check results: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaFileRow</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the file with the computer&apos;s own player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach another file instead of this one (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find moved or renamed files in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing: it is no longer at %1. Locate it, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPolicy</name>
    <message>
        <source>the profile has no technical rules for &quot;%1&quot; media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; in the profile&apos;s technical section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an %1 stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 inside, whatever its name says; the standard asks for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 (ISO base media; brand %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (brand %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MP4 file (ISO base media).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Apple M4V file: MP4 in structure, but some players treat it differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 inside, not MP4, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video stream(s): %1</source>
        <translation>
            <numerusform>%n video stream: %1</numerusform>
            <numerusform>%n video streams: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no video stream (cover pictures do not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n audio stream(s), all %1</source>
        <translation>
            <numerusform>at least %n audio stream, all %1</numerusform>
            <numerusform>at least %n audio streams, all %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no audio stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has too few audio streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audio stream is %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every audio stream is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long side ≥ %1, short side ≥ %2 (displayed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no video to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stored %1×%2, SAR %3:%4, rotated %5°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is smaller than %1×%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait picture: large enough, but shown with black bars in a landscape player.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the portrait orientation is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is large enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 fps (average: frames ÷ duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (variable; nominal %1 fps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The frame rate is variable, so the file is judged by its average, not its nominal rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average frame rate is below %1 fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame rate is high enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 Mbit/s (file size × 8 ÷ duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is unknown, so the bitrate cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average bitrate is below %1 Mbit/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bitrate is high enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 is above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index after the media data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not play in every browser: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays in browsers, but the index (moov) comes after the media data, so playback starts only after a long download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the index to the front: ffmpeg -i IN -c copy -movflags +faststart OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays in current Firefox, Chrome and Edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audio to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample rate is below %1 Hz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample rate is high enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded at %1 bits or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores no bit depth; it decodes at %2 bits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The samples have fewer than %1 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bit depth is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens, has an index, no sample beyond the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no index (moov): it was not finished or was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or copy the file again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut short: data up to byte %1, file has %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index points at media data past the end of the file: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or download the file again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file opens and its index fits the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can be read but is not a complete media file; its other rules cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or copy the file again from the original; renaming a file does not convert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert it to %1, e.g. ffmpeg -i IN %2 OUT.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s technical section cannot be used: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remux into MP4, e.g. ffmpeg -i IN -c copy -brand %1 -movflags +faststart OUT.mp4 (re-encode if the codecs do not fit MP4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode the video as %1, e.g. ffmpeg -i IN %2 OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n video stream(s); the standard expects %1.</source>
        <translation>
            <numerusform>The file has %n video stream; the standard expects %1.</numerusform>
            <numerusform>The file has %n video streams; the standard expects %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n video stream(s) and drop the others with ffmpeg&apos;s -map option, e.g. ffmpeg -i IN -map 0:v:0 -map 0:a -c copy OUT.mp4 keeps the first.</source>
        <translation>
            <numerusform>Keep %n video stream and drop the others with ffmpeg&apos;s -map option, e.g. ffmpeg -i IN -map 0:v:0 -map 0:a -c copy OUT.mp4 keeps the first.</numerusform>
            <numerusform>Keep %n video streams and drop the others with ffmpeg&apos;s -map option, e.g. ffmpeg -i IN -map 0:v:0 -map 0:a -c copy OUT.mp4 keeps the first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The video is %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 video stream(s).</source>
        <translation>
            <numerusform>%n %1 video stream.</numerusform>
            <numerusform>%n %1 video streams.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encode the sound as %1, e.g. ffmpeg -i IN -c:v copy -c:a %2 OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sound track; if the video is meant to be silent, add a silent track: ffmpeg -i IN -f lavfi -i anullsrc -shortest -c:v copy -c:a %1 OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly %1×%2 (displayed, either orientation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; aspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the video again from the original at %1×%2 or more; scaling up a small picture does not add detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is %1×%2; the standard asks for exactly %3×%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the video again from the original at exactly %1×%2 (%2×%1 if it is portrait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s shape is %1:1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the video again from the original in %1; pad with borders rather than stretch if the source has another shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; one of %1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again at %1 fps or more from the original; duplicating frames (ffmpeg -i IN -r %1 …) only hides the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average frame rate is not one of %1 fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again from the original at one of %1 fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; ≤ %1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode again from the original at a higher bitrate, e.g. ffmpeg -i IN %1 OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average bitrate is above %1 Mbit/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode again at a lower bitrate, e.g. ffmpeg -i IN %1 OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bitrate is within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video is %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profile %2 does not play in every browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit %2 (%3) is not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, level ≤ %3, %4; %5; index first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio %1 %2 is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode for the web: ffmpeg -i IN %1 -movflags +faststart OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again from the original at %1 Hz or more; resampling up does not restore the lost treble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample rate is above %1 Hz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resample to %1 Hz or less, e.g. ffmpeg -i IN -ar %1 … (the encoder as in the container hint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample rate is within the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again from the original at %1 bits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sound has %n channel(s); the standard asks for %1.</source>
        <translation>
            <numerusform>The sound has %n channel; the standard asks for %1.</numerusform>
            <numerusform>The sound has %n channels; the standard asks for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export again from the original with %1 channel(s) (%2), e.g. ffmpeg -i IN -ac %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound has %1 channel(s) (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is unknown, so it cannot be compared with the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is longer than %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into parts of at most %1 s, e.g. with ffmpeg&apos;s segment muxer (-c copy -f segment -segment_time %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is short enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s size is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode again at a lower bitrate, or split the file into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is small enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message>
        <source>no audio or video stream found (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no index (moov box): the file is unfinished or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable media file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaReplacement</name>
    <message>
        <source>cannot read the media file of resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the media file of resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the earlier file of resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file history of resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataJson</name>
    <message>
        <source>metadata.json: not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.json: &quot;format&quot; is not &quot;submitdesk-package&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.json: resource %1 has no &quot;id&quot; or &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataSheetWriter</name>
    <message>
        <source>%1: cannot create the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the spreadsheet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for metadata.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read back (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, &quot;%3&quot;: %4 characters do not fit in metadata.xlsx (at most %5); shorten the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.xlsx, cell %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.xlsx: cannot add a cell format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.xlsx: cannot add the worksheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>this workspace was written by a newer SubmitDesk (schema %1; this version knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the columns of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>%1 line %2: not &quot;checksum path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageOpener</name>
    <message>
        <source>%1: %2 entries, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, the entry &quot;%2&quot; is a link or a path that could escape the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 declares %3 bytes, more than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes in all, more than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing; not a SubmitDesk package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data/metadata.json does not match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made for profile &quot;%2&quot;, this workspace uses &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is already a batch &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs %2 bytes, %3 has %4 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resource id &quot;%2&quot; is not a plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (resource %3) is not a file listed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be written outside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more bytes than it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rename into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not listed in tagmanifest-sha256.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, listed in tagmanifest-sha256.txt, is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not match tagmanifest-sha256.txt (changed after bagging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resource %2 has the type &quot;%3&quot;, which the profile &quot;%4&quot; does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resource %2: the file %3 has the role &quot;%4&quot;; only %5 are known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resource %2 has more than one cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing extracted to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, %2 declares %3 bytes, more than the %4 a tag file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, the tag files declare %2 bytes in all, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s details could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resource %2 has a cover, but type %3 of the profile &quot;%4&quot; has no field with the role cover_image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialOutput</name>
    <message>
        <source>%1: cannot create the folder (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no free name for the unfinished output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists; choose another name or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists as something else than the output; not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished output into place (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished output into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the folder (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the old folder aside (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadCopier</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame back (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame forward (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound off or on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F; Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this frame as cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the picture shown now, exactly as it is in the file, as the resource&apos;s cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of resource has no cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing is not available on this computer: Qt Multimedia has no working backend. Checking, the cover and export keep working. To play files, install the Debian packages %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo apt install %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be played here: this computer lacks a decoder for it. Checking, the cover and export keep working. If the technical check finds the file in order, install the Debian packages %1 to play it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player: %1
File: %2
Install: sudo apt install %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overview of the sound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; (worth a listen; not failures of the check):&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>List, show, import and compare campaign profiles; re-judge a batch under another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show ID[@VERSION], import FILE, or diff A B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile(s) or file the action needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: the workspace holding the batch to re-judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: re-judge this batch from A under B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff --batch: from now on the batch is judged by B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile: give list, show ID[@VERSION], import FILE or diff A B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 is already installed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported profile %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile diff: there is no batch &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; under %2 instead of %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No resource changes its verdict (%n resource(s)).</source>
        <translation>
            <numerusform>No resource changes its verdict (%n resource).</numerusform>
            <numerusform>No resource changes its verdict (%n resources).</numerusform>
        </translation>
    </message>
    <message>
        <source>  now passes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  now FAILS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) were never checked and are not part of this comparison.</source>
        <translation>
            <numerusform>%n media file were never checked and are not part of this comparison.</numerusform>
            <numerusform>%n media files were never checked and are not part of this comparison.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch is now judged by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDiff</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox for the registration form: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline removed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type removed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type %1: checked as %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type %1: at least %2 → %3 media file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource type: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required for %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shown for %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule no longer checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: renamed from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>&quot;code&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type code &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one resource type is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_length is larger than max_length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an enum field needs a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case ASCII letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field id &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected text, date, integer, enum, list, url, image, xml or category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of type codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown resource type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported profile format %1 (this SubmitDesk reads format 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe type code: it names folders in the package, so it must be 1–32 ASCII letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a ratio such as 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (more than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a file name in the taxonomy folder (ASCII letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; no folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a taxonomy is not read through links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of video, audio, link, document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer read: give the field &quot;role&quot;: &quot;unit_name&quot; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; needs a field of kind %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is already the field &quot;%2&quot;&apos;s for type %3; a type has one field per role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 has link media, so one of its fields needs &quot;role&quot;: &quot;course_url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language such as &quot;zh_CN&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; (built in or imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; version &quot;%2&quot; (built in or imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch is judged by profile %1 version %2, which is not installed here; import that profile&apos;s file first (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link; profiles are not read through links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (or it changed while being read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot import the profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different profile %1 version %2 is already %3 (%4); a changed profile needs a new &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the taxonomy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different taxonomy named %1 is already installed (%2); it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; and version &quot;%3&quot; must be 1–64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way (it is not a readable profile %2 version %3); it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Campaign profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details (limits as written in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the batch under this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile for the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge batch &quot;%1&quot; under this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a campaign profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be judged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; under %2 instead of %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource changes its verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the profiles differ in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) were never checked and are not part of this list.</source>
        <translation>
            <numerusform>%n media file were never checked and are not part of this list.</numerusform>
            <numerusform>%n media files were never checked and are not part of this list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch keeps its profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; is now judged by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationCommand</name>
    <message>
        <source>The contact registration form: set fields, attach the stamped scan, write the PDF or e-mail draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the scan or photo of the stamped form (JPEG, PNG or PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the printable form (A4) to this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the e-mail draft to the profile&apos;s mailbox to this .eml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration: give exactly one WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration: nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration: incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDeadline</name>
    <message>
        <source>%1: no registration deadline in profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: registration deadline %2: OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>%1: registration deadline %2: OVERDUE by %n day</numerusform>
            <numerusform>%1: registration deadline %2: OVERDUE by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: registration deadline %2: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: registration deadline %2: %n day(s) left</source>
        <translation>
            <numerusform>%1: registration deadline %2: %n day left</numerusform>
            <numerusform>%1: registration deadline %2: %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>e.g. 北京市教育委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 处长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 010-66096459 or 0755-12345678-801</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@example.edu.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fill in the form, print it, have it stamped, attach the scan of the stamped form and send it to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach stamped scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped scan: none attached yet (the unstamped PDF will be sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped scan: %1 — the file is missing; attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the form as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the scan or photo of the stamped form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach stamped scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is not complete:

%1

Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan of the stamped form is attached; the unstamped PDF would be sent. The notice asks for the stamped form.

Send the unstamped form anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail client opened the draft. Open %1 in your mail client, or send the form to %2 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail draft was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province/unit &amp;name (省(区、市)/单位名称)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible person (负责人姓名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position (职务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landline (座机)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile (手机)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail (电子邮箱)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationMail</name>
    <message>
        <source>profile %1 names no mailbox for the registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the stamped scan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationPdf</name>
    <message>
        <source>no CJK font that keeps Chinese text searchable in PDF: install fonts-arphic-uming or fonts-wqy-zenhei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelinkCommand</name>
    <message>
        <source>Find attached files that have moved in a folder and re-link them (by name, size and content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to search (with its subfolders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would be re-linked; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relink: give one WORKSPACE and --search DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relink: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-linked: %1 -&gt; %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still missing: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) looked at</source>
        <translation>
            <numerusform>%n file looked at</numerusform>
            <numerusform>%n files looked at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-linked</source>
        <translation>
            <numerusform>%n re-linked</numerusform>
            <numerusform>%n re-linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still missing</source>
        <translation>
            <numerusform>%n still missing</numerusform>
            <numerusform>%n still missing</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing changed (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelinkController</name>
    <message>
        <source>&amp;Locate Missing Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find attached files that were moved to another folder or disk, and link them again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelinkDialog</name>
    <message>
        <source>Locate Missing Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When attached files have moved (a folder renamed, or copied to another disk), choose the folder they are in now. Every missing file found there is linked again; a file is only taken when its name and size match and, if several look alike, its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and Re-link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Re-linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached files could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attached file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) cannot be found where they were.</source>
        <translation>
            <numerusform>%n attached file cannot be found where they were.</numerusform>
            <numerusform>%n attached files cannot be found where they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder with the Moved Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to search first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n file(s) looked at</source>
        <translation>
            <numerusform>Searching… %n file looked at</numerusform>
            <numerusform>Searching… %n files looked at</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be re-linked; nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was: %1
Found by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) re-linked</source>
        <translation>
            <numerusform>%n file re-linked</numerusform>
            <numerusform>%n files re-linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still missing.</source>
        <translation>
            <numerusform>%n still missing.</numerusform>
            <numerusform>%n still missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search stopped early (%1): choose a smaller folder for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-linking could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n file(s) point to their old place again.</source>
        <translation>
            <numerusform>Undone: %n file point to their old place again.</numerusform>
            <numerusform>Undone: %n files point to their old place again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceMediaCommand</name>
    <message>
        <source>Make compliant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace media file with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file could not be replaced again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier media file could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDock</name>
    <message>
        <source>No batch selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is ready: no errors, no warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: %1, %2 — click a message to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or link(s) not checked yet.</source>
        <translation>
            <numerusform>%n file or link not checked yet.</numerusform>
            <numerusform>%n files or links not checked yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n file(s) or link(s) not checked yet. Media files are checked by themselves; check a link in the Media check panel.</source>
        <translation>
            <numerusform>Not ready yet: %n file or link not checked yet. Media files are checked by themselves; check a link in the Media check panel.</numerusform>
            <numerusform>Not ready yet: %n files or links not checked yet. Media files are checked by themselves; check a link in the Media check panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch is ready to export, with %n warning(s) — click a message to see it.</source>
        <translation>
            <numerusform>The batch is ready to export, with %n warning — click a message to see it.</numerusform>
            <numerusform>The batch is ready to export, with %n warnings — click a message to see it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>%1
Suggested value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>No resource selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource in the list to edit its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; required for this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · unknown type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled resource #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from your unit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceRestorer</name>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back (its number is taken by a resource added since): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deleted resources cannot be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceStore</name>
    <message>
        <source>cannot add a resource to batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the type of resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1 of resource %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot attach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no attached file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start storing resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the %1 of resource %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the field values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the attached files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the resources of batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the resources of batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>incomplete (%n missing)</source>
        <translation>
            <numerusform>incomplete (%n missing)</numerusform>
            <numerusform>incomplete (%n missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>complete (%n warning(s))</source>
        <translation>
            <numerusform>complete (%n warning)</numerusform>
            <numerusform>complete (%n warnings)</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceValidator</name>
    <message>
        <source>the resource type &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a %1 resource needs at least %n media file(s)</source>
        <translation>
            <numerusform>a %1 resource needs at least %n media file</numerusform>
            <numerusform>a %1 resource needs at least %n media files</numerusform>
        </translation>
    </message>
    <message>
        <source>the attached file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <source>%1: cannot remove (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write to the disk (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>Set metadata fields of a resource, validated as in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field ids and values, e.g. title=航空发动机原理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource id (as printed by `add`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: there is no resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: &quot;%1&quot; is not FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the profile has no field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (suggested: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the resource&apos;s media file, keeping its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: usage: submitdesk-cli set WORKSPACE --resource ID [--file PATH] FIELD=VALUE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media file: %1 (check: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <source>the sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same resource as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type cannot be changed from a sheet (%1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field does not apply to a %1 resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the sheet has %n problem(s); nothing was stored</source>
        <translation>
            <numerusform>the sheet has %n problem; nothing was stored</numerusform>
            <numerusform>the sheet has %n problems; nothing was stored</numerusform>
        </translation>
    </message>
    <message>
        <source>no resource of the batch has the number &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource of the batch has the media file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources have a media file &quot;%2&quot;; fill in the &quot;%3&quot; column to say which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files &quot;%1&quot; belong to different resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has no &quot;%1&quot; column (an older export): rows are matched by &quot;%2&quot;, which changes when resources are added, deleted or retyped after the export; check each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing: the long values of &quot;%2&quot; would be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a key, a number nor a media file name to match the row to a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource key as exported; leave the cell as it was, or clear it to match the row by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource this row was exported from (key %1) is no longer in the batch: it was deleted or moved; delete the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media file of the resource the &quot;%2&quot; column names (%3); the row is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value goes on in &quot;%1&quot; but its first part here is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell is empty but the stored value (%1 characters) is longer than a spreadsheet cell holds: it is kept; clear it in SubmitDesk if that is what you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has no &quot;%1&quot;, &quot;%2&quot; or &quot;%3&quot; column to match rows to resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampedScan</name>
    <message>
        <source>cannot read the stamped scan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stamped scan %1 is %2 MB; at most %3 MB fit in an e-mail, scan at a lower resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file (checked by content)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamVerifier</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read at byte %2 (it may have been shortened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fingerprint %2, the export recorded %3 (the file changed since it was hashed for the manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sha256 %2, the package&apos;s manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>%1: a category has no name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicalFindings</name>
    <message>
        <source>%1: the link was not checked yet. Check it in the Media check panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not checked yet against the technical standard; the check runs by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not meet the standard. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The file has %1; the standard wants %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course address answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted connection (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the course address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read. Replace it with a copy that plays, or export it again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the course address and the platform&apos;s protection level and filing number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Fix… in the Media check panel, or export the file again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicalSpec</name>
    <message>
        <source>a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty list of positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of pass, warning, fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;zh&quot;: …, &quot;en&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ratio such as 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected one of: zh, en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (exact_long and exact_short go together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (expected an object: the rule is listed in rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected rules or one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; for %2 media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (a resource type has %1 media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (expected an object with max_redirects and timeout_ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected one of: video, audio, link, document)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Unicode, as Notepad saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows, as Excel or WPS saves it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>no token is stored for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1). The token is kept only until SubmitDesk closes; you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TusAccount</name>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TusTransfer</name>
    <message>
        <source>%1 could not be read at byte %2 (it may have been shortened).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCommand</name>
    <message>
        <source>Show or set the submitting unit and its responsible person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省(区、市)/单位名称: the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人姓名: the responsible person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务: the person&apos;s position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>座机: landline with area code, e.g. 010-66096459.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机: mobile number, e.g. 13800138000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮箱: e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit: give exactly one WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit: nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitStore</name>
    <message>
        <source>cannot store the unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1 of unit %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the unit: %1 &quot;%2&quot; contains control characters (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Upload a batch&apos;s package to a tus server; resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload target from the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tus endpoint URL (instead of a target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files sent at once (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth limit for all files, KiB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http to another computer (unprotected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed chunk size in KiB (default: adapts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without progress before a request is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries per trouble (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the network before giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload this file as it is instead of the batch&apos;s package (repeatable; for scripts and benchmarks). The batch is created when missing and keeps the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --target NAME or --endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upload target named &quot;%1&quot; in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: no token from the keychain (%1); trying without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: give WORKSPACE and --batch NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make (or check) the package the upload would send and list its files; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the package in %2 is ready to send (%n file(s)).</source>
        <translation>
            <numerusform>%1: the package in %2 is ready to send (%n file).</numerusform>
            <numerusform>%1: the package in %2 is ready to send (%n files).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <source>Choose a batch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload &quot;%1&quot; to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being uploaded already: wait until it is done, or pause it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another batch is being prepared: wait until it is queued, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the package of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing &quot;%1&quot; was cancelled; nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The batch &quot;%1&quot; cannot be uploaded yet: %n problem(s) in its descriptions need fixing first. The batch report lists them.</source>
        <translation>
            <numerusform>The batch &quot;%1&quot; cannot be uploaded yet: %n problem in its descriptions needs fixing first. The batch report lists it.</numerusform>
            <numerusform>The batch &quot;%1&quot; cannot be uploaded yet: %n problems in its descriptions need fixing first. The batch report lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; cannot be uploaded yet: some of its media files or links do not meet the standard. Check and fix them first; Details name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; cannot be uploaded: its package could not be prepared. Details tell why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadError</name>
    <message>
        <source>The server no longer knows this upload (it expired or was removed); it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a different amount of the file than expected; the upload continues from where the server is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s secure connection could not be verified (certificate problem). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed or was cut; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n second(s); trying again.</source>
        <translation>
            <numerusform>The server stopped answering for %n second; trying again.</numerusform>
            <numerusform>The server stopped answering for %n seconds; trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address uses plain http to another computer (%1): the token and the files would travel unprotected. Use https, or allow plain http explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to upload cannot be read or has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name or token. Check the upload target&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of the file arrived damaged; it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still busy with this file; waiting and trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down; waiting and trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem of its own; waiting and trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer like an upload server. Check the upload target&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to tell how much of the file it already has, so the upload cannot continue safely. Show the Details to the receiver&apos;s technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file changed after the package was made, so it was not sent in full. The package will be made again when you start the upload again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadPreparation</name>
    <message>
        <source>Preparing the package of &quot;%1&quot;: checking file %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the package of &quot;%1&quot;: %2 of %3 files, %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the earlier package of &quot;%1&quot; again: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the package of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadProgressLine</name>
    <message>
        <source>
upload: the network is away; waiting for it to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
upload: the network is back; resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 files  %3 / %4  %5/s  ETA %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1; the server acknowledged every one.</source>
        <translation>
            <numerusform>Uploaded %n file, %1; the server acknowledged every one.</numerusform>
            <numerusform>Uploaded %n files, %1; the server acknowledged every one.</numerusform>
        </translation>
    </message>
    <message>
        <source>upload: %1 of %2 files acknowledged; %3 failed. Run the same command again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network did not come back in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadStore</name>
    <message>
        <source>cannot store the upload state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the upload state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the upload history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadTargetDialog</name>
    <message>
        <source>Upload targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the token is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (tus endpoint):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;certificate authority (PEM file, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http to another computer (the token travels unprotected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadsDock</name>
    <message>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is away: uploads are paused and continue by themselves when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is back: uploads continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files received, %3 of %4, %5/s, time left: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected files and remove what was sent of them from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent cannot be recorded in the workspace: if SubmitDesk is closed now, some files will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; was received completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; needs attention: some files could not be uploaded. The Problem column says why; select them and press Resume to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: give exactly one WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: there is no batch &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the metadata, media and links of every resource of a batch (or all batches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the metadata only, not the media files and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: batch &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch &quot;%1&quot; (profile %2): %n resource(s)</source>
        <translation>
            <numerusform>Batch &quot;%1&quot; (profile %2): %n resource</numerusform>
            <numerusform>Batch &quot;%1&quot; (profile %2): %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: a check result was not cached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: join the levels with the ASCII &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a level is empty in &quot;%2&quot; (e.g. %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the category tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be written yyyy-mm-dd, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a real calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 lies in the future (today is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (not &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a %4 picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: separate items with the ASCII semicolon &quot;%2&quot;, not &quot;；&quot;, &quot;，&quot; or &quot;、&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: full-width parentheses （） will be written as ASCII ()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 is empty (two &quot;%3&quot; in a row, or one at the start or end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; each item needs %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; does not have the expected form, e.g. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one line, without line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains only spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 characters (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the expected form, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 begins or ends with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a full address such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with %2 (not %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain %2; browsers warn about it, use https if the platform offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the chapter form: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains control characters (%2), which are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 pixels; at least %4×%5 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3, not %4 in shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>The package: a .zip file or a bag folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip re-validating the metadata against the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: give exactly one PACKAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid package%2, %n payload file(s)</source>
        <translation>
            <numerusform>%1: valid package%2, %n payload file</numerusform>
            <numerusform>%1: valid package%2, %n payload files</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a submission package (folder or .zip): structure, checksums, metadata, media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip re-running the technical check of the media files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge by this profile (a built-in id or a .json file) instead of the built-in one the package names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid package%1: %n payload file(s)</source>
        <translation>
            <numerusform>Valid package%1: %n payload file</numerusform>
            <numerusform>Valid package%1: %n payload files</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message>
        <source>The package to check: a .zip file or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names collide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <source>the file has no sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound in %1 cannot be decoded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder does not accept this sound stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot convert this sound format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence from %1 to %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipping (distorted loud sound) at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipping (distorted loud sound) from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformCache</name>
    <message>
        <source>cannot cache the waveform of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeController</name>
    <message>
        <source>&amp;Welcome and Campaign Steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SubmitDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the campaign asks of you, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you type is saved at once. You can skip this and fill in the unit later in the registration form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit and its responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the registration form; the form is filled in from these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your work is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved in this file, which you can back up or copy like any document:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist on the right of the window shows where your batch stands in these steps. Start with File ▸ Add Files or drop videos on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province/&amp;unit name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SubmitDesk workspace (not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy must go to another file than the open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable SQLite file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite file belongs to another program (application id %1), not SubmitDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite file holds another program&apos;s tables; it is not a SubmitDesk workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is not at the current schema (%1); open it in SubmitDesk first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SubmitDesk workspace (not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace was written by a newer SubmitDesk (schema %1; this version knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open for reading only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1: it is a folder or a link, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>cannot replace %1: the file cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: not an .xlsx file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no first worksheet (xl/worksheets/sheet1.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet1 row %2 is beyond the supported %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet1 row %2: a value in column %3, beyond the header&apos;s %4 columns (at most %5 more are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet1 row %2: a value in column %3, beyond the %4 columns read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet1 row %2: more than %3 cells in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipSink</name>
    <message>
        <source>%1: cannot create the archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot add %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot finish %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot finish the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more bytes than the %1 announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes written of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib cannot compress it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than what was copied into it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: submitdesk-cli VERB [options]

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run `submitdesk-cli VERB --help` for a verb&apos;s options.
Exit codes: 0 clean, 1 problems found, 2 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitdesk-cli: unknown verb &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares learning resources for the lifelong-education platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open (*.submitdesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the main window is shown (checks that an installed copy starts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
