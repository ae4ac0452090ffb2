<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>%1: read error (%2)</source>
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
        <source>%1: cannot rename the finished package into place</source>
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
</context>
<context>
    <name>BatchValidator</name>
    <message>
        <source>the batch has no resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s name and responsible person are not filled in (Unit &gt; Registration form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also attached to resource %2</source>
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
        <source>a DTD is not allowed in the catalog</source>
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
    <name>CliSupport</name>
    <message>
        <source>no workspace given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such workspace (create one with `submitdesk-cli init`)</source>
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
</context>
<context>
    <name>EmlDraft</name>
    <message>
        <source>cannot write the e-mail draft %1: %2</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>FolderSink</name>
    <message>
        <source>%1: already exists</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1: read error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file changed while it was copied (%2 bytes expected, %3 read)</source>
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
        <source>Convert it to MP3, e.g. ffmpeg -i IN -c:a libmp3lame -b:a 192k -ar 44100 -ac 2 OUT.mp3</source>
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
        <source>Remux into MP4, e.g. ffmpeg -i IN -c copy -brand isom -movflags +faststart OUT.mp4 (re-encode if the codecs do not fit MP4)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode the video as H.264, e.g. ffmpeg -i IN -c:v libx264 -pix_fmt yuv420p -c:a aac OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no video stream (cover pictures do not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n video stream(s); the standard expects exactly one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep one video stream, e.g. ffmpeg -i IN -map 0:v:0 -map 0:a -c copy OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is %1, not H.264/AVC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One H.264/AVC video stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n audio stream(s), all %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode the sound as AAC, e.g. ffmpeg -i IN -c:v copy -c:a aac -b:a 128k OUT.mp4</source>
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
        <source>Add a sound track; if the video is meant to be silent, add a silent AAC track: ffmpeg -i IN -f lavfi -i anullsrc=r=48000:cl=stereo -shortest -c:v copy -c:a aac OUT.mp4</source>
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
        <source>Export the video again from the original at 1280×720 or more; scaling up a small picture does not add detail.</source>
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
        <source>Export again at 25 fps or more from the original; duplicating frames (ffmpeg -i IN -r 25 …) only hides the problem.</source>
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
        <source>Encode again from the original at a higher bitrate, e.g. ffmpeg -i IN -c:v libx264 -b:v 3M -c:a aac OUT.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bitrate is high enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264 %1, level ≤ %2, 8-bit 4:2:0; AAC %3; index first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video is %1, not H.264</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264 profile %1 does not play in every browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 is above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit %2 (%3) is not 8-bit 4:2:0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio %1 %2 is not AAC-LC or HE-AAC</source>
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
        <source>Re-encode for the web: ffmpeg -i IN -c:v libx264 -profile:v high -level 4.1 -pix_fmt yuv420p -c:a aac -movflags +faststart OUT.mp4</source>
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
        <source>Export again from the original at 44100 or 48000 Hz; resampling up does not restore the lost treble.</source>
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
        <source>Export again from the original at 16 bits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bit depth is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (stereo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono sound; the standard asks for stereo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound has %1 channels; the standard asks for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again in stereo (ffmpeg -i IN -ac 2 … makes two equal channels from mono).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo sound.</source>
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
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace was written by a newer SubmitDesk (schema %1; this version knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish migration %1: %2</source>
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
        <source>&quot;%1&quot; is not one of video, audio, link</source>
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
        <source>No registration deadline in profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1: OVERDUE by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline %1: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1: %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>ReportHtml</name>
    <message>
        <source>Check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors / warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: not ready for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
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
</context>
<context>
    <name>ResourceValidator</name>
    <message>
        <source>the resource type &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a %1 resource needs at least %n media file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the attached file %1 is missing</source>
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
        <source>set: usage: submitdesk-cli set WORKSPACE --resource ID FIELD=VALUE…</source>
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
    <name>Taxonomy</name>
    <message>
        <source>%1: a category has no name</source>
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
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check the metadata of every resource of a batch (or all batches).</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Batch &quot;%1&quot;: %n resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable workspace: %2</source>
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
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipSink</name>
    <message>
        <source>unknown libarchive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
