<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SubmitDesk</source>
        <translation>关于 SubmitDesk</translation>
    </message>
    <message>
        <source>Prepares learning resources for submission to the national lifelong-education platform: metadata, media checks, registration and packages.</source>
        <translation>为向国家终身教育平台报送学习资源做准备：元数据、媒体检查、登记表和报送包。</translation>
    </message>
    <message>
        <source>Versions in use (please quote them when you report a problem):</source>
        <translation>当前使用的版本（报告问题时请注明）：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>SubmitDesk</source>
        <translation>SubmitDesk</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（使用 %2 构建）</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>报送方案</translation>
    </message>
    <message>
        <source>%1, version %2 (%3)</source>
        <translation>%1，版本 %2（%3）</translation>
    </message>
</context>
<context>
    <name>AddCommand</name>
    <message>
        <source>Add draft resources to a batch: one per media file (folders are walked) or link.</source>
        <translation>向批次添加草稿资源：每个媒体文件（会遍历文件夹）或链接各生成一个资源。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Media files, folders or http(s) links.</source>
        <translation>媒体文件、文件夹或 http(s) 链接。</translation>
    </message>
    <message>
        <source>The batch to add to (created when missing).</source>
        <translation>要添加到的批次（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>add: usage: submitdesk-cli add WORKSPACE --batch NAME SOURCE…</source>
        <translation>add：用法：submitdesk-cli add WORKSPACE --batch NAME SOURCE…</translation>
    </message>
    <message>
        <source>add: %1</source>
        <translation>add：%1</translation>
    </message>
    <message>
        <source>add: not added: %1</source>
        <translation>add：未添加：%1</translation>
    </message>
    <message>
        <source>add: no media files found</source>
        <translation>add：未找到媒体文件</translation>
    </message>
    <message>
        <source>add: no media files or links found in %1</source>
        <translation>add：在 %1 中未找到媒体文件或链接</translation>
    </message>
</context>
<context>
    <name>ArchiveSink</name>
    <message>
        <source>read error (%1)</source>
        <translation>读取出错（%1）</translation>
    </message>
</context>
<context>
    <name>AvInput</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>timed out while opening</source>
        <translation>打开超时</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>timed out while reading the streams</source>
        <translation>读取媒体流超时</translation>
    </message>
</context>
<context>
    <name>BagInfo</name>
    <message>
        <source>bag-info.txt line %1: continuation without a label</source>
        <translation>bag-info.txt 第 %1 行：续行前没有标签</translation>
    </message>
    <message>
        <source>bag-info.txt line %1: no &quot;Label: value&quot;</source>
        <translation>bag-info.txt 第 %1 行：不是“Label: value”格式</translation>
    </message>
</context>
<context>
    <name>BagReader</name>
    <message>
        <source>%1: not a readable zip archive (%2)</source>
        <translation>%1：不是可读取的 zip 压缩包（%2）</translation>
    </message>
    <message>
        <source>%1: no such package</source>
        <translation>%1：报送包不存在</translation>
    </message>
    <message>
        <source>%1: damaged zip archive (%2)</source>
        <translation>%1：zip 压缩包已损坏（%2）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3)</source>
        <translation>%1：无法读取 %2（%3）</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation>%1：%2 大于 %3 字节</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1：缺少 %2</translation>
    </message>
    <message>
        <source>%1: %2 holds more bytes than the %3 it declares</source>
        <translation>%1：%2 的实际字节数多于其声明的 %3 字节</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 bytes, fewer than the %4 it declares</source>
        <translation>%1：%2 只有 %3 字节，少于其声明的 %4 字节</translation>
    </message>
</context>
<context>
    <name>BagReader::NameProblem</name>
    <message>
        <source>the entry %1 is in the package more than once</source>
        <translation>条目 %1 在报送包中出现了多次</translation>
    </message>
    <message>
        <source>the entries %1 have names that are equal after Unicode normalisation</source>
        <translation>条目 %1 的名称在 Unicode 规范化后相同</translation>
    </message>
    <message>
        <source>the entries %1 have names that differ only in case</source>
        <translation>条目 %1 的名称仅大小写不同</translation>
    </message>
    <message>
        <source>the entry name %1 is not UTF-8</source>
        <translation>条目名称 %1 不是 UTF-8 编码</translation>
    </message>
</context>
<context>
    <name>BagSnapshot</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>BagVerification</name>
    <message>
        <source>%1 is a link; a package holds only plain files</source>
        <translation>%1 是链接；报送包只能包含普通文件</translation>
    </message>
    <message>
        <source>%1 is not a safe relative path</source>
        <translation>%1 不是安全的相对路径</translation>
    </message>
    <message>
        <source>%1: the tag file %2 declares %3 bytes, more than the %4 allowed</source>
        <translation>%1：标签文件 %2 声明了 %3 字节，超过了允许的 %4 字节</translation>
    </message>
    <message>
        <source>%1: the tag files declare %2 bytes in all, more than the %3 allowed</source>
        <translation>%1：标签文件共声明 %2 字节，超过了允许的 %3 字节</translation>
    </message>
    <message>
        <source>no temporary folder to check the media files in (%1)</source>
        <translation>没有可用于检查媒体文件的临时文件夹（%1）</translation>
    </message>
    <message>
        <source>the media files need %1 bytes to be checked, more than the %2 allowed: not checked</source>
        <translation>检查媒体文件需要 %1 字节，超过了允许的 %2 字节：未检查</translation>
    </message>
    <message>
        <source>the media files need %1 bytes to be checked, %2 has %3 free: not checked</source>
        <translation>检查媒体文件需要 %1 字节，%2 仅剩 %3 可用空间：未检查</translation>
    </message>
    <message>
        <source>bagit.txt is missing: this is not a BagIt bag</source>
        <translation>缺少 bagit.txt：这不是 BagIt 包</translation>
    </message>
    <message>
        <source>bagit.txt does not declare BagIt-Version 1.0</source>
        <translation>bagit.txt 未声明 BagIt-Version 1.0</translation>
    </message>
    <message>
        <source>bagit.txt does not declare UTF-8 tag files</source>
        <translation>bagit.txt 未声明标签文件为 UTF-8 编码</translation>
    </message>
    <message>
        <source>%1 is listed in the payload manifest but is not under data/</source>
        <translation>%1 列在载荷清单中，但不在 data/ 下</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing</source>
        <translation>%1 列在清单中，但文件缺失</translation>
    </message>
    <message>
        <source>%1 has changed: its SHA-256 is not the one in the manifest</source>
        <translation>%1 已被更改：其 SHA-256 与清单中的不一致</translation>
    </message>
    <message>
        <source>manifest-sha256.txt is missing</source>
        <translation>缺少 manifest-sha256.txt</translation>
    </message>
    <message>
        <source>%1 is in the package but not in the manifest</source>
        <translation>%1 在报送包中，但不在清单中</translation>
    </message>
    <message>
        <source>%1 is an unexpected file beside the payload</source>
        <translation>%1 是载荷之外的多余文件</translation>
    </message>
    <message>
        <source>bag-info.txt is missing</source>
        <translation>缺少 bag-info.txt</translation>
    </message>
    <message>
        <source>bag-info.txt has no Payload-Oxum</source>
        <translation>bag-info.txt 中没有 Payload-Oxum</translation>
    </message>
    <message>
        <source>bag-info.txt: Payload-Oxum &quot;%1&quot; is malformed</source>
        <translation>bag-info.txt：Payload-Oxum“%1”格式有误</translation>
    </message>
    <message>
        <source>Payload-Oxum says %1 bytes in %2 files, the payload has %3 bytes in %4 files</source>
        <translation>Payload-Oxum 声明 %2 个文件共 %1 字节，实际载荷为 %4 个文件共 %3 字节</translation>
    </message>
    <message>
        <source>bag-info.txt has no %1</source>
        <translation>bag-info.txt 中没有 %1</translation>
    </message>
    <message>
        <source>data/metadata.json is missing</source>
        <translation>缺少 data/metadata.json</translation>
    </message>
    <message>
        <source>%1 (resource %2) is missing</source>
        <translation>%1（资源 %2）缺失</translation>
    </message>
    <message>
        <source>the package was made for profile &quot;%1&quot;, not &quot;%2&quot;; the metadata is not checked</source>
        <translation>此报送包是按报送方案“%1”制作的，而非“%2”；未检查元数据</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not known here, the metadata cannot be checked (%2)</source>
        <translation>此处不认识报送方案“%1”，无法检查元数据（%2）</translation>
    </message>
    <message>
        <source>the package was made for profile version %1, this is %2</source>
        <translation>此报送包是按报送方案版本 %1 制作的，当前为 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>BagVerification::EntryState</name>
    <message>
        <source>%1: cannot extract it for the technical check (%2)</source>
        <translation>%1：无法解压以进行技术检查（%2）</translation>
    </message>
</context>
<context>
    <name>BagVerifier</name>
    <message>
        <source>%1 (resource %2) cannot be checked: the file may be damaged.</source>
        <translation>%1（资源 %2）无法检查：文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 (resource %2): %3 is acceptable but worth a look.</source>
        <translation>%1（资源 %2）：%3 可以接受，但值得留意。</translation>
    </message>
    <message>
        <source>%1 (resource %2): %3 does not meet the standard.</source>
        <translation>%1（资源 %2）：%3 不符合标准。</translation>
    </message>
    <message>
        <source>%1 %2: %3 (has %4; expected %5)</source>
        <translation>%1 %2：%3（实际 %4；应为 %5）</translation>
    </message>
</context>
<context>
    <name>BagWriter</name>
    <message>
        <source>%1: already exists; choose another name or remove it first</source>
        <translation>%1：已存在；请换一个名称或先将其删除</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: already exists and is not a package; it is not replaced</source>
        <translation>%1：已存在且不是报送包；不会替换它</translation>
    </message>
</context>
<context>
    <name>BatchNameDialog</name>
    <message>
        <source>New batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <source>&amp;Name of the batch:</source>
        <translation>批次名称(&amp;N)：</translation>
    </message>
    <message>
        <source>For example: Spring 2026</source>
        <translation>例如：2026 年春季</translation>
    </message>
    <message>
        <source>One batch becomes one submission package. The name is only for you; you can change it later.</source>
        <translation>一个批次对应一个报送包。名称仅供您自己识别，之后可以修改。</translation>
    </message>
    <message>
        <source>Rename batch</source>
        <translation>重命名批次</translation>
    </message>
    <message>
        <source>New &amp;name of the batch:</source>
        <translation>批次的新名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>BatchPackage</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>BatchRejudge</name>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <source>%1: %2: %3 (expected %4)</source>
        <translation>%1：%2：%3（应为 %4）</translation>
    </message>
</context>
<context>
    <name>BatchSelector</name>
    <message>
        <source>New batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Rename batch</source>
        <translation>重命名批次</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>删除批次</translation>
    </message>
    <message numerus="yes">
        <source>Delete the batch &quot;%1&quot; and its %n resource(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除批次“%1”及其中的 %n 个资源？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>新建批次…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Create a new batch (one batch becomes one submission package)</source>
        <translation>新建批次（一个批次生成一个报送包）</translation>
    </message>
    <message>
        <source>Rename the current batch</source>
        <translation>重命名当前批次</translation>
    </message>
    <message>
        <source>Delete the current batch and its resources</source>
        <translation>删除当前批次及其中的资源</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Ba&amp;tch:</source>
        <translation>批次(&amp;T)：</translation>
    </message>
    <message>
        <source>The batch was not created.</source>
        <translation>批次未能创建。</translation>
    </message>
    <message>
        <source>The batch was not renamed.</source>
        <translation>批次未能重命名。</translation>
    </message>
    <message>
        <source>The batch was not deleted.</source>
        <translation>批次未能删除。</translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>a batch needs a name</source>
        <translation>批次必须有名称</translation>
    </message>
    <message>
        <source>a batch named &quot;%1&quot; already exists</source>
        <translation>已存在名为“%1”的批次</translation>
    </message>
    <message>
        <source>cannot store the batch: %1</source>
        <translation>无法保存批次：%1</translation>
    </message>
    <message>
        <source>cannot read the batches: %1</source>
        <translation>无法读取批次：%1</translation>
    </message>
    <message>
        <source>cannot read batch %1: %2</source>
        <translation>无法读取批次 %1：%2</translation>
    </message>
    <message>
        <source>cannot record the profile of the batches: %1</source>
        <translation>无法记录批次的报送方案：%1</translation>
    </message>
    <message>
        <source>cannot record profile %1 %2 for batch %3: %4</source>
        <translation>无法为批次 %3 记录报送方案 %1 %2：%4</translation>
    </message>
</context>
<context>
    <name>BatchValidationJob</name>
    <message>
        <source>cannot check batch %1: %2</source>
        <translation>无法检查批次 %1：%2</translation>
    </message>
</context>
<context>
    <name>BatchValidator</name>
    <message>
        <source>the batch has no resources</source>
        <translation>批次中没有资源</translation>
    </message>
    <message>
        <source>%1 is also attached to resource %2</source>
        <translation>%1 同时也是资源 %2 的附件</translation>
    </message>
    <message>
        <source>the unit&apos;s name and responsible person are not filled in (Unit &gt; Registration Form)</source>
        <translation>未填写单位名称和负责人（单位 ▸ 报送负责人信息登记表）</translation>
    </message>
</context>
<context>
    <name>BodySender</name>
    <message>
        <source>%1 could not be read at byte %2 (it may have been shortened): %3</source>
        <translation>无法在第 %2 字节处读取 %1（文件可能已变短）：%3</translation>
    </message>
</context>
<context>
    <name>BoundedXmlReader</name>
    <message>
        <source>the text is not valid %1</source>
        <translation>文本不是有效的 %1 编码</translation>
    </message>
    <message>
        <source>the XML declaration&apos;s encoding cannot be read</source>
        <translation>无法读取 XML 声明中的编码</translation>
    </message>
    <message>
        <source>the encoding &quot;%1&quot; is not supported (only UTF-8, UTF-16, UTF-32 and Latin-1)</source>
        <translation>不支持编码“%1”（仅支持 UTF-8、UTF-16、UTF-32 和 Latin-1）</translation>
    </message>
    <message>
        <source>DTDs are not allowed</source>
        <translation>不允许使用 DTD</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes</source>
        <translation>有元素的属性超过 %1 个</translation>
    </message>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>元素超过 %1 个</translation>
    </message>
    <message>
        <source>more than %1 namespace declarations in scope</source>
        <translation>作用域内的命名空间声明超过 %1 个</translation>
    </message>
    <message>
        <source>the entity &quot;%1&quot; is not declared</source>
        <translation>实体“%1”未声明</translation>
    </message>
    <message>
        <source>more than %1 characters of text</source>
        <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
        <source>the element &lt;%1&gt; is not allowed inside text</source>
        <translation>文本中不允许出现元素 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>CampaignChecklist</name>
    <message>
        <source>Registration form</source>
        <translation>登记表</translation>
    </message>
    <message>
        <source>Fill in the unit and the responsible person, print the form, have it stamped and send the scan to %1.</source>
        <translation>填写单位和负责人，打印登记表并加盖公章，然后将扫描件发送至 %1。</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Add the videos, audio files and course links, and describe each one.</source>
        <translation>添加视频、音频文件和课程链接，并逐一填写说明。</translation>
    </message>
    <message>
        <source>Check and fix</source>
        <translation>检查并修正</translation>
    </message>
    <message>
        <source>Let SubmitDesk check every description and file against the standard, and fix what it finds.</source>
        <translation>让 SubmitDesk 按标准检查每条说明和每个文件，并修正发现的问题。</translation>
    </message>
    <message>
        <source>Export or upload</source>
        <translation>导出或上传</translation>
    </message>
    <message>
        <source>Export the package (a .zip file) and hand it in, or upload it to the platform.</source>
        <translation>导出报送包（.zip 文件）并提交，或将其上传到平台。</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <source>filled in; stamped scan attached</source>
        <translation>已填写；已附加盖章扫描件</translation>
    </message>
    <message>
        <source>filled in and printed</source>
        <translation>已填写并打印</translation>
    </message>
    <message>
        <source>filled in, not printed yet</source>
        <translation>已填写，尚未打印</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) in the batch</source>
        <translation>
            <numerusform>批次中有 %n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <source>no resources yet</source>
        <translation>尚无资源</translation>
    </message>
    <message>
        <source>nothing to check yet</source>
        <translation>尚无可检查的内容</translation>
    </message>
    <message>
        <source>not exported yet</source>
        <translation>尚未导出</translation>
    </message>
    <message>
        <source>no errors in the descriptions</source>
        <translation>说明中没有错误</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix</source>
        <translation>
            <numerusform>有 %n 个错误需要修正</numerusform>
        </translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
</context>
<context>
    <name>CampaignController</name>
    <message>
        <source>Campaign &amp;Profiles…</source>
        <translation>报送方案(&amp;P)…</translation>
    </message>
    <message>
        <source>See the campaigns&apos; rules and deadlines, import a new call&apos;s profile, and judge the batch under it.</source>
        <translation>查看各征集活动的规则和截止日期，导入新征集活动的报送方案，并按其评判批次。</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>%1: closed (last deadline %2)</source>
        <translation>%1：已结束（最后截止日期 %2）</translation>
    </message>
    <message>
        <source>%1: no deadlines</source>
        <translation>%1：无截止日期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天截止</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: next deadline %2 (%3), %4</source>
        <translation>%1：下一个截止日期 %2（%3），%4</translation>
    </message>
    <message>
        <source>This call has closed. To submit to the current call, import its profile (Batch &gt; Campaign Profiles…, or submitdesk-cli profile import FILE).</source>
        <translation>本次征集已结束。要报送到当前的征集活动，请导入其报送方案（批次 &gt; 报送方案…，或 submitdesk-cli profile import FILE）。</translation>
    </message>
</context>
<context>
    <name>CatalogFieldEditor</name>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>The XML cannot be shown as a tree. Correct it in the XML tab.
%1</source>
        <translation>该 XML 无法以树形显示，请在“XML”选项卡中修改。
%1</translation>
    </message>
</context>
<context>
    <name>CatalogTreeEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Duration (hh:mm:ss)</source>
        <translation>时长（hh:mm:ss）</translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation>添加章</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加节</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Write the duration as hh:mm:ss, e.g. 00:12:30</source>
        <translation>时长格式为 hh:mm:ss，例如 00:12:30</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>第 %1 节</translation>
    </message>
</context>
<context>
    <name>CatalogXml</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>the root element must be &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation>根元素必须是 &lt;%1&gt;，而不是 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>the catalog has no element</source>
        <translation>目录中没有任何元素</translation>
    </message>
    <message>
        <source>expected &lt;chapter&gt;, found &lt;%1&gt;</source>
        <translation>此处应为 &lt;chapter&gt;，实际为 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>expected &lt;section&gt;, found &lt;%1&gt;</source>
        <translation>此处应为 &lt;section&gt;，实际为 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>duration &quot;%1&quot; is not hh:mm:ss</source>
        <translation>时长“%1”不是 hh:mm:ss 格式</translation>
    </message>
</context>
<context>
    <name>CategoryFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the category in the profile&apos;s category tree</source>
        <translation>从报送方案的分类树中选择分类</translation>
    </message>
</context>
<context>
    <name>CategoryPickerDialog</name>
    <message>
        <source>Choose a category</source>
        <translation>选择分类</translation>
    </message>
    <message>
        <source>Filter, e.g. 航空</source>
        <translation>筛选，例如：航空</translation>
    </message>
    <message>
        <source>The profile has no category tree; type the path by hand.</source>
        <translation>报送方案中没有分类树，请手动输入分类路径。</translation>
    </message>
</context>
<context>
    <name>ChangeFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>cannot store %1 of resource %2</source>
        <translation>无法保存资源 %2 的%1</translation>
    </message>
    <message>
        <source>The change of %1 could not be redone: %2</source>
        <translation>对%1的修改无法重做：%2</translation>
    </message>
    <message>
        <source>The change of %1 could not be undone: %2</source>
        <translation>对%1的修改无法撤销：%2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check media files against the technical standard (container, codecs, resolution …).</source>
        <translation>按技术标准检查媒体文件（封装格式、编码、分辨率…）。</translation>
    </message>
    <message>
        <source>Also decode every frame and report decode errors (slow).</source>
        <translation>同时解码每一帧并报告解码错误（较慢）。</translation>
    </message>
    <message>
        <source>Files checked at the same time (default: number of cores).</source>
        <translation>同时检查的文件数（默认：CPU 核心数）。</translation>
    </message>
    <message>
        <source>check: give at least one FILE</source>
        <translation>check：请至少指定一个 FILE</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>check：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): </source>
        <translation>
            <numerusform>%n 个文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 could not be read</source>
        <translation>%1 个通过，%2 个不通过，%3 个无法读取</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message>
        <source>actual:   %1</source>
        <translation>实际：%1</translation>
    </message>
    <message>
        <source>fix:      %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>Media files, or http(s) addresses of online courses, to check.</source>
        <translation>要检查的媒体文件或在线课程的 http(s) 地址。</translation>
    </message>
    <message>
        <source>For URLs: the platform&apos;s declared cyber-security protection level.</source>
        <translation>用于网址：平台申报的网络安全等级保护级别。</translation>
    </message>
    <message>
        <source>For URLs: the protection filing number.</source>
        <translation>用于网址：等级保护备案号。</translation>
    </message>
    <message>
        <source>Judge the files as &quot;video&quot; (A01), &quot;audio&quot; (A02) or &quot;document&quot; (PDF); guessed from the content when absent.</source>
        <translation>将文件按“video”（A01）、“audio”（A02）或“document”（PDF）评判；未指定时根据内容推断。</translation>
    </message>
    <message>
        <source>Campaign profile: an id or ID@VERSION (built in or imported), or a .json file (default %1).</source>
        <translation>报送方案：ID 或 ID@VERSION（内置或已导入），或 .json 文件（默认为 %1）。</translation>
    </message>
    <message>
        <source>check: --type must be video, audio or document, not &quot;%1&quot;</source>
        <translation>check：--type 必须是 video、audio 或 document，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CheckResultStore</name>
    <message>
        <source>cannot cache the check of %1: %2</source>
        <translation>无法缓存 %1 的检查结果：%2</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>The checklist could not be read: %1</source>
        <translation>无法读取进度清单：%1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>The deadline the campaign sets for the step</source>
        <translation>征集活动为此步骤规定的截止日期</translation>
    </message>
    <message>
        <source>To be done by %1</source>
        <translation>须在 %1 前完成</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>no workspace given</source>
        <translation>未指定工作区</translation>
    </message>
    <message>
        <source>%1: no such workspace (create one with `submitdesk-cli init`)</source>
        <translation>%1：工作区不存在（可用 `submitdesk-cli init` 创建）</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a workspace</source>
        <translation>%1 是空文件，不是工作区</translation>
    </message>
</context>
<context>
    <name>ContactValidators</name>
    <message>
        <source>Province/unit name</source>
        <translation>省(区、市)/单位名称</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Stamped scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a mainland mobile number: expected 11 digits starting with 13–19, optionally with +86 (e.g. 138 0013 8000)</source>
        <translation>%1“%2”不是有效的大陆手机号码：应为以 13–19 开头的 11 位数字，可带 +86（例如 138 0013 8000）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a landline number: expected area code and number with a dash, optionally an extension (e.g. 010-66096459, 0755-12345678-801, 010-66096459转1234)</source>
        <translation>%1“%2”不是有效的座机号码：应为区号加号码、中间用短横线连接，可带分机号（例如 010-66096459、0755-12345678-801、010-66096459转1234）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address: expected name@domain.tld (e.g. le@ouchn.edu.cn)</source>
        <translation>%1“%2”不是有效的电子邮箱地址：应为 name@domain.tld 格式（例如 le@ouchn.edu.cn）</translation>
    </message>
    <message>
        <source>unknown unit field &quot;%1&quot; (expected name, person, title, phone, mobile or email)</source>
        <translation>未知的单位字段“%1”（应为 name、person、title、phone、mobile 或 email）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains control characters (%3): line breaks, tabs and other control characters are not allowed</source>
        <translation>%1“%2”包含控制字符（%3）：不允许使用换行符、制表符及其他控制字符</translation>
    </message>
</context>
<context>
    <name>CoverCropDialog</name>
    <message>
        <source>Use this frame as cover</source>
        <translation>将此画面用作封面</translation>
    </message>
    <message>
        <source>Size of the cover within the picture</source>
        <translation>封面在图片中的大小</translation>
    </message>
    <message>
        <source>Use as cover</source>
        <translation>用作封面</translation>
    </message>
    <message>
        <source>Drag the frame to choose the part of the picture that becomes the cover.</source>
        <translation>拖动框选图片中要作为封面的部分。</translation>
    </message>
    <message>
        <source>the standard asks for %1, at least %2×%3</source>
        <translation>标准要求 %1，至少 %2×%3</translation>
    </message>
    <message>
        <source>the standard asks for %1</source>
        <translation>标准要求 %1</translation>
    </message>
    <message>
        <source>the standard asks for at least %1×%2</source>
        <translation>标准要求至少 %1×%2</translation>
    </message>
    <message>
        <source>Cover: %1×%2 pixels, saved as JPEG</source>
        <translation>封面：%1×%2 像素，保存为 JPEG</translation>
    </message>
</context>
<context>
    <name>CoverFieldEditor</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a JPEG picture</source>
        <translation>选择 JPEG 图片</translation>
    </message>
    <message>
        <source>Choose the cover picture</source>
        <translation>选择封面图片</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg *.jpeg);;All files (*)</source>
        <translation>JPEG 图片 (*.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CoverFromFrame</name>
    <message>
        <source>The picture at this moment could not be taken from the file.</source>
        <translation>无法从文件中获取此时刻的画面。</translation>
    </message>
    <message>
        <source>This video&apos;s picture (%1×%2) is smaller than the %3×%4 the standard asks for a cover, so it cannot be used. Choose a picture from disk instead.</source>
        <translation>此视频的画面（%1×%2）小于标准对封面要求的 %3×%4，因此无法使用。请改为从磁盘选择图片。</translation>
    </message>
    <message>
        <source>The cover could not be saved.</source>
        <translation>无法保存封面。</translation>
    </message>
</context>
<context>
    <name>CoverImage</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <source>No cover</source>
        <translation>无封面</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>%1
%2 × %3 pixels, %4</source>
        <translation>%1
%2 × %3 像素，%4</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 像素，%3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation>%1：大于 %2 字节</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>在日历中选择日期</translation>
    </message>
    <message>
        <source>%1, calendar</source>
        <translation>%1，日历</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
</context>
<context>
    <name>DeepCheck</name>
    <message>
        <source>no decoder for %1</source>
        <translation>没有 %1 的解码器</translation>
    </message>
    <message>
        <source>the decoder does not accept this stream</source>
        <translation>解码器无法处理此媒体流</translation>
    </message>
    <message>
        <source>damaged picture or sound (concealed by the decoder)</source>
        <translation>画面或声音已损坏（已由解码器掩盖）</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n decode error(s)</source>
        <translation>
            <numerusform>%n 个解码错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decoding the whole file found %n error(s); the first at %1: %2</source>
        <translation>
            <numerusform>完整解码发现 %n 个错误；第一个位于 %1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the file again from the original; a damaged copy shows broken pictures or clicks where the errors are.</source>
        <translation>请从原始素材重新导出文件；损坏的副本在出错处会出现花屏或爆音。</translation>
    </message>
    <message>
        <source>complete; decoded %1 video frames and %2 audio frames without error</source>
        <translation>完整；已解码 %1 个视频帧和 %2 个音频帧，无错误</translation>
    </message>
    <message>
        <source>The whole file decodes without error.</source>
        <translation>整个文件解码无错误。</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the whole file found %n error(s); the first at an unknown time: %1</source>
        <translation>
            <numerusform>完整解码发现 %n 个错误；第一个错误的时间未知：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not among the codecs the deep check decodes; the stream was not decoded</source>
        <translation>深度检查不支持解码 %1 编码；未解码此媒体流</translation>
    </message>
    <message>
        <source>decoding %1×%2 pictures needs about %3 MiB, more than the deep check&apos;s memory budget of %4 MiB; the stream was not decoded</source>
        <translation>解码 %1×%2 的画面约需 %3 MiB 内存，超过深度检查的内存上限 %4 MiB；未解码此媒体流</translation>
    </message>
    <message>
        <source>timed out after %1 s, decoded up to %2</source>
        <translation>%1 秒后超时，已解码到 %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>The deep check timed out: decoding this file takes far longer than playing it, so it was not checked to the end.</source>
        <translation>深度检查超时：解码此文件所需的时间远超其播放时长，因此未能检查到结尾。</translation>
    </message>
    <message>
        <source>Re-encode the file to the standard&apos;s settings; very large pictures or very many frames make decoding slow.</source>
        <translation>请按标准要求的参数重新编码文件；画面尺寸过大或帧数过多都会使解码变慢。</translation>
    </message>
</context>
<context>
    <name>DeleteResourcesCommand</name>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>删除 %n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything was deleted: %1</source>
        <translation>未能全部删除：%1</translation>
    </message>
    <message>
        <source>The deleted resources were not put back: %1</source>
        <translation>已删除的资源未能恢复：%1</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>删除资源</translation>
    </message>
    <message>
        <source>Delete %1 from the batch?</source>
        <translation>要从批次中删除 %1 吗？</translation>
    </message>
    <message>
        <source>Their media files stay on disk. You can undo this with Edit ▸ Undo.</source>
        <translation>其媒体文件仍保留在磁盘上。可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DetailsDisclosure</name>
    <message>
        <source>Show the technical details (values, formats, commands).</source>
        <translation>显示技术详情（数值、格式、命令）。</translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>%1: the check was cancelled</source>
        <translation>%1：检查已取消</translation>
    </message>
    <message>
        <source>the profile has no technical rules for &quot;document&quot; media</source>
        <translation>报送方案中没有针对“document”媒体的技术规则</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; in the profile&apos;s technical section</source>
        <translation>报送方案的技术部分中有未知规则“%1”</translation>
    </message>
    <message>
        <source>The profile&apos;s technical section cannot be used: %1: %2</source>
        <translation>无法使用报送方案的技术部分：%1：%2</translation>
    </message>
    <message>
        <source>a PDF that opens without a password</source>
        <translation>无需密码即可打开的 PDF</translation>
    </message>
    <message>
        <source>The file was not opened: it is %1.</source>
        <translation>未打开该文件：文件%1。</translation>
    </message>
    <message>
        <source>Export the document again with compressed pictures, or split it into parts.</source>
        <translation>请重新导出文档并压缩图片，或将其拆分为多个部分。</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>不是 PDF</translation>
    </message>
    <message>
        <source>The file is not a PDF inside, whatever its name says.</source>
        <translation>无论文件名如何，该文件的实际内容都不是 PDF。</translation>
    </message>
    <message>
        <source>Open the original document and export it as PDF (File › Export as PDF); renaming a file does not convert it.</source>
        <translation>请打开原始文档并导出为 PDF（文件 › 导出为 PDF）；重命名文件并不能转换格式。</translation>
    </message>
    <message>
        <source>needs a password</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so nobody can open it without one.</source>
        <translation>此 PDF 受密码保护，没有密码谁都无法打开。</translation>
    </message>
    <message>
        <source>Export the PDF again without an open password (leave the security settings empty).</source>
        <translation>请重新导出 PDF，不设置打开密码（安全设置留空）。</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>The PDF is damaged or cut short: it cannot be opened.</source>
        <translation>此 PDF 已损坏或不完整：无法打开。</translation>
    </message>
    <message>
        <source>Export the PDF again from the original document, or copy it again.</source>
        <translation>请从原始文档重新导出 PDF，或重新复制一份。</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF，%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with permission restrictions</source>
        <translation>%1，有权限限制</translation>
    </message>
    <message>
        <source>The PDF opens, but it is encrypted with restrictions; the platform may be unable to copy its text or print it.</source>
        <translation>此 PDF 可以打开，但已加密并设有限制；平台可能无法复制其文字或打印。</translation>
    </message>
    <message>
        <source>Export the PDF again without security settings (no permissions password).</source>
        <translation>请重新导出 PDF，不设置安全选项（不设权限密码）。</translation>
    </message>
    <message>
        <source>The PDF opens.</source>
        <translation>此 PDF 可以打开。</translation>
    </message>
    <message>
        <source>%1–%2 pages</source>
        <translation>%1–%2 页</translation>
    </message>
    <message>
        <source>≥ %1 pages</source>
        <translation>≥ %1 页</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The document has fewer than %1 pages.</source>
        <translation>文档少于 %1 页。</translation>
    </message>
    <message>
        <source>Check that the whole document was exported, not a selection of pages.</source>
        <translation>请检查是否导出了整个文档，而不是仅导出部分页面。</translation>
    </message>
    <message>
        <source>The document has more than %1 pages.</source>
        <translation>文档超过 %1 页。</translation>
    </message>
    <message>
        <source>Split the document into parts of at most %1 pages.</source>
        <translation>请将文档拆分为每部分不超过 %1 页。</translation>
    </message>
    <message>
        <source>The page count is within the limits.</source>
        <translation>页数在允许范围内。</translation>
    </message>
    <message>
        <source>every font embedded</source>
        <translation>所有字体均已嵌入</translation>
    </message>
    <message>
        <source>Export the PDF again with all fonts embedded: in Word choose File › Save As › PDF › Options and tick &quot;PDF/A compliant&quot;; in WPS choose Export to PDF and turn on embedding fonts; in LibreOffice choose Export as PDF and tick &quot;Archive (PDF/A)&quot;.</source>
        <translation>请重新导出 PDF 并嵌入所有字体：在 Word 中选择“文件 › 另存为 › PDF › 选项”并勾选“符合 PDF/A”；在 WPS 中选择“输出为 PDF”并开启嵌入字体；在 LibreOffice 中选择“导出为 PDF”并勾选“存档（PDF/A）”。</translation>
    </message>
    <message>
        <source>not embedded: %1</source>
        <translation>未嵌入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n font(s) are not inside the file: on a computer without them the text shows in another font, out of place or as boxes.</source>
        <translation>
            <numerusform>有 %n 个字体未包含在文件中：在没有这些字体的电脑上，文字会以其他字体显示、错位或显示为方框。</numerusform>
        </translation>
    </message>
    <message>
        <source>fonts of %1 of %2 pages checked</source>
        <translation>已检查 %2 页中 %1 页的字体</translation>
    </message>
    <message>
        <source>The fonts of the first pages are embedded; there was no time to look at the rest.</source>
        <translation>前几页的字体已嵌入；没有时间检查其余页面。</translation>
    </message>
    <message>
        <source>Check the document again when the computer is less busy.</source>
        <translation>请在电脑较空闲时重新检查文档。</translation>
    </message>
    <message>
        <source>no fonts</source>
        <translation>无字体</translation>
    </message>
    <message numerus="yes">
        <source>%n font(s), all embedded</source>
        <translation>
            <numerusform>%n 个字体，均已嵌入</numerusform>
        </translation>
    </message>
    <message>
        <source>The document uses no fonts.</source>
        <translation>文档未使用任何字体。</translation>
    </message>
    <message>
        <source>Every font is embedded.</source>
        <translation>所有字体均已嵌入。</translation>
    </message>
    <message>
        <source>≥ %1 characters per page on average</source>
        <translation>平均每页 ≥ %1 个字符</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters per page (%n page(s) read)</source>
        <translation>
            <numerusform>每页 %1 个字符（已读取 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>There was no time to read the text of the pages; the rule is not judged.</source>
        <translation>没有时间读取页面文字；未评判此规则。</translation>
    </message>
    <message>
        <source>Little or no text can be read from the pages: they may be scanned pictures, or the fonts lack the map from glyphs to characters.</source>
        <translation>页面中几乎无法读取文字：可能是扫描图片，或字体缺少字形到字符的映射。</translation>
    </message>
    <message>
        <source>Export the PDF from the original document rather than scanning a print-out; for a scan, run text recognition (OCR) so the text can be selected and searched.</source>
        <translation>请从原始文档导出 PDF，不要扫描打印件；如果是扫描件，请进行文字识别（OCR），使文字可以选中和搜索。</translation>
    </message>
    <message>
        <source>The text can be read and searched.</source>
        <translation>文字可以读取和搜索。</translation>
    </message>
    <message>
        <source>≤ %1% look-alike or unknown characters</source>
        <translation>形近字或未知字符 ≤ %1%</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>无文字</translation>
    </message>
    <message>
        <source>There is no text to judge.</source>
        <translation>没有可评判的文字。</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 characters)</source>
        <translation>%1%（%3 个字符中有 %2 个）</translation>
    </message>
    <message>
        <source>The text has characters that only look like Chinese characters (such as the radical ⼯ instead of 工) or that are unknown; a search for the real words does not find them, and screen readers read them wrongly.</source>
        <translation>文字中有仅外形像汉字的字符（例如用部首“⼯”代替“工”）或未知字符；搜索真正的词语时找不到它们，屏幕阅读器也会读错。</translation>
    </message>
    <message>
        <source>In the original document, replace the look-alike characters with the real ones (a converter or text recognition put them there), then export the PDF again with a standard Chinese font.</source>
        <translation>请在原始文档中将形近字替换为真正的汉字（它们是转换工具或文字识别造成的），然后使用标准中文字体重新导出 PDF。</translation>
    </message>
    <message>
        <source>The text uses real characters.</source>
        <translation>文字使用的是真正的字符。</translation>
    </message>
    <message>
        <source>≤ %1 bytes</source>
        <translation>≤ %1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>文件大于 %1 字节。</translation>
    </message>
    <message>
        <source>Export the PDF again with compressed pictures (a smaller picture quality), or split the document into parts.</source>
        <translation>请重新导出 PDF 并压缩图片（降低图片质量），或将文档拆分为多个部分。</translation>
    </message>
    <message>
        <source>The file is small enough.</source>
        <translation>文件大小符合要求。</translation>
    </message>
</context>
<context>
    <name>DocumentProbe</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>larger than %1 MB, too large to examine</source>
        <translation>大于 %1 MB，文件过大，无法检查</translation>
    </message>
</context>
<context>
    <name>DraftCreator</name>
    <message>
        <source>the profile has no resource type for links</source>
        <translation>报送方案中没有适用于链接的资源类型</translation>
    </message>
    <message>
        <source>%1 is not a file, a folder or an http(s) link</source>
        <translation>%1 不是文件、文件夹或 http(s) 链接</translation>
    </message>
    <message>
        <source>%1: cannot tell the resource type from the ending &quot;.%2&quot;</source>
        <translation>%1：无法根据扩展名“.%2”判断资源类型</translation>
    </message>
    <message>
        <source>%1 is not a complete web address</source>
        <translation>%1 不是完整的网址</translation>
    </message>
    <message>
        <source>%1 is already in this batch</source>
        <translation>%1 已在此批次中</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>EmlDraft</name>
    <message>
        <source>cannot write the e-mail draft %1: %2</source>
        <translation>无法写入邮件草稿 %1：%2</translation>
    </message>
    <message>
        <source>invalid address in the e-mail draft: %1</source>
        <translation>邮件草稿中的地址无效：%1</translation>
    </message>
</context>
<context>
    <name>EnumFieldEditor</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>ExportChecks</name>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
</context>
<context>
    <name>ExportChecks::Failure</name>
    <message>
        <source> (has %1; expected %2)</source>
        <translation>（实际为 %1；标准要求 %2）</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a batch as a BagIt submission package (folder or .zip).</source>
        <translation>将批次写成 BagIt 格式的报送包（文件夹或 .zip）。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>The batch to export.</source>
        <translation>要导出的批次。</translation>
    </message>
    <message>
        <source>The package to write: a .zip file or a folder.</source>
        <translation>要写入的报送包：.zip 文件或文件夹。</translation>
    </message>
    <message>
        <source>Export even with errors; the package is marked as a draft.</source>
        <translation>即使有错误也导出；报送包将标记为草稿。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在 stderr 上显示进度。</translation>
    </message>
    <message>
        <source>export: give WORKSPACE, --batch NAME and -o OUT</source>
        <translation>export：请指定 WORKSPACE、--batch NAME 和 -o OUT</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>%1 / %2  %3/s  ETA %4 s</source>
        <translation>%1 / %2  %3/s  剩余 %4 秒</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1%2: %n file(s)</source>
        <translation>
            <numerusform>已写入 %1%2：%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>, %1 in %2 s (%3/s)</source>
        <translation>，%1，用时 %2 秒（%3/s）</translation>
    </message>
    <message>
        <source>checking %1/%2 %3</source>
        <translation>正在检查 %1/%2 %3</translation>
    </message>
    <message>
        <source>  technical: %1</source>
        <translation>  技术检查：%1</translation>
    </message>
    <message>
        <source>Replace an existing package at OUT (a .zip file or a package folder) once the new one is complete.</source>
        <translation>新报送包写完后，替换 OUT 处已有的报送包（.zip 文件或报送包文件夹）。</translation>
    </message>
    <message>
        <source>export: warning: the technical check results were not cached (the next export checks again): %1</source>
        <translation>export：警告：技术检查结果未缓存（下次导出时会重新检查）：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package: %1</source>
        <translation>导出报送包：%1</translation>
    </message>
    <message>
        <source>Zip file…</source>
        <translation>Zip 文件…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Errors that stop the export are listed here.</source>
        <translation>阻止导出的错误将在此列出。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export to a zip file</source>
        <translation>导出为 zip 文件</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Export to a new folder</source>
        <translation>导出到新文件夹</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2, %3/s, %4 left — %5</source>
        <translation>%1 / %2，%3/s，剩余 %4 — %5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation>报送包已写入：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Checking the media…</source>
        <translation>正在检查媒体…</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>已检查 %1 / %2</translation>
    </message>
    <message>
        <source>Technical check %1 of %2: %3</source>
        <translation>技术检查 %1 / %2：%3</translation>
    </message>
    <message>
        <source>The technical check results were not cached: %1</source>
        <translation>技术检查结果未缓存：%1</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>报送包(&amp;P)：</translation>
    </message>
    <message>
        <source>Export as a &amp;draft (allowed with errors; marked in bag-info.txt)</source>
        <translation>导出为草稿(&amp;D)（有错误时也可导出；在 bag-info.txt 中标记）</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>%1: no batch named &quot;%2&quot;</source>
        <translation>%1：没有名为“%2”的批次</translation>
    </message>
    <message numerus="yes">
        <source>batch &quot;%1&quot; has %n error(s); fix them or export as a draft</source>
        <translation>
            <numerusform>批次“%1”有 %n 个错误；请修正，或导出为草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>batch &quot;%1&quot; fails %n technical rule(s); fix them or export as a draft</source>
        <translation>
            <numerusform>批次“%1”有 %n 条技术规则未通过；请修正，或导出为草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the registration form cannot be rendered: %1</source>
        <translation>无法生成登记表：%1</translation>
    </message>
</context>
<context>
    <name>ExportRefusal</name>
    <message>
        <source>%1: %2 cannot be read.</source>
        <translation>%1：无法读取 %2。</translation>
    </message>
    <message>
        <source>%1: %2 — %3 does not meet the standard.</source>
        <translation>%1：%2 — %3 不符合标准。</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>报送包未写出</translation>
    </message>
    <message numerus="yes">
        <source>The package was not written: %n file(s) or link(s) do not meet the technical standard.</source>
        <translation>
            <numerusform>报送包未写出：有 %n 个文件或链接不符合技术标准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in the Media check panel (right-click a file, then Fix…), or export as a draft to send them for review.</source>
        <translation>请在“媒体检查”面板中修正（右键单击文件，选择“修复…”），或导出为草稿以便送审。</translation>
    </message>
</context>
<context>
    <name>FfmpegProcess</name>
    <message>
        <source>The ffmpeg program is not installed (Debian: apt install ffmpeg).</source>
        <translation>未安装 ffmpeg 程序（Debian：apt install ffmpeg）。</translation>
    </message>
    <message>
        <source>ffmpeg could not be started: %1</source>
        <translation>无法启动 ffmpeg：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>ffmpeg did not finish within %1 s and was stopped.</source>
        <translation>ffmpeg 未在 %1 秒内完成，已被停止。</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit %1): %2</source>
        <translation>ffmpeg 运行失败（退出码 %1）：%2</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
</context>
<context>
    <name>FieldEditorRow</name>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Replace the value with: %1</source>
        <translation>将值替换为：%1</translation>
    </message>
</context>
<context>
    <name>FieldWriter</name>
    <message>
        <source>the profile has no field &quot;%1&quot;</source>
        <translation>报送方案中没有字段“%1”</translation>
    </message>
    <message>
        <source>the profile has no field &quot;%1&quot; (fields: %2)</source>
        <translation>报送方案中没有字段“%1”（可用字段：%2）</translation>
    </message>
    <message>
        <source>there is no resource %1</source>
        <translation>资源 %1 不存在</translation>
    </message>
    <message>
        <source>the resource type must be one of %1 (not &quot;%2&quot;)</source>
        <translation>资源类型必须是 %1 之一（而不是“%2”）</translation>
    </message>
    <message>
        <source>%1 is attached as media and is a %2 file; the type cannot be %3</source>
        <translation>%1 已作为媒体附加，是 %2 文件；类型不能为 %3</translation>
    </message>
    <message>
        <source>cannot start writing resource %1</source>
        <translation>无法开始写入资源 %1</translation>
    </message>
</context>
<context>
    <name>FileRelinker</name>
    <message>
        <source>cannot read the attached files: %1</source>
        <translation>无法读取附加的文件：%1</translation>
    </message>
    <message>
        <source>cannot re-link %1: %2</source>
        <translation>无法重新关联 %1：%2</translation>
    </message>
    <message>
        <source>cannot re-link the files: %1</source>
        <translation>无法重新关联文件：%1</translation>
    </message>
    <message>
        <source>cannot undo the re-linking: %1</source>
        <translation>无法撤销重新关联：%1</translation>
    </message>
    <message numerus="yes">
        <source>more than %n files in the folder</source>
        <translation>
            <numerusform>文件夹中的文件超过 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the search took longer than %n minute(s)</source>
        <translation>
            <numerusform>搜索时间超过 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>the search was cancelled</source>
        <translation>搜索已取消</translation>
    </message>
    <message>
        <source>not found in the part of the folder searched</source>
        <translation>在已搜索的文件夹范围内未找到</translation>
    </message>
    <message>
        <source>no file named &quot;%1&quot; of this size in the folder</source>
        <translation>文件夹中没有名为“%1”且大小相同的文件</translation>
    </message>
    <message>
        <source>same name, size and content</source>
        <translation>名称、大小和内容均相同</translation>
    </message>
    <message>
        <source>the files named &quot;%1&quot; in the folder have other content</source>
        <translation>文件夹中名为“%1”的文件内容不同</translation>
    </message>
    <message>
        <source>same name and size</source>
        <translation>名称和大小相同</translation>
    </message>
    <message numerus="yes">
        <source>same name, size and content (%n copies)</source>
        <translation>
            <numerusform>名称、大小和内容均相同（%n 个副本）</numerusform>
        </translation>
    </message>
    <message>
        <source>same name, size and modification time</source>
        <translation>名称、大小和修改时间均相同</translation>
    </message>
    <message numerus="yes">
        <source>%n different files named &quot;%1&quot; of this size: replace the file yourself</source>
        <translation>
            <numerusform>有 %n 个名为“%1”且大小相同的不同文件：请自行替换文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>Make media files meet the technical standard (the least change: remux, sound only, or convert).</source>
        <translation>使媒体文件符合技术标准（尽量少做改动：重新封装、仅转换声音或转码）。</translation>
    </message>
    <message>
        <source>Media files to fix; the originals are never changed.</source>
        <translation>要修复的媒体文件；原文件始终不会被改动。</translation>
    </message>
    <message>
        <source>Folder for the fixed files (required).</source>
        <translation>存放修复后文件的文件夹（必填）。</translation>
    </message>
    <message>
        <source>Only print what would be done.</source>
        <translation>仅显示将要执行的操作。</translation>
    </message>
    <message>
        <source>Enlarge pictures smaller than the standard&apos;s minimum.</source>
        <translation>放大小于标准最低要求的画面。</translation>
    </message>
    <message>
        <source>Give videos without sound a silent sound track.</source>
        <translation>为没有声音的视频添加静音音轨。</translation>
    </message>
    <message>
        <source>Even out the loudness to EBU R128 (−23 LUFS, two passes).</source>
        <translation>将响度统一调整为 EBU R128 标准（−23 LUFS，两遍处理）。</translation>
    </message>
    <message>
        <source>Treat the files as &quot;video&quot; or &quot;audio&quot; (default: from the content).</source>
        <translation>将文件视为“video”或“audio”（默认：根据内容判断）。</translation>
    </message>
    <message>
        <source>Campaign profile: a built-in id or a .json file (default %1).</source>
        <translation>报送方案：内置方案 ID 或 .json 文件（默认 %1）。</translation>
    </message>
    <message>
        <source>fix: give at least one FILE and -o DIR</source>
        <translation>fix：请至少指定一个 FILE 和 -o DIR</translation>
    </message>
    <message>
        <source>fix: --type must be video or audio, not &quot;%1&quot;</source>
        <translation>fix：--type 必须是 video 或 audio，而不是“%1”</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>fix：%1</translation>
    </message>
    <message>
        <source>fix: the output folder %1 does not exist</source>
        <translation>fix：输出文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>fix: the ffmpeg program is not installed (Debian: apt install ffmpeg)</source>
        <translation>fix：未安装 ffmpeg 程序（Debian：apt install ffmpeg）</translation>
    </message>
    <message>
        <source>  → %1 (passes the standard)</source>
        <translation>  → %1（符合标准）</translation>
    </message>
    <message>
        <source>  not fixed: %1</source>
        <translation>  未修复：%1</translation>
    </message>
</context>
<context>
    <name>FixController</name>
    <message>
        <source>&amp;Media</source>
        <translation>媒体(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Replace media file…</source>
        <translation>替换媒体文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Use another file for this resource; its metadata stays.</source>
        <translation>为此资源换用另一个文件；元数据保持不变。</translation>
    </message>
    <message>
        <source>Make &amp;compliant…</source>
        <translation>使之符合标准(&amp;C)…</translation>
    </message>
    <message>
        <source>Convert the media file so that it meets the technical standard.</source>
        <translation>转换媒体文件，使之符合技术标准。</translation>
    </message>
    <message>
        <source>Conversion queue</source>
        <translation>转换队列</translation>
    </message>
    <message>
        <source>The conversion queue could not be read: %1</source>
        <translation>无法读取转换队列：%1</translation>
    </message>
    <message>
        <source>Replace media file</source>
        <translation>替换媒体文件</translation>
    </message>
    <message>
        <source>This resource has no media file to convert.</source>
        <translation>此资源没有可转换的媒体文件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Make compliant</source>
        <translation>使之符合标准</translation>
    </message>
    <message>
        <source>%1 now meets the standard and replaces the earlier file (Undo puts it back).</source>
        <translation>%1 现已符合标准，并替换了原来的文件（撤销可恢复原文件）。</translation>
    </message>
    <message>
        <source>%1 was not converted; the Make compliant panel says why.</source>
        <translation>%1 未能转换；“使之符合标准”面板中说明了原因。</translation>
    </message>
    <message>
        <source>upscaled from %1</source>
        <translation>由 %1 放大</translation>
    </message>
</context>
<context>
    <name>FixDock</name>
    <message>
        <source>Make compliant</source>
        <translation>使之符合标准</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed, time left</source>
        <translation>速度，剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>At the same time:</source>
        <translation>同时进行：</translation>
    </message>
    <message>
        <source>converting</source>
        <translation>正在转换</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1× real time</source>
        <translation>%1 倍实时速度</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>，约剩 %1 秒</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>未修复</translation>
    </message>
    <message>
        <source>%1 now meets the standard.</source>
        <translation>%1 现已符合标准。</translation>
    </message>
    <message>
        <source>%1: the conversion was cancelled; the original file is unchanged.</source>
        <translation>%1：转换已取消，原文件未改动。</translation>
    </message>
    <message>
        <source>%1 was not fixed; the original file is unchanged. See Details for why.</source>
        <translation>%1 未能修正，原文件未改动。原因见“详情”。</translation>
    </message>
</context>
<context>
    <name>FixEngine</name>
    <message>
        <source>The output %1 would overwrite the original; choose another folder.</source>
        <translation>输出文件 %1 会覆盖原文件；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The converted file still does not meet the standard, so it was not kept.</source>
        <translation>转换后的文件仍不符合标准，因此未保留。</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>The loudness could not be corrected with one even gain (the sound&apos;s peaks or range did not allow it), so it was evened out dynamically.</source>
        <translation>无法用统一增益校正响度（声音的峰值或动态范围不允许），因此改用动态方式调整。</translation>
    </message>
</context>
<context>
    <name>FixJobStore</name>
    <message>
        <source>cannot queue %1: %2</source>
        <translation>无法将 %1 加入队列：%2</translation>
    </message>
    <message>
        <source>cannot update fix job %1: %2</source>
        <translation>无法更新修复任务 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the fix queue: %1</source>
        <translation>无法读取修复队列：%1</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message>
        <source>The file already meets the standard; it is copied unchanged.</source>
        <translation>文件已符合标准；将原样复制。</translation>
    </message>
    <message>
        <source>Quick fix: the picture and sound are kept exactly as they are, only the file around them changes.</source>
        <translation>快速修复：画面和声音完全保持原样，只改变外层文件封装。</translation>
    </message>
    <message>
        <source>The picture is kept exactly as it is; only the sound is converted.</source>
        <translation>画面完全保持原样；只转换声音。</translation>
    </message>
    <message>
        <source>The video is converted again (this takes a while and changes the picture slightly).</source>
        <translation>视频将重新转码（需要一些时间，画面会略有变化）。</translation>
    </message>
    <message>
        <source>The sound is converted to the required format.</source>
        <translation>声音将转换为要求的格式。</translation>
    </message>
    <message>
        <source>This file can only be fixed if you choose to: %1</source>
        <translation>只有在您选择后才能修复此文件：%1</translation>
    </message>
    <message>
        <source>This file cannot be fixed here: %1</source>
        <translation>此文件无法在此修复：%1</translation>
    </message>
    <message>
        <source>  Estimated size %1, time about %2 s.</source>
        <translation>  预计大小 %1，用时约 %2 秒。</translation>
    </message>
</context>
<context>
    <name>FixPlanDialog</name>
    <message>
        <source>Enlarge a picture that is too small (adds no detail)</source>
        <translation>放大过小的画面（不会增加细节）</translation>
    </message>
    <message>
        <source>Add a silent sound track when there is none</source>
        <translation>没有声音时添加静音音轨</translation>
    </message>
    <message>
        <source>Even out the loudness (EBU R128, −23 LUFS)</source>
        <translation>统一响度（EBU R128，−23 LUFS）</translation>
    </message>
    <message>
        <source>Make compliant: %1</source>
        <translation>使之符合标准：%1</translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation>正在分析文件…</translation>
    </message>
    <message>
        <source>Make compliant</source>
        <translation>使之符合标准</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Estimated size %1, time about %2 s. The original file is not changed.</source>
        <translation>预计大小 %1，用时约 %2 秒。原文件不会被改动。</translation>
    </message>
</context>
<context>
    <name>FixPlanner</name>
    <message>
        <source>the file holds neither video nor sound that can be read</source>
        <translation>文件中没有可读取的视频或声音</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (%1); copy it again from the original</source>
        <translation>文件已损坏或不完整（%1）；请从原始文件重新复制</translation>
    </message>
    <message>
        <source>%1: %2 Shorten or split it in a video editor.</source>
        <translation>%1：%2 请在视频编辑软件中缩短或拆分。</translation>
    </message>
    <message>
        <source>there is no sound in this file</source>
        <translation>此文件中没有声音</translation>
    </message>
    <message>
        <source>the encoder %1 takes no sample rate the standard allows</source>
        <translation>编码器 %1 不支持标准允许的任何采样率</translation>
    </message>
    <message>
        <source>The sound is kept exactly as it is and put into a plain %1 file.</source>
        <translation>声音完全保持原样，放入一个普通的 %1 文件中。</translation>
    </message>
    <message numerus="yes">
        <source>The sound (%1, %2 Hz, %n channel(s)) is converted to %3 at %4 Hz, %5 kbit/s.</source>
        <translation>
            <numerusform>声音（%1，%2 Hz，%n 个声道）将转换为 %3，采样率 %4 Hz，码率 %5 kbit/s。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample rate is raised to %1 Hz as the standard asks; this does not bring back treble the recording never had.</source>
        <translation>按标准要求将采样率提高到 %1 Hz；这不会找回录音中原本没有的高音。</translation>
    </message>
    <message>
        <source>Mono sound is played on both sides (stereo).</source>
        <translation>单声道声音将在左右两侧同时播放（立体声）。</translation>
    </message>
    <message>
        <source>The loudness is evened out to the broadcast standard (EBU R128, −23 LUFS).</source>
        <translation>响度将统一调整为广播标准（EBU R128，−23 LUFS）。</translation>
    </message>
    <message>
        <source>The picture is stored as %1, which the standard does not accept.</source>
        <translation>画面以 %1 格式存储，标准不接受该格式。</translation>
    </message>
    <message>
        <source>Its H.264 profile (%1) does not play in every browser.</source>
        <translation>其 H.264 档次（%1）无法在所有浏览器中播放。</translation>
    </message>
    <message>
        <source>Its colour format (%1-bit %2) does not play in every browser.</source>
        <translation>其颜色格式（%1 位 %2）无法在所有浏览器中播放。</translation>
    </message>
    <message>
        <source>Its H.264 level (%1) is above %2.</source>
        <translation>其 H.264 级别（%1）高于 %2。</translation>
    </message>
    <message>
        <source>The picture size does not meet the standard.</source>
        <translation>画面尺寸不符合标准。</translation>
    </message>
    <message>
        <source>The frame rate does not meet the standard.</source>
        <translation>帧率不符合标准。</translation>
    </message>
    <message>
        <source>The bitrate does not meet the standard.</source>
        <translation>码率不符合标准。</translation>
    </message>
    <message>
        <source>The picture is encoded again as H.264 (8-bit 4:2:0, level %1), which plays everywhere.</source>
        <translation>画面将重新编码为 H.264（8 位 4:2:0，级别 %1），可在任何地方播放。</translation>
    </message>
    <message>
        <source>The picture is enlarged from %1×%2 to %3×%4. Enlarging does not add detail; the file is marked &quot;upscaled&quot;.</source>
        <translation>画面将从 %1×%2 放大到 %3×%4。放大不会增加细节；文件会被标记为“upscaled”。</translation>
    </message>
    <message>
        <source>Stretched pixels are made square: the picture is stored at its shown size %1×%2.</source>
        <translation>拉伸的像素将变为方形：画面按显示尺寸 %1×%2 存储。</translation>
    </message>
    <message>
        <source>The picture size becomes %1×%2.</source>
        <translation>画面尺寸将变为 %1×%2。</translation>
    </message>
    <message>
        <source>The picture is turned upright once (%1°), so players do not turn it again.</source>
        <translation>画面将一次性旋转为正向（%1°），播放器不会再次旋转。</translation>
    </message>
    <message>
        <source>The interlaced picture (two half-pictures per frame) is made progressive.</source>
        <translation>隔行扫描画面（每帧两个半场）将转为逐行扫描。</translation>
    </message>
    <message>
        <source>The changing frame rate is made steady at %1 fps.</source>
        <translation>可变帧率将固定为 %1 fps。</translation>
    </message>
    <message>
        <source>The frame rate goes from %1 to %2 fps by repeating frames; the sound stays in sync.</source>
        <translation>通过重复帧将帧率从 %1 fps 调整为 %2 fps；声音保持同步。</translation>
    </message>
    <message>
        <source>The average bitrate becomes about %1 Mbit/s, just above the required %2 Mbit/s.</source>
        <translation>平均码率将变为约 %1 Mbit/s，略高于要求的 %2 Mbit/s。</translation>
    </message>
    <message>
        <source>there is no picture in this file</source>
        <translation>此文件中没有画面</translation>
    </message>
    <message>
        <source>the video has no sound track and the standard asks for one; choose to add a silent track (--add-silent-audio)</source>
        <translation>视频没有音轨，而标准要求有音轨；可选择添加静音音轨（--add-silent-audio）</translation>
    </message>
    <message>
        <source>the picture (%1) is smaller than the standard asks; it can only pass if it is enlarged, which adds no detail (--allow-upscale)</source>
        <translation>画面（%1）小于标准要求；只有放大后才能通过，但放大不会增加细节（--allow-upscale）</translation>
    </message>
    <message>
        <source>the picture (%1×%2 at %3 fps) is too large for any H.264 level the standard allows</source>
        <translation>画面（%1×%2，%3 fps）过大，超出标准允许的所有 H.264 级别</translation>
    </message>
    <message>
        <source>The picture&apos;s declared H.264 level (%1) is corrected to %2, which it really needs; the picture itself is not touched.</source>
        <translation>画面声明的 H.264 级别（%1）将更正为实际所需的 %2；画面本身不做改动。</translation>
    </message>
    <message>
        <source>A silent sound track is added, as you asked.</source>
        <translation>已按您的要求添加静音音轨。</translation>
    </message>
    <message>
        <source>The sound (%1, %2 kHz) is converted to AAC at 48 kHz, which every browser plays.</source>
        <translation>声音（%1，%2 kHz）将转换为 48 kHz 的 AAC，所有浏览器均可播放。</translation>
    </message>
    <message>
        <source>The file is %1 inside; it is put into a standard MP4 file.</source>
        <translation>此文件内部为 %1 格式；将放入标准 MP4 文件中。</translation>
    </message>
    <message>
        <source>The index is moved to the front, so the video starts at once in a browser.</source>
        <translation>索引将移到文件开头，使视频在浏览器中可立即开始播放。</translation>
    </message>
    <message numerus="yes">
        <source>%n extra picture track(s) are left out.</source>
        <translation>
            <numerusform>将去除 %n 条多余的画面轨道。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixQueue</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
</context>
<context>
    <name>FolderSink</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: write error (%2)</source>
        <translation>%1：写入错误（%2）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>copy error</source>
        <translation>复制出错</translation>
    </message>
    <message>
        <source>cannot read back what was copied</source>
        <translation>无法读回已复制的内容</translation>
    </message>
    <message>
        <source>%1: shorter than what was copied into it</source>
        <translation>%1：比复制进去的内容短</translation>
    </message>
</context>
<context>
    <name>FrameGrabber</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>the file has no video picture to take a frame from</source>
        <translation>文件中没有可截取画面的视频</translation>
    </message>
    <message>
        <source>pictures in %1 cannot be decoded here</source>
        <translation>无法在此解码 %1 格式的画面</translation>
    </message>
    <message>
        <source>the picture is too large (%1×%2)</source>
        <translation>画面过大（%1×%2）</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the decoder does not accept this video stream</source>
        <translation>解码器不接受此视频流</translation>
    </message>
    <message>
        <source>no picture could be decoded at this time</source>
        <translation>此时间点无法解码出画面</translation>
    </message>
    <message>
        <source>cannot convert this picture format</source>
        <translation>无法转换此画面格式</translation>
    </message>
</context>
<context>
    <name>GuideBrowser</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>SubmitDesk User Guide</source>
        <translation>SubmitDesk 用户指南</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>在指南中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
</context>
<context>
    <name>HashingCopier</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: the file changed while it was copied (%2 bytes expected, %3 read)</source>
        <translation>%1：复制期间文件发生了变化（应为 %2 字节，实际读取 %3 字节）</translation>
    </message>
    <message>
        <source>%1: cannot copy (%2)</source>
        <translation>%1：无法复制（%2）</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Open a package as a new batch, or fill a batch&apos;s metadata from a spreadsheet (--sheet).</source>
        <translation>将报送包打开为新批次，或从电子表格填写批次的元数据（--sheet）。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>The package to open: a .zip file or a bag folder.</source>
        <translation>要打开的报送包：.zip 文件或 bag 文件夹。</translation>
    </message>
    <message>
        <source>The batch: the new batch&apos;s name, or the batch the sheet fills.</source>
        <translation>批次：新批次的名称，或表格要填写的批次。</translation>
    </message>
    <message>
        <source>A metadata sheet (.xlsx or .csv) with the exported metadata.xlsx&apos;s headers.</source>
        <translation>元数据表格（.xlsx 或 .csv），表头与导出的 metadata.xlsx 相同。</translation>
    </message>
    <message>
        <source>With --sheet: store the values (only when no cell has an error).</source>
        <translation>与 --sheet 一起使用：保存这些值（仅当所有单元格都无错误时）。</translation>
    </message>
    <message>
        <source>import: give WORKSPACE PACKAGE, or WORKSPACE --batch NAME --sheet FILE</source>
        <translation>import：请指定 WORKSPACE PACKAGE，或 WORKSPACE --batch NAME --sheet FILE</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import：%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 as batch &quot;%2&quot;: %n resource(s)</source>
        <translation>
            <numerusform>已将 %1 打开为批次“%2”：%n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <source>, files in %1</source>
        <translation>，文件位于 %1</translation>
    </message>
    <message>
        <source>import: there is no batch &quot;%1&quot;</source>
        <translation>import：批次“%1”不存在</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched</source>
        <translation>
            <numerusform>匹配 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to change</source>
        <translation>
            <numerusform>%n 个值待修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <source>nothing stored (add --apply to store).</source>
        <translation>未保存任何内容（加上 --apply 以保存）。</translation>
    </message>
    <message>
        <source>nothing stored.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: warning: %3</source>
        <translation>第 %1 行，“%2”列：警告：%3</translation>
    </message>
    <message>
        <source>read as %1 text</source>
        <translation>按 %1 文本读取</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>打开报送包</translation>
    </message>
    <message>
        <source>Metadata sheet</source>
        <translation>元数据表格</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>报送包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;bagit.txt (bagit.txt)</source>
        <translation>Zip 压缩包 (*.zip);;bagit.txt (bagit.txt)</translation>
    </message>
    <message>
        <source>the package&apos;s batch name</source>
        <translation>报送包中的批次名称</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem or change</source>
        <translation>问题或修改</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>未打开：%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened as batch &quot;%1&quot;: %n resource(s)</source>
        <translation>
            <numerusform>已打开为批次“%1”：%n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <source>files in %1</source>
        <translation>文件位于 %1</translation>
    </message>
    <message>
        <source>There is no batch &quot;%1&quot;.</source>
        <translation>批次“%1”不存在。</translation>
    </message>
    <message>
        <source>new value: %1</source>
        <translation>新值：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处修改</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing stored until you press Apply.</source>
        <translation>点击“应用”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>fix the sheet and check again.</source>
        <translation>请修正表格后重新检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) stored.</source>
        <translation>
            <numerusform>已保存 %n 个值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracting the package…</source>
        <translation>正在解压报送包…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was created.</source>
        <translation>已取消；未创建任何内容。</translation>
    </message>
    <message>
        <source>A submission package: a .zip file or a folder with bagit.txt</source>
        <translation>报送包：.zip 文件或包含 bagit.txt 的文件夹</translation>
    </message>
    <message>
        <source>A metadata sheet (.xlsx or .csv), e.g. one exported with a package</source>
        <translation>元数据表格（.xlsx 或 .csv），例如随报送包导出的表格</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>sheet check: counts; what to do next</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>(The file was read as %1 text.)</source>
        <translation>（文件已按 %1 文本读取。）</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>报送包(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New batch:</source>
        <translation>新批次(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>表格(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a workspace file (or bring an old one up to date).</source>
        <translation>创建工作区文件（或将旧版工作区升级到最新）。</translation>
    </message>
    <message>
        <source>The workspace file to create, e.g. units.submitdesk.</source>
        <translation>要创建的工作区文件，例如 units.submitdesk。</translation>
    </message>
    <message>
        <source>Campaign profile: a built-in id or a .json file.</source>
        <translation>报送方案：内置方案 id 或 .json 文件。</translation>
    </message>
    <message>
        <source>init: give exactly one WORKSPACE</source>
        <translation>init：请指定且仅指定一个 WORKSPACE</translation>
    </message>
    <message>
        <source>init: %1</source>
        <translation>init：%1</translation>
    </message>
    <message>
        <source>Opened %1 (schema %2, profile %3)</source>
        <translation>已打开 %1（数据结构版本 %2，报送方案 %3）</translation>
    </message>
    <message>
        <source>Created %1 (schema %2, profile %3)</source>
        <translation>已创建 %1（数据结构版本 %2，报送方案 %3）</translation>
    </message>
</context>
<context>
    <name>LinkCheck</name>
    <message>
        <source>not an http(s) address</source>
        <translation>不是 http(s) 地址</translation>
    </message>
    <message>
        <source>the server sent more than %1 bytes</source>
        <translation>服务器返回的数据超过 %1 字节</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http(s) address</source>
        <translation>被重定向到 %1，这不是 http(s) 地址</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The profile&apos;s technical section cannot be used: %1: %2</source>
        <translation>无法使用报送方案的技术部分：%1：%2</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>2xx after at most %1 redirects within %2 s</source>
        <translation>最多 %1 次重定向后在 %2 秒内返回 2xx</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %n redirect(s), %2 ms, at %3</source>
        <translation>
            <numerusform>经 %n 次重定向后返回 HTTP %1，耗时 %2 毫秒，地址 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the address in a browser outside your network; correct it or ask the platform to make the course public.</source>
        <translation>请在本单位网络之外用浏览器打开该地址；修正地址，或请平台将课程设为公开。</translation>
    </message>
    <message>
        <source>The course answers.</source>
        <translation>课程地址可正常访问。</translation>
    </message>
    <message>
        <source>More than %1 redirects: the address loops or points at a login.</source>
        <translation>重定向超过 %1 次：地址存在循环或指向登录页。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未在规定时间内响应。</translation>
    </message>
    <message>
        <source>The course does not answer with a page.</source>
        <translation>课程地址未返回网页。</translation>
    </message>
    <message>
        <source>https with a valid certificate</source>
        <translation>使用有效证书的 https</translation>
    </message>
    <message>
        <source>The certificate is not valid: browsers will warn or refuse.</source>
        <translation>证书无效：浏览器会发出警告或拒绝访问。</translation>
    </message>
    <message>
        <source>Ask the platform to install a valid certificate.</source>
        <translation>请平台安装有效的证书。</translation>
    </message>
    <message>
        <source>Encrypted, with a valid certificate.</source>
        <translation>已加密，证书有效。</translation>
    </message>
    <message>
        <source>Plain http: the page travels unencrypted.</source>
        <translation>普通 http：网页以未加密方式传输。</translation>
    </message>
    <message>
        <source>Use the https address of the course if the platform has one.</source>
        <translation>如平台提供 https 地址，请使用课程的 https 地址。</translation>
    </message>
    <message>
        <source>level %1 or higher</source>
        <translation>第 %1 级或更高</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <source>The platform&apos;s protection level (等级保护) is not declared.</source>
        <translation>未声明平台的网络安全等级保护级别。</translation>
    </message>
    <message>
        <source>Enter the level from the platform&apos;s filing certificate.</source>
        <translation>请按平台的等级保护备案证明填写级别。</translation>
    </message>
    <message>
        <source>The platform&apos;s protection level is below %1.</source>
        <translation>平台的等级保护级别低于第 %1 级。</translation>
    </message>
    <message>
        <source>Host the course on a platform with protection level %1 or higher.</source>
        <translation>请将课程部署在等级保护第 %1 级或更高的平台上。</translation>
    </message>
    <message>
        <source>The protection level is high enough.</source>
        <translation>等级保护级别符合要求。</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>已声明</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>The protection filing number (备案号) is missing.</source>
        <translation>缺少等级保护备案号。</translation>
    </message>
    <message>
        <source>Enter the number of the platform&apos;s filing certificate.</source>
        <translation>请填写平台等级保护备案证明上的编号。</translation>
    </message>
    <message>
        <source>The filing number is declared.</source>
        <translation>已声明备案号。</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; in the profile&apos;s technical section</source>
        <translation>报送方案技术要求部分中有未知规则“%1”</translation>
    </message>
    <message>
        <source>The profile&apos;s technical section cannot be used: %1: %2</source>
        <translation>无法使用报送方案的技术部分：%1：%2</translation>
    </message>
    <message>
        <source>the profile has no technical rules for &quot;link&quot; media</source>
        <translation>报送方案中没有针对“link”媒体的技术规则</translation>
    </message>
</context>
<context>
    <name>ListFieldEditor</name>
    <message>
        <source>%1, items</source>
        <translation>%1，条目</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Loudness</name>
    <message>
        <source>The loudness could not be measured (is the sound silent?).</source>
        <translation>无法测量响度（声音是否为静音？）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stored.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>%1 — SubmitDesk</source>
        <translation>%1 — SubmitDesk</translation>
    </message>
    <message>
        <source>SubmitDesk</source>
        <translation>SubmitDesk</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Add resources</source>
        <translation>添加资源</translation>
    </message>
    <message>
        <source>No batch to add to: %1</source>
        <translation>没有可添加到的批次：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n draft resource(s).</source>
        <translation>
            <numerusform>已添加 %n 个草稿资源。</numerusform>
        </translation>
    </message>
    <message>
        <source>No media file was found in what was added.</source>
        <translation>所添加的内容中没有找到媒体文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were not added:</source>
        <translation>
            <numerusform>%n 项未添加：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>批次(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>另存副本为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>添加链接(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Delete Resource</source>
        <translation>删除资源(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About SubmitDesk</source>
        <translation>关于 SubmitDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Batch &amp;Report</source>
        <translation>批次报告(&amp;R)</translation>
    </message>
    <message>
        <source>Search title or file name</source>
        <translation>搜索标题或文件名</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>全部资源</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <source>Every edit is stored in the workspace file at once; there is nothing to save.</source>
        <translation>每次编辑都会立即保存到工作区文件中，无需手动保存。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No resource selected&lt;/h3&gt;&lt;p&gt;Drop media files or whole folders on this window, or use Edit ▸ Add Files…, to draft one resource per file.&lt;/p&gt;&lt;p&gt;Select a resource in the list to edit its metadata.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;未选择资源&lt;/h3&gt;&lt;p&gt;将媒体文件或整个文件夹拖放到此窗口，或使用“编辑 ▸ 添加文件…”，每个文件将生成一个草稿资源。&lt;/p&gt;&lt;p&gt;在列表中选择资源即可编辑其元数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>The workspace was not opened: %1</source>
        <translation>工作区未打开：%1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>SubmitDesk workspaces (*.submitdesk)</source>
        <translation>SubmitDesk 工作区 (*.submitdesk)</translation>
    </message>
    <message>
        <source>The workspace was not created: %1</source>
        <translation>工作区未创建：%1</translation>
    </message>
    <message>
        <source>SubmitDesk workspaces (*.submitdesk);;All files (*)</source>
        <translation>SubmitDesk 工作区 (*.submitdesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>另存副本为</translation>
    </message>
    <message>
        <source>Now working in the copy %1.</source>
        <translation>现在正在副本 %1 中工作。</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Media files (%1);;All files (*)</source>
        <translation>媒体文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Address (http:// or https://) of the online course:</source>
        <translation>在线课程的地址（http:// 或 https://）：</translation>
    </message>
    <message>
        <source>Open &amp;Package as Batch…</source>
        <translation>将报送包打开为批次(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import Metadata Sheet…</source>
        <translation>导入元数据表格(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Verify Package…</source>
        <translation>校验报送包(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>导出报送包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Registration Form…</source>
        <translation>报送负责人信息登记表(&amp;R)…</translation>
    </message>
    <message>
        <source>Media check</source>
        <translation>媒体检查</translation>
    </message>
    <message>
        <source>&amp;Media Check</source>
        <translation>媒体检查(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Check All Media of the Batch…</source>
        <translation>检查批次的全部媒体(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Deep Check of the Selected File</source>
        <translation>深度检查所选文件(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n media file(s) of the batch…</source>
        <translation>
            <numerusform>正在检查批次中的 %n 个媒体文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check all media</source>
        <translation>检查全部媒体</translation>
    </message>
    <message>
        <source>%1 checked: %2 meet the standard, %3 do not, %4 cancelled.</source>
        <translation>已检查 %1 个：%2 个符合标准，%3 个不符合，%4 个已取消。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This batch has no media file to check.</source>
        <translation>此批次没有可检查的媒体文件。</translation>
    </message>
    <message numerus="yes">
        <source>Opened a batch of %n resource(s); the list showed in %1 ms.</source>
        <translation>
            <numerusform>已打开批次，共 %n 个资源；列表在 %1 毫秒内显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), checking…</source>
        <translation>
            <numerusform>%n 个资源，正在检查…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), %1 with errors</source>
        <translation>
            <numerusform>%n 个资源，%1 个有错误</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Validate Batch</source>
        <translation>校验批次(&amp;V)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Registration Form</source>
        <translation>登记表</translation>
    </message>
    <message>
        <source>Add media files to the batch, one draft resource per file</source>
        <translation>向批次添加媒体文件，每个文件生成一个草稿资源</translation>
    </message>
    <message>
        <source>Add every media file of a folder to the batch</source>
        <translation>将文件夹中的全部媒体文件添加到批次</translation>
    </message>
    <message>
        <source>Add an online course by its web address</source>
        <translation>按网址添加网络课程</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>Check the batch&apos;s metadata again and show the batch report</source>
        <translation>重新校验批次的元数据并显示批次报告</translation>
    </message>
    <message>
        <source>Write the batch as a submission package (folder or zip)</source>
        <translation>将批次导出为报送包（文件夹或 zip）</translation>
    </message>
    <message>
        <source>The unit&apos;s registration form (attachment 3): responsible person, contacts, PDF and e-mail draft</source>
        <translation>单位的报送负责人信息登记表（附件 3）：负责人、联系方式、PDF 与邮件草稿</translation>
    </message>
    <message>
        <source>Search the resources by title or file name</source>
        <translation>按标题或文件名搜索资源</translation>
    </message>
    <message>
        <source>Check Media</source>
        <translation>检查媒体</translation>
    </message>
    <message>
        <source>Run the technical check on every media file of the batch</source>
        <translation>对批次的全部媒体文件进行技术检查</translation>
    </message>
    <message>
        <source>Checking the batch…</source>
        <translation>正在检查批次…</translation>
    </message>
    <message>
        <source>a package is being exported</source>
        <translation>正在导出报送包</translation>
    </message>
    <message>
        <source>a package is being opened</source>
        <translation>正在打开报送包</translation>
    </message>
    <message>
        <source>a package is being verified</source>
        <translation>正在校验报送包</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) are being checked</source>
        <translation>
            <numerusform>正在检查 %n 个媒体文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Close SubmitDesk</source>
        <translation>关闭 SubmitDesk</translation>
    </message>
    <message>
        <source>Work is still running: %1.</source>
        <translation>仍有任务在进行：%1。</translation>
    </message>
    <message>
        <source>Cancel it and close the window? Nothing already stored is lost.</source>
        <translation>取消这些任务并关闭窗口吗？已保存的内容不会丢失。</translation>
    </message>
    <message>
        <source>Cancel It and Close</source>
        <translation>取消并关闭</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The list could not be read completely: %1</source>
        <translation>列表未能完整读取：%1</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>&amp;Upload Batch…</source>
        <translation>上传批次(&amp;U)…</translation>
    </message>
    <message numerus="yes">
        <source>, %n not checked yet</source>
        <translation>
            <numerusform>，%n 个尚未检查</numerusform>
        </translation>
    </message>
    <message>
        <source>A check result could not be saved in the workspace; the file will be checked again next time.</source>
        <translation>检查结果未能保存到工作区；下次将重新检查该文件。</translation>
    </message>
    <message>
        <source>The batch&apos;s resources could not be read.</source>
        <translation>无法读取该批次的资源。</translation>
    </message>
    <message>
        <source>A change could not be stored. The workspace keeps what it held before; the Details say why.</source>
        <translation>有一项修改未能保存。工作区保持修改前的内容；原因见“详情”。</translation>
    </message>
    <message>
        <source>The copy was not written.</source>
        <translation>副本未能写出。</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <source>cannot be decoded: %1</source>
        <translation>无法解码：%1</translation>
    </message>
</context>
<context>
    <name>MediaCheckPanel</name>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Deep check</source>
        <translation>深度检查(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>标准要求</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Decode every frame and sound packet and report decode errors (slow).</source>
        <translation>解码每一帧画面和每个音频包，并报告解码错误（较慢）。</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>正在检查 %1 …</translation>
    </message>
    <message>
        <source>No file to check.</source>
        <translation>没有要检查的文件。</translation>
    </message>
    <message numerus="yes">
        <source>Meets the standard, with %n warning(s).</source>
        <translation>
            <numerusform>符合标准，有 %n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets the standard.</source>
        <translation>符合标准。</translation>
    </message>
    <message numerus="yes">
        <source>Does not meet the standard: %n rule(s) failed.</source>
        <translation>
            <numerusform>不符合标准：%n 条规则未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>(deep check done)</source>
        <translation>（已完成深度检查）</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>Check &amp;link</source>
        <translation>检查链接(&amp;L)</translation>
    </message>
    <message>
        <source>Fetch the course link now (HEAD, then GET) and judge its protection level and filing.</source>
        <translation>立即访问课程链接（先 HEAD，再 GET），并判定其等级保护级别和备案情况。</translation>
    </message>
    <message>
        <source>No course link to check.</source>
        <translation>没有可检查的课程链接。</translation>
    </message>
    <message>
        <source>%1 has not been checked yet: press &quot;Check link&quot;.</source>
        <translation>%1 尚未检查：请点击“检查链接”。</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>已检查 %1。</translation>
    </message>
    <message>
        <source>%1: %2 Failing: %3.</source>
        <translation>%1：%2 未通过：%3。</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Replace File…</source>
        <translation>替换文件(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>修复(&amp;F)…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Could not be checked: the file may be damaged or not a media file. See Details.</source>
        <translation>无法检查：文件可能已损坏，或不是媒体文件。见“详情”。</translation>
    </message>
    <message>
        <source>Acceptable, but worth a look: see Details.</source>
        <translation>可以接受，但值得留意：见“详情”。</translation>
    </message>
    <message>
        <source>The course does not meet it. Check the course address and the platform&apos;s protection level and filing number.</source>
        <translation>该课程不符合此项。请检查课程地址，以及平台的等级保护级别和备案号。</translation>
    </message>
    <message>
        <source>This file does not meet it. Save the document again from the original.</source>
        <translation>此文件不符合此项。请从原始文档重新保存。</translation>
    </message>
    <message>
        <source>This file does not meet it. Choose Fix… from the right-click menu, or export the file again from the original.</source>
        <translation>此文件不符合此项。请在右键菜单中选择“修复…”，或从原始素材重新导出该文件。</translation>
    </message>
    <message>
        <source>This rule could not be checked: see Details.</source>
        <translation>此项无法检查：见“详情”。</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>应为：%1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>实际：%1</translation>
    </message>
</context>
<context>
    <name>MediaCheckService</name>
    <message numerus="yes">
        <source>cannot cache %n check result(s): %1</source>
        <translation>
            <numerusform>无法缓存 %n 项检查结果：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaFileRow</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Play the file with the computer&apos;s own player</source>
        <translation>用电脑自带的播放器播放此文件</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>打开此文件所在的文件夹</translation>
    </message>
    <message>
        <source>Attach another file instead of this one (can be undone)</source>
        <translation>换用另一个文件（可撤销）</translation>
    </message>
    <message>
        <source>Find moved or renamed files in a folder you choose</source>
        <translation>在您选择的文件夹中查找被移动或改名的文件</translation>
    </message>
    <message>
        <source>The file is missing: it is no longer at %1. Locate it, or replace it.</source>
        <translation>文件缺失：它已不在 %1。请查找该文件，或换用其他文件。</translation>
    </message>
</context>
<context>
    <name>MediaPolicy</name>
    <message>
        <source>the profile has no technical rules for &quot;%1&quot; media</source>
        <translation>报送方案中没有针对“%1”媒体的技术规则</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; in the profile&apos;s technical section</source>
        <translation>报送方案技术要求部分中有未知规则“%1”</translation>
    </message>
    <message>
        <source>The file is an %1 stream.</source>
        <translation>该文件是 %1 流。</translation>
    </message>
    <message>
        <source>The file is %1 inside, whatever its name says; the standard asks for %2.</source>
        <translation>无论文件名如何，该文件实际为 %1；标准要求为 %2。</translation>
    </message>
    <message>
        <source>MP4 (ISO base media; brand %1)</source>
        <translation>MP4（ISO 基础媒体格式；品牌 %1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (brand %2)</source>
        <translation>%1（品牌 %2）</translation>
    </message>
    <message>
        <source>An MP4 file (ISO base media).</source>
        <translation>MP4 文件（ISO 基础媒体格式）。</translation>
    </message>
    <message>
        <source>An Apple M4V file: MP4 in structure, but some players treat it differently.</source>
        <translation>Apple M4V 文件：结构上是 MP4，但部分播放器会区别对待。</translation>
    </message>
    <message>
        <source>The file is %1 inside, not MP4, whatever its name says.</source>
        <translation>无论文件名如何，该文件实际为 %1，而不是 MP4。</translation>
    </message>
    <message numerus="yes">
        <source>%n video stream(s): %1</source>
        <translation>
            <numerusform>%n 路视频流：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>no video</source>
        <translation>无视频</translation>
    </message>
    <message>
        <source>The file has no video stream (cover pictures do not count).</source>
        <translation>该文件没有视频流（封面图片不计在内）。</translation>
    </message>
    <message numerus="yes">
        <source>at least %n audio stream(s), all %1</source>
        <translation>
            <numerusform>至少 %n 路音频流，均为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>无音频</translation>
    </message>
    <message>
        <source>The file has no audio stream.</source>
        <translation>该文件没有音频流。</translation>
    </message>
    <message>
        <source>The file has too few audio streams.</source>
        <translation>该文件的音频流数量不足。</translation>
    </message>
    <message>
        <source>An audio stream is %1, not %2.</source>
        <translation>有一路音频流为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Every audio stream is %1.</source>
        <translation>所有音频流均为 %1。</translation>
    </message>
    <message>
        <source>long side ≥ %1, short side ≥ %2 (displayed)</source>
        <translation>长边 ≥ %1，短边 ≥ %2（按显示尺寸）</translation>
    </message>
    <message>
        <source>There is no video to measure.</source>
        <translation>没有可测量的视频。</translation>
    </message>
    <message>
        <source> (stored %1×%2, SAR %3:%4, rotated %5°)</source>
        <translation>（存储尺寸 %1×%2，SAR %3:%4，旋转 %5°）</translation>
    </message>
    <message>
        <source>The picture is smaller than %1×%2.</source>
        <translation>画面小于 %1×%2。</translation>
    </message>
    <message>
        <source>Portrait picture: large enough, but shown with black bars in a landscape player.</source>
        <translation>竖屏画面：尺寸足够，但在横屏播放器中会显示黑边。</translation>
    </message>
    <message>
        <source>Check that the portrait orientation is intended.</source>
        <translation>请确认竖屏方向是有意为之。</translation>
    </message>
    <message>
        <source>The picture is large enough.</source>
        <translation>分辨率符合要求。</translation>
    </message>
    <message>
        <source>≥ %1 fps (average: frames ÷ duration)</source>
        <translation>≥ %1 fps（平均帧率：帧数 ÷ 时长）</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source> (variable; nominal %1 fps)</source>
        <translation>（可变帧率；标称 %1 fps）</translation>
    </message>
    <message>
        <source> The frame rate is variable, so the file is judged by its average, not its nominal rate.</source>
        <translation>帧率可变，因此按平均帧率而非标称帧率判定。</translation>
    </message>
    <message>
        <source>The average frame rate is below %1 fps.</source>
        <translation>平均帧率低于 %1 fps。</translation>
    </message>
    <message>
        <source>The frame rate is high enough.</source>
        <translation>帧率符合要求。</translation>
    </message>
    <message>
        <source>≥ %1 Mbit/s (file size × 8 ÷ duration)</source>
        <translation>≥ %1 Mbit/s（文件大小 × 8 ÷ 时长）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The duration is unknown, so the bitrate cannot be measured.</source>
        <translation>时长未知，无法测量码率。</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>The average bitrate is below %1 Mbit/s.</source>
        <translation>平均码率低于 %1 Mbit/s。</translation>
    </message>
    <message>
        <source>The bitrate is high enough.</source>
        <translation>码率符合要求。</translation>
    </message>
    <message>
        <source>level %1 is above %2</source>
        <translation>级别 %1 高于 %2</translation>
    </message>
    <message>
        <source>index after the media data</source>
        <translation>索引位于媒体数据之后</translation>
    </message>
    <message>
        <source>index first</source>
        <translation>索引前置</translation>
    </message>
    <message>
        <source>Will not play in every browser: %1.</source>
        <translation>并非所有浏览器都能播放：%1。</translation>
    </message>
    <message>
        <source>Plays in browsers, but the index (moov) comes after the media data, so playback starts only after a long download.</source>
        <translation>可在浏览器中播放，但索引（moov）位于媒体数据之后，需要下载很长时间才能开始播放。</translation>
    </message>
    <message>
        <source>Move the index to the front: ffmpeg -i IN -c copy -movflags +faststart OUT.mp4</source>
        <translation>请将索引移到文件开头：ffmpeg -i IN -c copy -movflags +faststart OUT.mp4</translation>
    </message>
    <message>
        <source>Plays in current Firefox, Chrome and Edge.</source>
        <translation>可在当前版本的 Firefox、Chrome 和 Edge 中播放。</translation>
    </message>
    <message>
        <source>≥ %1 Hz</source>
        <translation>≥ %1 Hz</translation>
    </message>
    <message>
        <source>There is no audio to measure.</source>
        <translation>没有可测量的音频。</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>The sample rate is below %1 Hz.</source>
        <translation>采样率低于 %1 Hz。</translation>
    </message>
    <message>
        <source>The sample rate is high enough.</source>
        <translation>采样率符合要求。</translation>
    </message>
    <message>
        <source>≥ %1 bits</source>
        <translation>≥ %1 位</translation>
    </message>
    <message>
        <source>decoded at %1 bits or more</source>
        <translation>解码为 %1 位或更高</translation>
    </message>
    <message>
        <source>%1 stores no bit depth; it decodes at %2 bits or more.</source>
        <translation>%1 不存储位深；解码后为 %2 位或更高。</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>The samples have fewer than %1 bits.</source>
        <translation>采样位深低于 %1 位。</translation>
    </message>
    <message>
        <source>The bit depth is enough.</source>
        <translation>位深符合要求。</translation>
    </message>
    <message>
        <source>opens, has an index, no sample beyond the end of the file</source>
        <translation>可以打开，有索引，没有超出文件末尾的采样</translation>
    </message>
    <message>
        <source>no index</source>
        <translation>无索引</translation>
    </message>
    <message>
        <source>The file has no index (moov): it was not finished or was cut short.</source>
        <translation>该文件没有索引（moov）：文件未写完或被截断。</translation>
    </message>
    <message>
        <source>Export or copy the file again from the original.</source>
        <translation>请从原始素材重新导出或复制文件。</translation>
    </message>
    <message>
        <source>cut short: data up to byte %1, file has %2 bytes</source>
        <translation>已截断：数据应到第 %1 字节，文件只有 %2 字节</translation>
    </message>
    <message>
        <source>The index points at media data past the end of the file: the file is truncated.</source>
        <translation>索引指向文件末尾之后的媒体数据：文件已被截断。</translation>
    </message>
    <message>
        <source>Copy or download the file again from the original.</source>
        <translation>请从原始位置重新复制或下载文件。</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>The file opens and its index fits the file.</source>
        <translation>文件可以打开，索引与文件相符。</translation>
    </message>
    <message>
        <source>The file can be read but is not a complete media file; its other rules cannot be judged.</source>
        <translation>文件可以读取，但不是完整的媒体文件；无法判定其他各项规则。</translation>
    </message>
    <message>
        <source>Export or copy the file again from the original; renaming a file does not convert it.</source>
        <translation>请从原始素材重新导出或复制文件；仅修改文件扩展名并不能转换格式。</translation>
    </message>
    <message>
        <source>Convert it to %1, e.g. ffmpeg -i IN %2 OUT.%3</source>
        <translation>请转换为 %1，例如：ffmpeg -i IN %2 OUT.%3</translation>
    </message>
    <message>
        <source>The profile&apos;s technical section cannot be used: %1: %2</source>
        <translation>报送方案的技术要求部分无法使用：%1：%2</translation>
    </message>
    <message>
        <source>Remux into MP4, e.g. ffmpeg -i IN -c copy -brand %1 -movflags +faststart OUT.mp4 (re-encode if the codecs do not fit MP4)</source>
        <translation>请重新封装为 MP4，例如：ffmpeg -i IN -c copy -brand %1 -movflags +faststart OUT.mp4（若编码不适合 MP4，则需重新编码）</translation>
    </message>
    <message>
        <source>Re-encode the video as %1, e.g. ffmpeg -i IN %2 OUT.mp4</source>
        <translation>请将视频重新编码为 %1，例如：ffmpeg -i IN %2 OUT.mp4</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n video stream(s); the standard expects %1.</source>
        <translation>
            <numerusform>该文件有 %n 路视频流；标准要求 %1 路。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n video stream(s) and drop the others with ffmpeg&apos;s -map option, e.g. ffmpeg -i IN -map 0:v:0 -map 0:a -c copy OUT.mp4 keeps the first.</source>
        <translation>
            <numerusform>只保留 %n 路视频流，用 ffmpeg 的 -map 选项去掉其余的，例如 ffmpeg -i IN -map 0:v:0 -map 0:a -c copy OUT.mp4 保留第一路。</numerusform>
        </translation>
    </message>
    <message>
        <source>The video is %1, not %2.</source>
        <translation>视频编码为 %1，不是 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 video stream(s).</source>
        <translation>
            <numerusform>%n 路 %1 视频流。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encode the sound as %1, e.g. ffmpeg -i IN -c:v copy -c:a %2 OUT.mp4</source>
        <translation>请将声音编码为 %1，例如：ffmpeg -i IN -c:v copy -c:a %2 OUT.mp4</translation>
    </message>
    <message>
        <source>Add a sound track; if the video is meant to be silent, add a silent track: ffmpeg -i IN -f lavfi -i anullsrc -shortest -c:v copy -c:a %1 OUT.mp4</source>
        <translation>请添加音轨；若视频本就无声，请添加一条静音音轨：ffmpeg -i IN -f lavfi -i anullsrc -shortest -c:v copy -c:a %1 OUT.mp4</translation>
    </message>
    <message>
        <source>exactly %1×%2 (displayed, either orientation)</source>
        <translation>恰好 %1×%2（按显示尺寸，横竖均可）</translation>
    </message>
    <message>
        <source>; aspect %1</source>
        <translation>；宽高比 %1</translation>
    </message>
    <message>
        <source>Export the video again from the original at %1×%2 or more; scaling up a small picture does not add detail.</source>
        <translation>请从原始素材重新导出 %1×%2 或更高分辨率的视频；把小画面放大并不会增加清晰度。</translation>
    </message>
    <message>
        <source>The picture is %1×%2; the standard asks for exactly %3×%4.</source>
        <translation>画面为 %1×%2；标准要求恰好 %3×%4。</translation>
    </message>
    <message>
        <source>Export the video again from the original at exactly %1×%2 (%2×%1 if it is portrait).</source>
        <translation>请从原始素材重新导出恰好 %1×%2 的视频（竖屏则为 %2×%1）。</translation>
    </message>
    <message>
        <source>The picture&apos;s shape is %1:1, not %2.</source>
        <translation>画面宽高比为 %1:1，不是 %2。</translation>
    </message>
    <message>
        <source>Export the video again from the original in %1; pad with borders rather than stretch if the source has another shape.</source>
        <translation>请从原始素材按 %1 重新导出；若原素材比例不同，请加边框补齐，不要拉伸。</translation>
    </message>
    <message>
        <source>; one of %1 fps</source>
        <translation>；帧率为 %1 fps 之一</translation>
    </message>
    <message>
        <source>Export again at %1 fps or more from the original; duplicating frames (ffmpeg -i IN -r %1 …) only hides the problem.</source>
        <translation>请从原始素材以 %1 fps 或更高帧率重新导出；复制帧（ffmpeg -i IN -r %1 …）只是掩盖问题。</translation>
    </message>
    <message>
        <source>The average frame rate is not one of %1 fps.</source>
        <translation>平均帧率不是 %1 fps 中的任何一个。</translation>
    </message>
    <message>
        <source>Export again from the original at one of %1 fps.</source>
        <translation>请从原始素材以 %1 fps 之一重新导出。</translation>
    </message>
    <message>
        <source>; ≤ %1 Mbit/s</source>
        <translation>；≤ %1 Mbit/s</translation>
    </message>
    <message>
        <source>Encode again from the original at a higher bitrate, e.g. ffmpeg -i IN %1 OUT.mp4</source>
        <translation>请从原始素材以更高码率重新编码，例如：ffmpeg -i IN %1 OUT.mp4</translation>
    </message>
    <message>
        <source>The average bitrate is above %1 Mbit/s.</source>
        <translation>平均码率高于 %1 Mbit/s。</translation>
    </message>
    <message>
        <source>Encode again at a lower bitrate, e.g. ffmpeg -i IN %1 OUT.mp4</source>
        <translation>请以较低码率重新编码，例如：ffmpeg -i IN %1 OUT.mp4</translation>
    </message>
    <message>
        <source>The bitrate is within the limits.</source>
        <translation>码率在允许范围内。</translation>
    </message>
    <message>
        <source>the video is %1, not %2</source>
        <translation>视频编码为 %1，不是 %2</translation>
    </message>
    <message>
        <source>%1 profile %2 does not play in every browser</source>
        <translation>%1 的 %2 档次并非所有浏览器都能播放</translation>
    </message>
    <message>
        <source>%1-bit %2 (%3) is not %4</source>
        <translation>%1 位 %2（%3）不是 %4</translation>
    </message>
    <message>
        <source>%1 %2, level ≤ %3, %4; %5; index first</source>
        <translation>%1 %2，级别 ≤ %3，%4；%5；索引在文件开头</translation>
    </message>
    <message>
        <source>audio %1 %2 is not %3</source>
        <translation>音频 %1 %2 不是 %3</translation>
    </message>
    <message>
        <source>Re-encode for the web: ffmpeg -i IN %1 -movflags +faststart OUT.mp4</source>
        <translation>请为网页播放重新编码：ffmpeg -i IN %1 -movflags +faststart OUT.mp4</translation>
    </message>
    <message>
        <source>%1–%2 Hz</source>
        <translation>%1–%2 Hz</translation>
    </message>
    <message>
        <source>Export again from the original at %1 Hz or more; resampling up does not restore the lost treble.</source>
        <translation>请从原始素材以 %1 Hz 或更高采样率重新导出；向上重采样无法找回丢失的高音。</translation>
    </message>
    <message>
        <source>The sample rate is above %1 Hz.</source>
        <translation>采样率高于 %1 Hz。</translation>
    </message>
    <message>
        <source>Resample to %1 Hz or less, e.g. ffmpeg -i IN -ar %1 … (the encoder as in the container hint).</source>
        <translation>请重采样到 %1 Hz 或更低，例如：ffmpeg -i IN -ar %1 …（编码器同封装格式建议）。</translation>
    </message>
    <message>
        <source>The sample rate is within the range.</source>
        <translation>采样率在允许范围内。</translation>
    </message>
    <message>
        <source>Export again from the original at %1 bits or more.</source>
        <translation>请从原始素材以 %1 位或更高位深重新导出。</translation>
    </message>
    <message numerus="yes">
        <source>The sound has %n channel(s); the standard asks for %1.</source>
        <translation>
            <numerusform>声音有 %n 个声道；标准要求 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export again from the original with %1 channel(s) (%2), e.g. ffmpeg -i IN -ac %1 …</source>
        <translation>请从原始素材以 %1 个声道（%2）重新导出，例如：ffmpeg -i IN -ac %1 …</translation>
    </message>
    <message>
        <source>The sound has %1 channel(s) (%2).</source>
        <translation>声音有 %1 个声道（%2）。</translation>
    </message>
    <message>
        <source>≤ %1 s</source>
        <translation>≤ %1 秒</translation>
    </message>
    <message>
        <source>The duration is unknown, so it cannot be compared with the limit.</source>
        <translation>时长未知，无法与上限比较。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The file is longer than %1 s.</source>
        <translation>文件时长超过 %1 秒。</translation>
    </message>
    <message>
        <source>Split it into parts of at most %1 s, e.g. with ffmpeg&apos;s segment muxer (-c copy -f segment -segment_time %1).</source>
        <translation>请拆分为每段不超过 %1 秒，例如使用 ffmpeg 的 segment 封装器（-c copy -f segment -segment_time %1）。</translation>
    </message>
    <message>
        <source>The file is short enough.</source>
        <translation>文件时长符合要求。</translation>
    </message>
    <message>
        <source>≤ %1 bytes</source>
        <translation>≤ %1 字节</translation>
    </message>
    <message>
        <source>The file&apos;s size is unknown.</source>
        <translation>文件大小未知。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>文件大于 %1 字节。</translation>
    </message>
    <message>
        <source>Encode again at a lower bitrate, or split the file into parts.</source>
        <translation>请以较低码率重新编码，或将文件拆分为几部分。</translation>
    </message>
    <message>
        <source>The file is small enough.</source>
        <translation>文件大小符合要求。</translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message>
        <source>no audio or video stream found (format %1)</source>
        <translation>未找到音频或视频流（格式 %1）</translation>
    </message>
    <message>
        <source>no index (moov box): the file is unfinished or cut short</source>
        <translation>无索引（moov box）：文件未写完或被截断</translation>
    </message>
    <message>
        <source>not a readable media file (%1)</source>
        <translation>不是可读取的媒体文件（%1）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>MediaReplacement</name>
    <message>
        <source>cannot read the media file of resource %1: %2</source>
        <translation>无法读取资源 %1 的媒体文件：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 不是可读取的文件</translation>
    </message>
    <message>
        <source>cannot replace the media file of resource %1: %2</source>
        <translation>无法替换资源 %1 的媒体文件：%2</translation>
    </message>
    <message>
        <source>there is no resource %1</source>
        <translation>没有资源 %1</translation>
    </message>
    <message>
        <source>cannot record the earlier file of resource %1: %2</source>
        <translation>无法记录资源 %1 原来的文件：%2</translation>
    </message>
    <message>
        <source>cannot read the file history of resource %1: %2</source>
        <translation>无法读取资源 %1 的文件历史：%2</translation>
    </message>
</context>
<context>
    <name>MetadataJson</name>
    <message>
        <source>metadata.json: not a JSON object (%1 at offset %2)</source>
        <translation>metadata.json：不是 JSON 对象（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>metadata.json: &quot;format&quot; is not &quot;submitdesk-package&quot;</source>
        <translation>metadata.json：“format”不是“submitdesk-package”</translation>
    </message>
    <message>
        <source>metadata.json: resource %1 has no &quot;id&quot; or &quot;type&quot;</source>
        <translation>metadata.json：资源 %1 缺少“id”或“type”</translation>
    </message>
</context>
<context>
    <name>MetadataSheetWriter</name>
    <message>
        <source>%1: cannot create the spreadsheet</source>
        <translation>%1：无法创建电子表格</translation>
    </message>
    <message>
        <source>%1: cannot write the spreadsheet (%2)</source>
        <translation>%1：无法写入电子表格（%2）</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for metadata.xlsx</source>
        <translation>无法为 metadata.xlsx 创建临时文件夹</translation>
    </message>
    <message>
        <source>%1: cannot read back (%2)</source>
        <translation>%1：无法回读（%2）</translation>
    </message>
    <message>
        <source>%1 · %2, &quot;%3&quot;: %4 characters do not fit in metadata.xlsx (at most %5); shorten the value</source>
        <translation>%1 · %2，“%3”：%4 个字符超出 metadata.xlsx 的容量（最多 %5 个）；请缩短该值</translation>
    </message>
    <message>
        <source>metadata.xlsx, cell %1: %2</source>
        <translation>metadata.xlsx，单元格 %1：%2</translation>
    </message>
    <message>
        <source>metadata.xlsx: cannot add a cell format</source>
        <translation>metadata.xlsx：无法添加单元格格式</translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;: %3</source>
        <translation>%1，“%2”：%3</translation>
    </message>
    <message>
        <source>metadata.xlsx: cannot add the worksheet</source>
        <translation>metadata.xlsx：无法添加工作表</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>this workspace was written by a newer SubmitDesk (schema %1; this version knows %2)</source>
        <translation>此工作区由较新版本的 SubmitDesk 写入（数据结构版本 %1；当前版本仅支持 %2）</translation>
    </message>
    <message>
        <source>cannot finish migration %1: %2</source>
        <translation>无法完成升级 %1：%2</translation>
    </message>
    <message>
        <source>cannot start a migration: %1</source>
        <translation>无法开始升级：%1</translation>
    </message>
    <message>
        <source>cannot read the tables: %1</source>
        <translation>无法读取数据表：%1</translation>
    </message>
    <message>
        <source>cannot read the columns of %1: %2</source>
        <translation>无法读取数据表 %1 的列：%2</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>%1 line %2: not &quot;checksum path&quot;</source>
        <translation>%1 第 %2 行：不是“校验值 路径”格式</translation>
    </message>
</context>
<context>
    <name>PackageOpener</name>
    <message>
        <source>%1: %2 entries, more than the %3 allowed</source>
        <translation>%1：共 %2 个条目，超过允许的 %3 个</translation>
    </message>
    <message>
        <source>%1: refused, the entry &quot;%2&quot; is a link or a path that could escape the target folder</source>
        <translation>%1：已拒绝，条目“%2”是链接或可能越出目标文件夹的路径</translation>
    </message>
    <message>
        <source>%1: %2 declares %3 bytes, more than allowed</source>
        <translation>%1：%2 声明为 %3 字节，超出允许范围</translation>
    </message>
    <message>
        <source>%1: %2 bytes in all, more than allowed</source>
        <translation>%1：共 %2 字节，超出允许范围</translation>
    </message>
    <message>
        <source>%1: %2 is missing; not a SubmitDesk package</source>
        <translation>%1：缺少 %2；不是 SubmitDesk 报送包</translation>
    </message>
    <message>
        <source>%1: data/metadata.json does not match the manifest</source>
        <translation>%1：data/metadata.json 与清单不符</translation>
    </message>
    <message>
        <source>%1: made for profile &quot;%2&quot;, this workspace uses &quot;%3&quot;</source>
        <translation>%1：按报送方案“%2”制作，而此工作区使用“%3”</translation>
    </message>
    <message>
        <source>%1: there is already a batch &quot;%2&quot;</source>
        <translation>%1：已存在批次“%2”</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: needs %2 bytes, %3 has %4 free</source>
        <translation>%1：需要 %2 字节，%3 仅剩 %4 可用空间</translation>
    </message>
    <message>
        <source>%1: resource id &quot;%2&quot; is not a plain name</source>
        <translation>%1：资源 id“%2”不是简单名称</translation>
    </message>
    <message>
        <source>%1: %2 (resource %3) is not a file listed in the manifest</source>
        <translation>%1：%2（资源 %3）不是清单中列出的文件</translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation>%1 与其校验值不符</translation>
    </message>
    <message>
        <source>%1 would be written outside %2</source>
        <translation>%1 将被写到 %2 之外</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1 holds more bytes than it declares</source>
        <translation>%1 的字节数多于其声明值</translation>
    </message>
    <message>
        <source>%1: write error (%2)</source>
        <translation>%1：写入错误（%2）</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1: not opened: %2</source>
        <translation>%1：未打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot rename into place</source>
        <translation>%1：无法重命名到目标位置</translation>
    </message>
    <message>
        <source>%1: %2 is not listed in tagmanifest-sha256.txt</source>
        <translation>%1：%2 未列入 tagmanifest-sha256.txt</translation>
    </message>
    <message>
        <source>%1: %2, listed in tagmanifest-sha256.txt, is missing</source>
        <translation>%1：%2 已列入 tagmanifest-sha256.txt，但文件缺失</translation>
    </message>
    <message>
        <source>%1: %2 does not match tagmanifest-sha256.txt (changed after bagging)</source>
        <translation>%1：%2 与 tagmanifest-sha256.txt 不符（打包后被改动）</translation>
    </message>
    <message>
        <source>%1: resource %2 has the type &quot;%3&quot;, which the profile &quot;%4&quot; does not define</source>
        <translation>%1：资源 %2 的类型为“%3”，报送方案“%4”中没有定义该类型</translation>
    </message>
    <message>
        <source>%1: resource %2: the file %3 has the role &quot;%4&quot;; only %5 are known</source>
        <translation>%1：资源 %2：文件 %3 的角色为“%4”；只支持 %5</translation>
    </message>
    <message>
        <source>%1: resource %2 has more than one cover</source>
        <translation>%1：资源 %2 有多个封面</translation>
    </message>
    <message>
        <source>nothing extracted to commit</source>
        <translation>没有可提交的解压内容</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction</source>
        <translation>%1：无法开始事务</translation>
    </message>
    <message>
        <source>resource %1: %2</source>
        <translation>资源 %1：%2</translation>
    </message>
    <message>
        <source>%1: refused, %2</source>
        <translation>%1：已拒绝，%2</translation>
    </message>
    <message>
        <source>%1: refused, %2 declares %3 bytes, more than the %4 a tag file may have</source>
        <translation>%1：已拒绝，%2 声明为 %3 字节，超过标签文件允许的 %4 字节</translation>
    </message>
    <message>
        <source>%1: refused, the tag files declare %2 bytes in all, more than the %3 allowed</source>
        <translation>%1：已拒绝，标签文件共声明 %2 字节，超过允许的 %3 字节</translation>
    </message>
    <message>
        <source>the unit&apos;s details could not be copied: %1</source>
        <translation>无法复制单位信息：%1</translation>
    </message>
    <message>
        <source>%1: resource %2 has a cover, but type %3 of the profile &quot;%4&quot; has no field with the role cover_image</source>
        <translation>%1：资源 %2 有封面，但报送方案“%4”的类型 %3 没有角色为 cover_image 的字段</translation>
    </message>
</context>
<context>
    <name>PartialOutput</name>
    <message>
        <source>%1: cannot create the folder (%2)</source>
        <translation>%1：无法创建文件夹（%2）</translation>
    </message>
    <message>
        <source>%1: no free name for the unfinished output</source>
        <translation>%1：找不到可用的名称来存放未完成的输出</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: nothing was written</source>
        <translation>%1：未写入任何内容</translation>
    </message>
    <message>
        <source>%1: the output was not written</source>
        <translation>%1：输出未写入</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name or remove it first</source>
        <translation>%1：已存在；请换一个名称或先将其删除</translation>
    </message>
    <message>
        <source>%1: already exists as something else than the output; not replaced</source>
        <translation>%1：已存在同名但类型不同的项目；未替换</translation>
    </message>
    <message>
        <source>%1: cannot move the finished output into place (%2)</source>
        <translation>%1：无法将已完成的输出移到目标位置（%2）</translation>
    </message>
    <message>
        <source>%1: cannot move the finished output into place</source>
        <translation>%1：无法将已完成的输出移到目标位置</translation>
    </message>
    <message>
        <source>%1: cannot replace the folder (%2)</source>
        <translation>%1：无法替换文件夹（%2）</translation>
    </message>
    <message>
        <source>%1: cannot move the old folder aside (%2)</source>
        <translation>%1：无法将旧文件夹移开（%2）</translation>
    </message>
    <message>
        <source>%1: cannot replace the folder</source>
        <translation>%1：无法替换文件夹</translation>
    </message>
</context>
<context>
    <name>PayloadCopier</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格）</translation>
    </message>
    <message>
        <source>One frame back (,)</source>
        <translation>后退一帧（,）</translation>
    </message>
    <message>
        <source>One frame forward (.)</source>
        <translation>前进一帧（.）</translation>
    </message>
    <message>
        <source>Sound off or on</source>
        <translation>关闭或打开声音</translation>
    </message>
    <message>
        <source>Full screen (F; Esc to leave)</source>
        <translation>全屏（F；按 Esc 退出）</translation>
    </message>
    <message>
        <source>Use this frame as cover</source>
        <translation>将此画面用作封面</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Takes the picture shown now, exactly as it is in the file, as the resource&apos;s cover</source>
        <translation>将当前显示的画面按文件中的原样用作资源封面</translation>
    </message>
    <message>
        <source>This type of resource has no cover</source>
        <translation>此类资源没有封面</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Playing is not available on this computer: Qt Multimedia has no working backend. Checking, the cover and export keep working. To play files, install the Debian packages %1.</source>
        <translation>此电脑无法播放：Qt Multimedia 没有可用的后端。检查、封面和导出功能不受影响。如需播放文件，请安装 Debian 软件包 %1。</translation>
    </message>
    <message>
        <source>sudo apt install %1</source>
        <translation>sudo apt install %1</translation>
    </message>
    <message>
        <source>This file cannot be played here: this computer lacks a decoder for it. Checking, the cover and export keep working. If the technical check finds the file in order, install the Debian packages %1 to play it.</source>
        <translation>此处无法播放该文件：此电脑缺少相应的解码器。检查、封面和导出功能不受影响。如果技术检查认为文件没有问题，请安装 Debian 软件包 %1 以播放该文件。</translation>
    </message>
    <message>
        <source>Player: %1
File: %2
Install: sudo apt install %3</source>
        <translation>播放器：%1
文件：%2
安装：sudo apt install %3</translation>
    </message>
    <message>
        <source>Reading the sound…</source>
        <translation>正在读取声音…</translation>
    </message>
    <message>
        <source>No overview of the sound: %1</source>
        <translation>无法显示声音概览：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; (worth a listen; not failures of the check):&lt;br&gt;%1</source>
        <translation>&lt;b&gt;提示&lt;/b&gt;（值得听一下；不属于检查未通过）：&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>List, show, import and compare campaign profiles; re-judge a batch under another one.</source>
        <translation>列出、显示、导入和比较报送方案；按另一报送方案重新评判批次。</translation>
    </message>
    <message>
        <source>list, show ID[@VERSION], import FILE, or diff A B.</source>
        <translation>list、show ID[@VERSION]、import FILE 或 diff A B。</translation>
    </message>
    <message>
        <source>The profile(s) or file the action needs.</source>
        <translation>该操作所需的报送方案或文件。</translation>
    </message>
    <message>
        <source>diff: the workspace holding the batch to re-judge.</source>
        <translation>diff：包含要重新评判的批次的工作区。</translation>
    </message>
    <message>
        <source>diff: re-judge this batch from A under B.</source>
        <translation>diff：将此批次从 A 改按 B 重新评判。</translation>
    </message>
    <message>
        <source>diff --batch: from now on the batch is judged by B.</source>
        <translation>diff --batch：此后该批次按 B 评判。</translation>
    </message>
    <message>
        <source>profile: give list, show ID[@VERSION], import FILE or diff A B</source>
        <translation>profile：请指定 list、show ID[@VERSION]、import FILE 或 diff A B</translation>
    </message>
    <message>
        <source>INVALID  %1: %2</source>
        <translation>无效  %1：%2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>%1 必填</translation>
    </message>
    <message>
        <source>profile show: %1</source>
        <translation>profile show：%1</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>profile import: %1</source>
        <translation>profile import：%1</translation>
    </message>
    <message>
        <source>Profile %1 is already installed (%2).</source>
        <translation>报送方案 %1 已安装（%2）。</translation>
    </message>
    <message>
        <source>Imported profile %1 into %2.</source>
        <translation>已将报送方案 %1 导入到 %2。</translation>
    </message>
    <message>
        <source>profile diff: %1</source>
        <translation>profile diff：%1</translation>
    </message>
    <message>
        <source>profile diff: there is no batch &quot;%1&quot;</source>
        <translation>profile diff：没有批次“%1”</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; under %2 instead of %3:</source>
        <translation>批次“%1”按 %2 而非 %3 评判：</translation>
    </message>
    <message numerus="yes">
        <source>No resource changes its verdict (%n resource(s)).</source>
        <translation>
            <numerusform>没有资源的评判结果发生变化（共 %n 个资源）。</numerusform>
        </translation>
    </message>
    <message>
        <source>  now passes: %1</source>
        <translation>  现在通过：%1</translation>
    </message>
    <message>
        <source>  now FAILS: %1</source>
        <translation>  现在不通过：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) were never checked and are not part of this comparison.</source>
        <translation>
            <numerusform>%n 个媒体文件从未检查过，不在此次比较范围内。</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch is now judged by %1.</source>
        <translation>该批次现在按 %1 评判。</translation>
    </message>
</context>
<context>
    <name>ProfileDiff</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Course link</source>
        <translation>课程链接</translation>
    </message>
    <message>
        <source>minimum resolution</source>
        <translation>最低分辨率</translation>
    </message>
    <message>
        <source>exact resolution</source>
        <translation>精确分辨率</translation>
    </message>
    <message>
        <source>minimum size</source>
        <translation>最小尺寸</translation>
    </message>
    <message>
        <source>Profile %1 → %2</source>
        <translation>报送方案 %1 → %2</translation>
    </message>
    <message>
        <source>Campaign: %1 → %2</source>
        <translation>征集活动：%1 → %2</translation>
    </message>
    <message>
        <source>Mailbox for the registration form: %1 → %2</source>
        <translation>登记表接收邮箱：%1 → %2</translation>
    </message>
    <message>
        <source>Deadline removed: %1 (%2)</source>
        <translation>已删除截止日期：%1（%2）</translation>
    </message>
    <message>
        <source>Deadline %1: %2 → %3</source>
        <translation>截止日期 %1：%2 → %3</translation>
    </message>
    <message>
        <source>New deadline: %1 (%2)</source>
        <translation>新截止日期：%1（%2）</translation>
    </message>
    <message>
        <source>Resource type removed: %1 %2</source>
        <translation>已删除资源类型：%1 %2</translation>
    </message>
    <message>
        <source>Resource type %1: checked as %2 → %3</source>
        <translation>资源类型 %1：检查方式 %2 → %3</translation>
    </message>
    <message>
        <source>Resource type %1: at least %2 → %3 media file(s)</source>
        <translation>资源类型 %1：至少 %2 → %3 个媒体文件</translation>
    </message>
    <message>
        <source>New resource type: %1 %2</source>
        <translation>新资源类型：%1 %2</translation>
    </message>
    <message>
        <source>Field removed: %1</source>
        <translation>已删除字段：%1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>%1 必填</translation>
    </message>
    <message>
        <source>New field: %1 (%2)</source>
        <translation>新字段：%1（%2）</translation>
    </message>
    <message>
        <source>%1: kind %2 → %3</source>
        <translation>%1：类别 %2 → %3</translation>
    </message>
    <message>
        <source>%1: required for %2 → %3</source>
        <translation>%1：必填的类型 %2 → %3</translation>
    </message>
    <message>
        <source>%1: shown for %2 → %3</source>
        <translation>%1：显示的类型 %2 → %3</translation>
    </message>
    <message>
        <source>all types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1：%2 %3 → %4</translation>
    </message>
    <message>
        <source>%1: rule no longer checked: %2</source>
        <translation>%1：不再检查的规则：%2</translation>
    </message>
    <message>
        <source>%1: new rule: %2</source>
        <translation>%1：新规则：%2</translation>
    </message>
    <message>
        <source>%1: renamed from %2</source>
        <translation>%1：原名为 %2</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>&quot;code&quot; is missing</source>
        <translation>缺少“code”</translation>
    </message>
    <message>
        <source>type code &quot;%1&quot; appears twice</source>
        <translation>类型代码“%1”重复出现</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>at least one resource type is needed</source>
        <translation>至少需要一种资源类型</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>min_length is larger than max_length</source>
        <translation>min_length 大于 max_length</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message>
        <source>an enum field needs a list of values</source>
        <translation>枚举字段需要取值列表</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>缺少“id”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case ASCII letters, digits and _</source>
        <translation>“%1”只能由小写 ASCII 字母、数字和 _ 组成</translation>
    </message>
    <message>
        <source>field id &quot;%1&quot; appears twice</source>
        <translation>字段 id“%1”重复出现</translation>
    </message>
    <message>
        <source>a field needs a label</source>
        <translation>字段需要标签</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected text, date, integer, enum, list, url, image, xml or category)</source>
        <translation>未知类别“%1”（应为 text、date、integer、enum、list、url、image、xml 或 category）</translation>
    </message>
    <message>
        <source>must be a list of type codes</source>
        <translation>必须是类型代码列表</translation>
    </message>
    <message>
        <source>unknown resource type &quot;%1&quot;</source>
        <translation>未知资源类型“%1”</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date yyyy-mm-dd</source>
        <translation>“%1”不是 yyyy-mm-dd 格式的日期</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>偏移 %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>报送方案必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unsupported profile format %1 (this SubmitDesk reads format 1)</source>
        <translation>不支持的报送方案格式 %1（此版本 SubmitDesk 只能读取格式 1）</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation>缺少“version”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>“%1”不是电子邮箱地址</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation>%1：无法读取报送方案：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe type code: it names folders in the package, so it must be 1–32 ASCII letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>“%1”不是安全的类型代码：它会用作报送包中的文件夹名称，因此必须由 1–32 个 ASCII 字母、数字、“_”或“-”组成，并以字母或数字开头</translation>
    </message>
    <message>
        <source>must be a ratio such as 16:9</source>
        <translation>必须是比例，例如 16:9</translation>
    </message>
    <message>
        <source>the file is too large (more than %1 bytes)</source>
        <translation>文件过大（超过 %1 字节）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a file name in the taxonomy folder (ASCII letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; no folders)</source>
        <translation>“%1”必须是分类目录文件夹中的文件名（仅限 ASCII 字母、数字、“.”、“_”、“-”；不能含文件夹）</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a taxonomy is not read through links</source>
        <translation>%1 是符号链接；不会通过链接读取分类目录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of video, audio, link, document</source>
        <translation>“%1”不是 video、audio、link、document 之一</translation>
    </message>
    <message>
        <source>no longer read: give the field &quot;role&quot;: &quot;unit_name&quot; instead</source>
        <translation>已不再读取：请改为给字段设置 &quot;role&quot;: &quot;unit_name&quot;</translation>
    </message>
    <message>
        <source>must be a string, one of: %1</source>
        <translation>必须是字符串，取值为以下之一：%1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知角色“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; needs a field of kind %2, not %3</source>
        <translation>角色“%1”需要类别为 %2 的字段，而不是 %3</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is already the field &quot;%2&quot;&apos;s for type %3; a type has one field per role</source>
        <translation>在类型 %3 中，角色“%1”已属于字段“%2”；每种类型的每个角色只能有一个字段</translation>
    </message>
    <message>
        <source>type %1 has link media, so one of its fields needs &quot;role&quot;: &quot;course_url&quot;</source>
        <translation>类型 %1 含有链接媒体，因此其中一个字段需要设置 &quot;role&quot;: &quot;course_url&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language such as &quot;zh_CN&quot; or &quot;en&quot;</source>
        <translation>“%1”不是语言代码，例如 &quot;zh_CN&quot; 或 &quot;en&quot;</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation>%1：无法读取报送方案：%2</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; (built in or imported)</source>
        <translation>没有报送方案“%1”（内置或已导入）</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot; version &quot;%2&quot; (built in or imported)</source>
        <translation>没有报送方案“%1”的版本“%2”（内置或已导入）</translation>
    </message>
    <message>
        <source>the batch is judged by profile %1 version %2, which is not installed here; import that profile&apos;s file first (%3)</source>
        <translation>该批次按报送方案 %1 版本 %2 评判，但此处未安装该方案；请先导入该报送方案的文件（%3）</translation>
    </message>
    <message>
        <source>it is a symbolic link; profiles are not read through links</source>
        <translation>这是符号链接；不通过链接读取报送方案</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>文件大于 %1 字节</translation>
    </message>
    <message>
        <source>it is not a regular file (or it changed while being read)</source>
        <translation>不是普通文件（或在读取时发生了变化）</translation>
    </message>
    <message>
        <source>%1: cannot import the profile: %2</source>
        <translation>%1：无法导入报送方案：%2</translation>
    </message>
    <message>
        <source>a different profile %1 version %2 is already %3 (%4); a changed profile needs a new &quot;version&quot;</source>
        <translation>另一个不同的报送方案 %1 版本 %2 已%3（%4）；修改过的报送方案需要新的 &quot;version&quot;</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot read the taxonomy: %2</source>
        <translation>%1：无法读取分类体系：%2</translation>
    </message>
    <message>
        <source>a different taxonomy named %1 is already installed (%2); it is not replaced</source>
        <translation>已安装另一个名为 %1 的不同分类体系（%2）；不会替换它</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; and version &quot;%3&quot; must be 1–64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1：id“%2”和 version“%3”必须由 1–64 个 ASCII 字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成，并以字母或数字开头</translation>
    </message>
    <message>
        <source>%1 is in the way (it is not a readable profile %2 version %3); it is not replaced</source>
        <translation>%1 占用了该位置（它不是可读取的报送方案 %2 版本 %3）；不会替换它</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Campaign profiles</source>
        <translation>报送方案</translation>
    </message>
    <message>
        <source>Show technical details (limits as written in the profile)</source>
        <translation>显示技术细节（报送方案中原样写出的限值）</translation>
    </message>
    <message>
        <source>Import a profile file…</source>
        <translation>导入报送方案文件…</translation>
    </message>
    <message>
        <source>Judge the batch under this profile</source>
        <translation>按此报送方案评判批次</translation>
    </message>
    <message>
        <source>Use this profile for the batch</source>
        <translation>将此报送方案用于该批次</translation>
    </message>
    <message>
        <source>Judge batch &quot;%1&quot; under this profile</source>
        <translation>按此报送方案评判批次“%1”</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1（无法使用）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>%1 必填</translation>
    </message>
    <message>
        <source>Technical rules</source>
        <translation>技术规则</translation>
    </message>
    <message>
        <source>Import a campaign profile</source>
        <translation>导入报送方案</translation>
    </message>
    <message>
        <source>Campaign profiles (*.json)</source>
        <translation>报送方案 (*.json)</translation>
    </message>
    <message>
        <source>The profile was not imported: %1</source>
        <translation>报送方案未导入：%1</translation>
    </message>
    <message>
        <source>%1 was already imported.</source>
        <translation>%1 已导入过。</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>已导入 %1（%2）。</translation>
    </message>
    <message>
        <source>The batch could not be judged: %1</source>
        <translation>无法评判批次：%1</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; under %2 instead of %3:</source>
        <translation>批次“%1”按 %2 而非 %3 评判：</translation>
    </message>
    <message>
        <source>now passes</source>
        <translation>现在通过</translation>
    </message>
    <message>
        <source>now fails</source>
        <translation>现在不通过</translation>
    </message>
    <message>
        <source>No resource changes its verdict.</source>
        <translation>没有资源的评判结果发生变化。</translation>
    </message>
    <message>
        <source>What the profiles differ in:</source>
        <translation>两个报送方案的差异：</translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) were never checked and are not part of this list.</source>
        <translation>
            <numerusform>%n 个媒体文件从未检查过，不在此列表中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch keeps its profile: %1</source>
        <translation>批次保留其报送方案：%1</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; is now judged by %2.</source>
        <translation>批次“%1”现在按 %2 评判。</translation>
    </message>
</context>
<context>
    <name>RegistrationCommand</name>
    <message>
        <source>The contact registration form: set fields, attach the stamped scan, write the PDF or e-mail draft.</source>
        <translation>报送负责人信息登记表：填写字段、附加盖章扫描件、生成 PDF 或邮件草稿。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Attach the scan or photo of the stamped form (JPEG, PNG or PDF).</source>
        <translation>附加盖章登记表的扫描件或照片（JPEG、PNG 或 PDF）。</translation>
    </message>
    <message>
        <source>Write the printable form (A4) to this PDF file.</source>
        <translation>将可打印的登记表（A4）写入此 PDF 文件。</translation>
    </message>
    <message>
        <source>Write the e-mail draft to the profile&apos;s mailbox to this .eml file.</source>
        <translation>将发往报送方案指定邮箱的邮件草稿写入此 .eml 文件。</translation>
    </message>
    <message>
        <source>registration: give exactly one WORKSPACE</source>
        <translation>registration：请指定且仅指定一个 WORKSPACE</translation>
    </message>
    <message>
        <source>registration: %1</source>
        <translation>registration：%1</translation>
    </message>
    <message>
        <source>registration: nothing was stored</source>
        <translation>registration：未保存任何内容</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation>发送至：%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>registration: incomplete: %1</source>
        <translation>registration：信息不完整：%1</translation>
    </message>
</context>
<context>
    <name>RegistrationDeadline</name>
    <message>
        <source>%1: no registration deadline in profile %2</source>
        <translation>%1：报送方案 %2 中没有登记截止日期</translation>
    </message>
    <message numerus="yes">
        <source>%1: registration deadline %2: OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>%1：登记截止日期 %2：已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: registration deadline %2: due today</source>
        <translation>%1：登记截止日期 %2：今天截止</translation>
    </message>
    <message numerus="yes">
        <source>%1: registration deadline %2: %n day(s) left</source>
        <translation>
            <numerusform>%1：登记截止日期 %2：还剩 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>e.g. 北京市教育委员会</source>
        <translation>例如：北京市教育委员会</translation>
    </message>
    <message>
        <source>e.g. 处长</source>
        <translation>例如：处长</translation>
    </message>
    <message>
        <source>e.g. 010-66096459 or 0755-12345678-801</source>
        <translation>例如：010-66096459 或 0755-12345678-801</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如：138 0013 8000</translation>
    </message>
    <message>
        <source>e.g. name@example.edu.cn</source>
        <translation>例如：name@example.edu.cn</translation>
    </message>
    <message>
        <source>Contact registration form</source>
        <translation>报送负责人信息登记表</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fill in the form, print it, have it stamped, attach the scan of the stamped form and send it to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;请填写登记表并打印、加盖公章，附上盖章后的扫描件，发送至 &lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Attach stamped scan…</source>
        <translation>附加盖章扫描件…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>发送…</translation>
    </message>
    <message>
        <source>Cannot read the unit: %1</source>
        <translation>无法读取单位信息：%1</translation>
    </message>
    <message>
        <source>Stamped scan: none attached yet (the unstamped PDF will be sent).</source>
        <translation>盖章扫描件：尚未附加（将发送未盖章的 PDF）。</translation>
    </message>
    <message>
        <source>Stamped scan: %1 — the file is missing; attach it again.</source>
        <translation>盖章扫描件：%1 — 文件已丢失，请重新附加。</translation>
    </message>
    <message>
        <source>Stamped scan: %1</source>
        <translation>盖章扫描件：%1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Export the form as PDF</source>
        <translation>将登记表导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Attach the scan or photo of the stamped form</source>
        <translation>附加盖章登记表的扫描件或照片</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>扫描件和照片 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach stamped scan</source>
        <translation>附加盖章扫描件</translation>
    </message>
    <message>
        <source>Send the registration form</source>
        <translation>发送登记表</translation>
    </message>
    <message>
        <source>The form is not complete:

%1

Send it anyway?</source>
        <translation>登记表尚未填写完整：

%1

仍要发送吗？</translation>
    </message>
    <message>
        <source>No scan of the stamped form is attached; the unstamped PDF would be sent. The notice asks for the stamped form.

Send the unstamped form anyway?</source>
        <translation>未附加盖章登记表的扫描件，将发送未盖章的 PDF。通知要求提交盖章的登记表。

仍要发送未盖章的登记表吗？</translation>
    </message>
    <message>
        <source>No mail client opened the draft. Open %1 in your mail client, or send the form to %2 yourself.</source>
        <translation>没有邮件客户端打开该草稿。请在邮件客户端中打开 %1，或自行将登记表发送至 %2。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The form was saved as %1</source>
        <translation>登记表已保存为 %1</translation>
    </message>
    <message>
        <source>The e-mail draft was saved as %1</source>
        <translation>邮件草稿已保存为 %1</translation>
    </message>
    <message>
        <source>Province/unit &amp;name (省(区、市)/单位名称)</source>
        <translation>省(区、市)/单位名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Responsible person (负责人姓名)</source>
        <translation>负责人姓名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Position (职务)</source>
        <translation>职务(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Landline (座机)</source>
        <translation>座机(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Mobile (手机)</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;E-mail (电子邮箱)</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
</context>
<context>
    <name>RegistrationMail</name>
    <message>
        <source>profile %1 names no mailbox for the registration form</source>
        <translation>报送方案 %1 未指定接收登记表的邮箱</translation>
    </message>
    <message>
        <source>cannot read the stamped scan %1: %2</source>
        <translation>无法读取盖章扫描件 %1：%2</translation>
    </message>
</context>
<context>
    <name>RegistrationPdf</name>
    <message>
        <source>no CJK font that keeps Chinese text searchable in PDF: install fonts-arphic-uming or fonts-wqy-zenhei</source>
        <translation>没有能让 PDF 中的中文保持可搜索的 CJK 字体：请安装 fonts-arphic-uming 或 fonts-wqy-zenhei</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>无法启动 PDF 生成程序</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RelinkCommand</name>
    <message>
        <source>Find attached files that have moved in a folder and re-link them (by name, size and content).</source>
        <translation>在文件夹中查找已移动的附加文件并重新关联（按名称、大小和内容）。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>The folder to search (with its subfolders).</source>
        <translation>要搜索的文件夹（包括其子文件夹）。</translation>
    </message>
    <message>
        <source>Report what would be re-linked; change nothing.</source>
        <translation>报告将会重新关联哪些文件；不做任何更改。</translation>
    </message>
    <message>
        <source>relink: give one WORKSPACE and --search DIR</source>
        <translation>relink：请指定一个 WORKSPACE 和 --search DIR</translation>
    </message>
    <message>
        <source>relink: %1</source>
        <translation>relink：%1</translation>
    </message>
    <message>
        <source>re-linked: %1 -&gt; %2 (%3)</source>
        <translation>已重新关联：%1 -&gt; %2（%3）</translation>
    </message>
    <message>
        <source>still missing: %1 (%2)</source>
        <translation>仍然缺失：%1（%2）</translation>
    </message>
    <message>
        <source>the search stopped early: %1</source>
        <translation>搜索提前停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) looked at</source>
        <translation>
            <numerusform>已查看 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-linked</source>
        <translation>
            <numerusform>%n 个已重新关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still missing</source>
        <translation>
            <numerusform>%n 个仍然缺失</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing changed (--dry-run).</source>
        <translation>；未做任何更改（--dry-run）。</translation>
    </message>
</context>
<context>
    <name>RelinkController</name>
    <message>
        <source>&amp;Locate Missing Files…</source>
        <translation>查找缺失文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Find attached files that were moved to another folder or disk, and link them again</source>
        <translation>查找已移动到其他文件夹或磁盘的附加文件，并重新关联</translation>
    </message>
</context>
<context>
    <name>RelinkDialog</name>
    <message>
        <source>Locate Missing Files</source>
        <translation>查找缺失文件</translation>
    </message>
    <message>
        <source>When attached files have moved (a folder renamed, or copied to another disk), choose the folder they are in now. Every missing file found there is linked again; a file is only taken when its name and size match and, if several look alike, its content.</source>
        <translation>如果附加文件已被移动（文件夹改名，或复制到了另一块磁盘），请选择这些文件现在所在的文件夹。在其中找到的每个缺失文件都会重新关联；只有名称和大小一致的文件才会被采用，如果有多个相似的文件，还会比较内容。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Search and Re-link</source>
        <translation>搜索并重新关联</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Undo Re-linking</source>
        <translation>撤销重新关联</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The attached files could not be read: %1</source>
        <translation>无法读取附加文件：%1</translation>
    </message>
    <message>
        <source>No attached file is missing.</source>
        <translation>没有缺失的附加文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) cannot be found where they were.</source>
        <translation>
            <numerusform>%n 个附加文件在原位置找不到。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder with the Moved Files</source>
        <translation>已移动文件所在的文件夹</translation>
    </message>
    <message>
        <source>Choose the folder to search first.</source>
        <translation>请先选择要搜索的文件夹。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n file(s) looked at</source>
        <translation>
            <numerusform>正在搜索… 已查看 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止。未做任何更改。</translation>
    </message>
    <message>
        <source>The files could not be re-linked; nothing was changed. %1</source>
        <translation>无法重新关联文件；未做任何更改。%1</translation>
    </message>
    <message>
        <source>re-linked</source>
        <translation>已重新关联</translation>
    </message>
    <message>
        <source>Was: %1
Found by: %2</source>
        <translation>原位置：%1
查找依据：%2</translation>
    </message>
    <message>
        <source>still missing: %1</source>
        <translation>仍然缺失：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) re-linked</source>
        <translation>
            <numerusform>已重新关联 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still missing.</source>
        <translation>
            <numerusform>%n 个仍然缺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>The search stopped early (%1): choose a smaller folder for the rest.</source>
        <translation>搜索提前停止（%1）：请为其余文件选择一个较小的文件夹。</translation>
    </message>
    <message>
        <source>The re-linking could not be undone: %1</source>
        <translation>无法撤销重新关联：%1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n file(s) point to their old place again.</source>
        <translation>
            <numerusform>已撤销：%n 个文件重新指向原来的位置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceMediaCommand</name>
    <message>
        <source>Make compliant: %1</source>
        <translation>使之符合标准：%1</translation>
    </message>
    <message>
        <source>Replace media file with %1</source>
        <translation>用 %1 替换媒体文件</translation>
    </message>
    <message>
        <source>The media file could not be replaced again: %1</source>
        <translation>媒体文件无法再次替换：%1</translation>
    </message>
    <message>
        <source>The earlier media file could not be put back: %1</source>
        <translation>无法恢复先前的媒体文件：%1</translation>
    </message>
</context>
<context>
    <name>ReportDock</name>
    <message>
        <source>No batch selected.</source>
        <translation>未选择批次。</translation>
    </message>
    <message>
        <source>The batch is ready: no errors, no warnings.</source>
        <translation>批次已就绪：没有错误，也没有警告。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch report</source>
        <translation>批次报告</translation>
    </message>
    <message>
        <source>Checking the batch…</source>
        <translation>正在检查批次…</translation>
    </message>
    <message>
        <source>Not ready: %1, %2 — click a message to go to the field.</source>
        <translation>尚未就绪：%1，%2 — 点击消息可跳转到对应字段。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or link(s) not checked yet.</source>
        <translation>
            <numerusform>%n 个文件或课程链接尚未检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n file(s) or link(s) not checked yet. Media files are checked by themselves; check a link in the Media check panel.</source>
        <translation>
            <numerusform>尚未就绪：%n 个文件或课程链接尚未检查。媒体文件会自动检查；课程链接请在“媒体检查”面板中检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch is ready to export, with %n warning(s) — click a message to see it.</source>
        <translation>
            <numerusform>批次已就绪，可以导出，有 %n 个警告 — 点击消息可查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>%1
Suggested value: %2</source>
        <translation>%1
建议值：%2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>No resource selected</source>
        <translation>未选择资源</translation>
    </message>
    <message>
        <source>Choose a resource in the list to edit its metadata.</source>
        <translation>在列表中选择资源即可编辑其元数据。</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; required for this type</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; 此类型的必填项</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 · unknown type &quot;%2&quot;</source>
        <translation>%1 · 未知类型“%2”</translation>
    </message>
    <message>
        <source>Untitled resource #%1</source>
        <translation>未命名资源 #%1</translation>
    </message>
    <message>
        <source>Set your unit first.</source>
        <translation>请先设置您的单位。</translation>
    </message>
    <message>
        <source>Set up the unit…</source>
        <translation>设置单位…</translation>
    </message>
    <message>
        <source>%1 (from your unit)</source>
        <translation>%1（取自您的单位）</translation>
    </message>
</context>
<context>
    <name>ResourceRestorer</name>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back (its number is taken by a resource added since): %2</source>
        <translation>无法恢复“%1”（其编号已被之后添加的资源占用）：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back: %2</source>
        <translation>无法恢复“%1”：%2</translation>
    </message>
    <message>
        <source>the deleted resources cannot be put back: %1</source>
        <translation>无法恢复已删除的资源：%1</translation>
    </message>
</context>
<context>
    <name>ResourceStore</name>
    <message>
        <source>cannot add a resource to batch %1: %2</source>
        <translation>无法向批次 %1 添加资源：%2</translation>
    </message>
    <message>
        <source>there is no resource %1</source>
        <translation>资源 %1 不存在</translation>
    </message>
    <message>
        <source>cannot change the type of resource %1</source>
        <translation>无法更改资源 %1 的类型</translation>
    </message>
    <message>
        <source>cannot store %1 of resource %2: %3</source>
        <translation>无法保存资源 %2 的%1：%3</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 不是可读取的文件</translation>
    </message>
    <message>
        <source>cannot attach %1: %2</source>
        <translation>无法附加 %1：%2</translation>
    </message>
    <message>
        <source>there is no attached file %1</source>
        <translation>没有附件 %1</translation>
    </message>
    <message>
        <source>cannot start storing resource %1</source>
        <translation>无法开始保存资源 %1</translation>
    </message>
    <message>
        <source>cannot replace the %1 of resource %2: %3</source>
        <translation>无法替换资源 %2 的%1：%3</translation>
    </message>
    <message>
        <source>cannot read resource %1: %2</source>
        <translation>无法读取资源 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the field values: %1</source>
        <translation>无法读取字段值：%1</translation>
    </message>
    <message>
        <source>cannot read the attached files: %1</source>
        <translation>无法读取附件：%1</translation>
    </message>
    <message>
        <source>cannot read the resources of batch %1: %2</source>
        <translation>无法读取批次 %1 中的资源：%2</translation>
    </message>
    <message>
        <source>cannot count the resources of batch %1: %2</source>
        <translation>无法统计批次 %1 中的资源数：%2</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>媒体文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>incomplete (%n missing)</source>
        <translation>
            <numerusform>未完成（缺 %n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>complete (%n warning(s))</source>
        <translation>
            <numerusform>已完成（%n 个警告）</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
</context>
<context>
    <name>ResourceValidator</name>
    <message>
        <source>the resource type &quot;%1&quot; is not one of %2</source>
        <translation>资源类型“%1”不在 %2 之列</translation>
    </message>
    <message numerus="yes">
        <source>a %1 resource needs at least %n media file(s)</source>
        <translation>
            <numerusform>%1资源至少需要 %n 个媒体文件</numerusform>
        </translation>
    </message>
    <message>
        <source>the attached file %1 is missing</source>
        <translation>附件 %1 缺失</translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <source>%1: cannot remove (%2)</source>
        <translation>%1：无法删除（%2）</translation>
    </message>
    <message>
        <source>%1: cannot remove</source>
        <translation>%1：无法删除</translation>
    </message>
    <message>
        <source>%1: cannot write to the disk (%2)</source>
        <translation>%1：无法写入磁盘（%2）</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>Set metadata fields of a resource, validated as in the form.</source>
        <translation>设置资源的元数据字段，校验规则与表单相同。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Field ids and values, e.g. title=航空发动机原理.</source>
        <translation>字段 id 和值，例如 title=航空发动机原理。</translation>
    </message>
    <message>
        <source>The resource id (as printed by `add`).</source>
        <translation>资源 id（即 `add` 输出的 id）。</translation>
    </message>
    <message>
        <source>set: %1</source>
        <translation>set：%1</translation>
    </message>
    <message>
        <source>set: there is no resource %1</source>
        <translation>set：资源 %1 不存在</translation>
    </message>
    <message>
        <source>set: &quot;%1&quot; is not FIELD=VALUE</source>
        <translation>set：“%1”不是 FIELD=VALUE 格式</translation>
    </message>
    <message>
        <source>set: the profile has no field &quot;%1&quot;</source>
        <translation>set：报送方案中没有字段“%1”</translation>
    </message>
    <message>
        <source> (suggested: %1)</source>
        <translation>（建议：%1）</translation>
    </message>
    <message>
        <source>set: nothing was stored</source>
        <translation>set：未保存任何内容</translation>
    </message>
    <message>
        <source>Replace the resource&apos;s media file, keeping its metadata.</source>
        <translation>替换资源的媒体文件，保留其元数据。</translation>
    </message>
    <message>
        <source>set: usage: submitdesk-cli set WORKSPACE --resource ID [--file PATH] FIELD=VALUE…</source>
        <translation>set：用法：submitdesk-cli set WORKSPACE --resource ID [--file PATH] FIELD=VALUE…</translation>
    </message>
    <message>
        <source>media file: %1 (check: %2)</source>
        <translation>媒体文件：%1（检查：%2）</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: read error (%2)</source>
        <translation>%1：读取错误（%2）</translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <source>the sheet is empty</source>
        <translation>表格为空</translation>
    </message>
    <message>
        <source>the same resource as row %1</source>
        <translation>与第 %1 行是同一资源</translation>
    </message>
    <message>
        <source>the type cannot be changed from a sheet (%1 → %2)</source>
        <translation>不能通过表格更改类型（%1 → %2）</translation>
    </message>
    <message>
        <source>this field does not apply to a %1 resource</source>
        <translation>此字段不适用于%1资源</translation>
    </message>
    <message numerus="yes">
        <source>the sheet has %n problem(s); nothing was stored</source>
        <translation>
            <numerusform>表格有 %n 个问题；未保存任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>no resource of the batch has the number &quot;%1&quot;</source>
        <translation>批次中没有序号为“%1”的资源</translation>
    </message>
    <message>
        <source>no resource of the batch has the media file &quot;%1&quot;</source>
        <translation>批次中没有媒体文件为“%1”的资源</translation>
    </message>
    <message>
        <source>%1 resources have a media file &quot;%2&quot;; fill in the &quot;%3&quot; column to say which</source>
        <translation>有 %1 个资源的媒体文件为“%2”；请填写“%3”列以指明是哪一个</translation>
    </message>
    <message>
        <source>the files &quot;%1&quot; belong to different resources</source>
        <translation>文件“%1”属于不同的资源</translation>
    </message>
    <message>
        <source>the sheet has no &quot;%1&quot; column (an older export): rows are matched by &quot;%2&quot;, which changes when resources are added, deleted or retyped after the export; check each change</source>
        <translation>表格中没有“%1”列（旧版导出的表格）：将按“%2”匹配各行，但导出后如有资源被添加、删除或更改类型，“%2”会随之变化；请逐项核对修改</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing: the long values of &quot;%2&quot; would be cut short</source>
        <translation>缺少“%1”列：“%2”中较长的值会被截断</translation>
    </message>
    <message>
        <source>neither a key, a number nor a media file name to match the row to a resource</source>
        <translation>既没有资源键、编号，也没有媒体文件名，无法将此行对应到资源</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource key as exported; leave the cell as it was, or clear it to match the row by &quot;%2&quot;</source>
        <translation>“%1”不是导出时生成的资源键；请保持该单元格原样，或将其清空以按“%2”匹配此行</translation>
    </message>
    <message>
        <source>the resource this row was exported from (key %1) is no longer in the batch: it was deleted or moved; delete the row</source>
        <translation>此行对应的资源（资源键 %1）已不在该批次中：它已被删除或移走；请删除此行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media file of the resource the &quot;%2&quot; column names (%3); the row is not applied</source>
        <translation>“%1”不是“%2”列所指资源的媒体文件（%3）；此行未应用</translation>
    </message>
    <message>
        <source>it has no media file</source>
        <translation>该资源没有媒体文件</translation>
    </message>
    <message>
        <source>the value goes on in &quot;%1&quot; but its first part here is empty</source>
        <translation>该值在“%1”中有后续部分，但此处的第一部分为空</translation>
    </message>
    <message>
        <source>the cell is empty but the stored value (%1 characters) is longer than a spreadsheet cell holds: it is kept; clear it in SubmitDesk if that is what you mean</source>
        <translation>单元格为空，但已保存的值（%1 个字符）超出了电子表格单元格的容量：已保留原值；如确实要清空，请在 SubmitDesk 中清除</translation>
    </message>
    <message>
        <source>the sheet has no &quot;%1&quot;, &quot;%2&quot; or &quot;%3&quot; column to match rows to resources</source>
        <translation>表格中没有可将各行对应到资源的“%1”“%2”或“%3”列</translation>
    </message>
</context>
<context>
    <name>StampedScan</name>
    <message>
        <source>cannot read the stamped scan %1: %2</source>
        <translation>无法读取盖章扫描件 %1：%2</translation>
    </message>
    <message>
        <source>the stamped scan %1 is %2 MB; at most %3 MB fit in an e-mail, scan at a lower resolution</source>
        <translation>盖章扫描件 %1 大小为 %2 MB；邮件最多只能容纳 %3 MB，请以较低分辨率扫描</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file (checked by content)</source>
        <translation>%1 不是 JPEG、PNG 或 PDF 文件（按文件内容检查）</translation>
    </message>
</context>
<context>
    <name>StreamVerifier</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be read at byte %2 (it may have been shortened).</source>
        <translation>无法在第 %2 字节处读取 %1（文件可能已变短）。</translation>
    </message>
    <message>
        <source>%1: fingerprint %2, the export recorded %3 (the file changed since it was hashed for the manifest)</source>
        <translation>%1：指纹为 %2，导出时记录的是 %3（文件在为清单计算校验值之后被改动过）</translation>
    </message>
    <message>
        <source>%1: sha256 %2, the package&apos;s manifest says %3</source>
        <translation>%1：sha256 为 %2，但资源包清单记录的是 %3</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>%1: a category has no name</source>
        <translation>%1：有分类没有名称</translation>
    </message>
</context>
<context>
    <name>TechnicalFindings</name>
    <message>
        <source>%1: the link was not checked yet. Check it in the Media check panel.</source>
        <translation>%1：课程链接尚未检查。请在“媒体检查”面板中检查。</translation>
    </message>
    <message>
        <source>%1: not checked yet against the technical standard; the check runs by itself.</source>
        <translation>%1：尚未按技术标准检查；检查会自动进行。</translation>
    </message>
    <message>
        <source>%1: %2 does not meet the standard. %3</source>
        <translation>%1：%2 不符合标准。%3</translation>
    </message>
    <message>
        <source>(The file has %1; the standard wants %2.)</source>
        <translation>（文件为 %1；标准要求 %2。）</translation>
    </message>
    <message>
        <source>Course address answers</source>
        <translation>课程地址可访问</translation>
    </message>
    <message>
        <source>Encrypted connection (https)</source>
        <translation>加密连接（https）</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the course address.</source>
        <translation>无法访问 %1。请检查课程地址。</translation>
    </message>
    <message>
        <source>%1 cannot be read. Replace it with a copy that plays, or export it again from the original.</source>
        <translation>无法读取 %1。请换用能正常播放的副本，或从原始素材重新导出。</translation>
    </message>
    <message>
        <source>Check the course address and the platform&apos;s protection level and filing number.</source>
        <translation>请检查课程地址，以及平台的等级保护级别和备案号。</translation>
    </message>
    <message>
        <source>Choose Fix… in the Media check panel, or export the file again from the original.</source>
        <translation>请在“媒体检查”面板中选择“修复…”，或从原始素材重新导出该文件。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正方法：%1</translation>
    </message>
    <message>
        <source>Protection level</source>
        <translation>等级保护级别</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案号</translation>
    </message>
</context>
<context>
    <name>TechnicalSpec</name>
    <message>
        <source>a positive number</source>
        <translation>一个正数</translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation>一个正整数</translation>
    </message>
    <message>
        <source>a whole number ≥ 0</source>
        <translation>一个 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>a non-empty list of strings</source>
        <translation>一个非空的字符串列表</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>一个字符串列表</translation>
    </message>
    <message>
        <source>a non-empty list of positive numbers</source>
        <translation>一个非空的正数列表</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>一个非空字符串</translation>
    </message>
    <message>
        <source>one of pass, warning, fail</source>
        <translation>pass、warning、fail 之一</translation>
    </message>
    <message>
        <source>an object {&quot;zh&quot;: …, &quot;en&quot;: …}</source>
        <translation>一个对象 {&quot;zh&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>a ratio such as 16:9</source>
        <translation>一个比例，例如 16:9</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>unknown key (expected one of: zh, en)</source>
        <translation>未知的键（应为以下之一：zh、en）</translation>
    </message>
    <message>
        <source>is missing (expected %1)</source>
        <translation>缺失（应为%1）</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>未知的键（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>is below %1 (%2)</source>
        <translation>低于 %1（%2）</translation>
    </message>
    <message>
        <source>is missing (exact_long and exact_short go together)</source>
        <translation>缺失（exact_long 与 exact_short 必须同时给出）</translation>
    </message>
    <message>
        <source>%1 is below min (%2)</source>
        <translation>%1 低于 min（%2）</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的规则“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>is missing (expected an object: the rule is listed in rules)</source>
        <translation>缺失（应为对象：该规则已列在 rules 中）</translation>
    </message>
    <message>
        <source>unknown key (expected rules or one of: %1)</source>
        <translation>未知的键（应为 rules 或以下之一：%1）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; for %2 media</source>
        <translation>%2 媒体没有“%1”这条规则</translation>
    </message>
    <message>
        <source>is missing (a resource type has %1 media)</source>
        <translation>缺失（有资源类型使用 %1 媒体）</translation>
    </message>
    <message>
        <source>is missing (expected an object with max_redirects and timeout_ms)</source>
        <translation>缺失（应为包含 max_redirects 和 timeout_ms 的对象）</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>unknown key (expected one of: video, audio, link, document)</source>
        <translation>未知键（应为 video、audio、link、document 之一）</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with byte order mark)</source>
        <translation>UTF-8（带字节顺序标记）</translation>
    </message>
    <message>
        <source>%1 (Unicode, as Notepad saves it)</source>
        <translation>%1（Unicode，记事本保存的格式）</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows, as Excel or WPS saves it)</source>
        <translation>GB18030（中文 Windows，Excel 或 WPS 保存的格式）</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>no token is stored for &quot;%1&quot;</source>
        <translation>没有为“%1”保存令牌</translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation>系统密钥环无响应：%1</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>此版本不支持系统密钥环</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1). The token is kept only until SubmitDesk closes; you will be asked again next time.</source>
        <translation>系统密钥环无响应（%1）。令牌仅保留到 SubmitDesk 关闭；下次会再次询问。</translation>
    </message>
</context>
<context>
    <name>TusAccount</name>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>无法从 %1 读取证书。</translation>
    </message>
</context>
<context>
    <name>TusTransfer</name>
    <message>
        <source>%1 could not be read at byte %2 (it may have been shortened).</source>
        <translation>无法在第 %2 字节处读取 %1（文件可能已变短）。</translation>
    </message>
</context>
<context>
    <name>UnitCommand</name>
    <message>
        <source>Show or set the submitting unit and its responsible person.</source>
        <translation>显示或设置报送单位及其负责人。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>省(区、市)/单位名称: the unit&apos;s name.</source>
        <translation>省(区、市)/单位名称：单位的名称。</translation>
    </message>
    <message>
        <source>负责人姓名: the responsible person.</source>
        <translation>负责人姓名：报送负责人。</translation>
    </message>
    <message>
        <source>职务: the person&apos;s position.</source>
        <translation>职务：负责人的职务。</translation>
    </message>
    <message>
        <source>座机: landline with area code, e.g. 010-66096459.</source>
        <translation>座机：带区号的固定电话，例如 010-66096459。</translation>
    </message>
    <message>
        <source>手机: mobile number, e.g. 13800138000.</source>
        <translation>手机：手机号码，例如 13800138000。</translation>
    </message>
    <message>
        <source>电子邮箱: e-mail address.</source>
        <translation>电子邮箱：电子邮件地址。</translation>
    </message>
    <message>
        <source>unit: give exactly one WORKSPACE</source>
        <translation>unit：请指定且仅指定一个 WORKSPACE</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>unit：%1</translation>
    </message>
    <message>
        <source>unit: nothing was stored</source>
        <translation>unit：未保存任何内容</translation>
    </message>
</context>
<context>
    <name>UnitStore</name>
    <message>
        <source>cannot store the unit: %1</source>
        <translation>无法保存单位信息：%1</translation>
    </message>
    <message>
        <source>unknown unit field &quot;%1&quot;</source>
        <translation>未知的单位字段“%1”</translation>
    </message>
    <message>
        <source>cannot store %1 of unit %2: %3</source>
        <translation>无法保存单位 %2 的%1：%3</translation>
    </message>
    <message>
        <source>cannot store the unit: %1 &quot;%2&quot; contains control characters (%3)</source>
        <translation>无法保存单位信息：%1“%2”包含控制字符（%3）</translation>
    </message>
    <message>
        <source>cannot read the units: %1</source>
        <translation>无法读取单位信息：%1</translation>
    </message>
    <message>
        <source>cannot read unit %1: %2</source>
        <translation>无法读取单位 %1：%2</translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Upload a batch&apos;s package to a tus server; resumes where it stopped.</source>
        <translation>将批次的报送包上传到 tus 服务器；可从中断处继续上传。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>The batch to upload.</source>
        <translation>要上传的批次。</translation>
    </message>
    <message>
        <source>An upload target from the settings.</source>
        <translation>设置中的上传目标。</translation>
    </message>
    <message>
        <source>The tus endpoint URL (instead of a target).</source>
        <translation>tus 端点 URL（代替上传目标）。</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Read the token from the first line of standard input.</source>
        <translation>从标准输入的第一行读取令牌。</translation>
    </message>
    <message>
        <source>Files sent at once (default 2).</source>
        <translation>同时上传的文件数（默认 2）。</translation>
    </message>
    <message>
        <source>Bandwidth limit for all files, KiB/s.</source>
        <translation>所有文件的带宽上限，单位 KiB/s。</translation>
    </message>
    <message>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的证书颁发机构。</translation>
    </message>
    <message>
        <source>Allow plain http to another computer (unprotected).</source>
        <translation>允许使用明文 http 连接其他计算机（不受保护）。</translation>
    </message>
    <message>
        <source>Fixed chunk size in KiB (default: adapts).</source>
        <translation>固定分块大小，单位 KiB（默认：自动调整）。</translation>
    </message>
    <message>
        <source>Seconds without progress before a request is retried.</source>
        <translation>无进度多少秒后重试请求。</translation>
    </message>
    <message>
        <source>Retries per trouble (default 10).</source>
        <translation>每次出错的重试次数（默认 10）。</translation>
    </message>
    <message>
        <source>Seconds to wait for the network before giving up.</source>
        <translation>等待网络恢复的秒数，超时则放弃。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在 stderr 上显示进度。</translation>
    </message>
    <message>
        <source>Upload this file as it is instead of the batch&apos;s package (repeatable; for scripts and benchmarks). The batch is created when missing and keeps the state.</source>
        <translation>按原样上传此文件，而不是批次的报送包（可重复使用；用于脚本和性能测试）。批次不存在时会自动创建，并保存上传状态。</translation>
    </message>
    <message>
        <source>give either --target NAME or --endpoint URL</source>
        <translation>请指定 --target NAME 或 --endpoint URL</translation>
    </message>
    <message>
        <source>no upload target named &quot;%1&quot; in the settings</source>
        <translation>设置中没有名为“%1”的上传目标</translation>
    </message>
    <message>
        <source>upload: no token from the keychain (%1); trying without</source>
        <translation>upload：无法从系统密钥环获取令牌（%1）；尝试不使用令牌</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>upload: give WORKSPACE and --batch NAME</source>
        <translation>upload：请指定 WORKSPACE 和 --batch NAME</translation>
    </message>
    <message>
        <source>upload: %1</source>
        <translation>upload：%1</translation>
    </message>
    <message>
        <source>Make (or check) the package the upload would send and list its files; send nothing.</source>
        <translation>制作（或检查）上传时要发送的报送包并列出其中的文件，不发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the package in %2 is ready to send (%n file(s)).</source>
        <translation>
            <numerusform>%1：%2 中的报送包已可发送（%n 个文件）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <source>Choose a batch first.</source>
        <translation>请先选择批次。</translation>
    </message>
    <message>
        <source>Upload batch</source>
        <translation>上传批次</translation>
    </message>
    <message>
        <source>Upload &quot;%1&quot; to:</source>
        <translation>将“%1”上传到：</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>The token for %1:</source>
        <translation>%1 的令牌：</translation>
    </message>
    <message>
        <source>Uploading &quot;%1&quot;…</source>
        <translation>正在上传“%1”…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being uploaded already: wait until it is done, or pause it first.</source>
        <translation>“%1”正在上传：请等待上传完成，或先暂停。</translation>
    </message>
    <message>
        <source>Another batch is being prepared: wait until it is queued, or cancel it.</source>
        <translation>另一个批次正在准备：请等待它进入队列，或取消它。</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>请先打开一个工作区。</translation>
    </message>
    <message>
        <source>Preparing the package of &quot;%1&quot;…</source>
        <translation>正在准备“%1”的报送包…</translation>
    </message>
    <message>
        <source>Preparing &quot;%1&quot; was cancelled; nothing was queued.</source>
        <translation>已取消准备“%1”，没有文件加入队列。</translation>
    </message>
    <message numerus="yes">
        <source>The batch &quot;%1&quot; cannot be uploaded yet: %n problem(s) in its descriptions need fixing first. The batch report lists them.</source>
        <translation>
            <numerusform>批次“%1”暂不能上传：其描述信息中有 %n 个问题需要先修正。批次报告列出了这些问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; cannot be uploaded yet: some of its media files or links do not meet the standard. Check and fix them first; Details name them.</source>
        <translation>批次“%1”暂不能上传：其中有媒体文件或课程链接不符合标准。请先检查并修正；“详情”中列出了它们。</translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; cannot be uploaded: its package could not be prepared. Details tell why.</source>
        <translation>批次“%1”无法上传：未能准备好报送包。原因见“详情”。</translation>
    </message>
</context>
<context>
    <name>UploadError</name>
    <message>
        <source>The server no longer knows this upload (it expired or was removed); it starts again.</source>
        <translation>服务器已不再识别此次上传（已过期或被删除）；将重新开始上传。</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>文件超过服务器允许的大小。</translation>
    </message>
    <message>
        <source>The server has a different amount of the file than expected; the upload continues from where the server is.</source>
        <translation>服务器上已有的文件数据量与预期不同；将从服务器上的进度继续上传。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address and the network.</source>
        <translation>找不到服务器名称。请检查地址和网络。</translation>
    </message>
    <message>
        <source>The server&apos;s secure connection could not be verified (certificate problem). Nothing was sent.</source>
        <translation>无法验证服务器的安全连接（证书问题）。未发送任何内容。</translation>
    </message>
    <message>
        <source>The connection to the server failed or was cut; trying again.</source>
        <translation>与服务器的连接失败或中断；正在重试。</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n second(s); trying again.</source>
        <translation>
            <numerusform>服务器已 %n 秒无响应；正在重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The address uses plain http to another computer (%1): the token and the files would travel unprotected. Use https, or allow plain http explicitly.</source>
        <translation>该地址使用明文 http 连接其他计算机（%1）：令牌和文件将在无保护的情况下传输。请使用 https，或明确允许明文 http。</translation>
    </message>
    <message>
        <source>The file to upload cannot be read or has changed.</source>
        <translation>要上传的文件无法读取或已被更改。</translation>
    </message>
    <message>
        <source>The server did not accept the user name or token. Check the upload target&apos;s token.</source>
        <translation>服务器不接受该用户名或令牌。请检查上传目标的令牌。</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (at most %1).</source>
        <translation>文件超出服务器接受的大小（最多 %1）。</translation>
    </message>
    <message>
        <source>A piece of the file arrived damaged; it is sent again.</source>
        <translation>文件的一部分在传输中损坏，正在重新发送。</translation>
    </message>
    <message>
        <source>The server is still busy with this file; waiting and trying again.</source>
        <translation>服务器仍在处理此文件；稍候将重试。</translation>
    </message>
    <message>
        <source>The server asks to slow down; waiting and trying again.</source>
        <translation>服务器要求放慢速度；稍候将重试。</translation>
    </message>
    <message>
        <source>The server has a problem of its own; waiting and trying again.</source>
        <translation>服务器自身出现问题；稍候将重试。</translation>
    </message>
    <message>
        <source>The server refused the file.</source>
        <translation>服务器拒绝了此文件。</translation>
    </message>
    <message>
        <source>The server does not answer like an upload server. Check the upload target&apos;s address.</source>
        <translation>该服务器的应答不像上传服务器。请检查上传目标的地址。</translation>
    </message>
    <message>
        <source>The server refuses to tell how much of the file it already has, so the upload cannot continue safely. Show the Details to the receiver&apos;s technicians.</source>
        <translation>服务器拒绝告知已收到文件的多少内容，因此无法安全地继续上传。请将“详情”提供给接收方的技术人员。</translation>
    </message>
    <message>
        <source>This file changed after the package was made, so it was not sent in full. The package will be made again when you start the upload again.</source>
        <translation>报送包做好之后这个文件被改动过，因此没有完整发送。再次开始上传时会重新制作报送包。</translation>
    </message>
</context>
<context>
    <name>UploadPreparation</name>
    <message>
        <source>Preparing the package of &quot;%1&quot;: checking file %2 of %3</source>
        <translation>正在准备“%1”的报送包：正在检查第 %2 个文件，共 %3 个</translation>
    </message>
    <message>
        <source>Preparing the package of &quot;%1&quot;: %2 of %3 files, %4 of %5</source>
        <translation>正在准备“%1”的报送包：%2 / %3 个文件，%4 / %5</translation>
    </message>
    <message>
        <source>Checking the earlier package of &quot;%1&quot; again: %2 of %3</source>
        <translation>正在重新检查“%1”先前的报送包：%2 / %3</translation>
    </message>
    <message>
        <source>Preparing the package of &quot;%1&quot;…</source>
        <translation>正在准备“%1”的报送包…</translation>
    </message>
</context>
<context>
    <name>UploadProgressLine</name>
    <message>
        <source>
upload: the network is away; waiting for it to come back</source>
        <translation>
upload：网络已断开；正在等待网络恢复</translation>
    </message>
    <message>
        <source>
upload: the network is back; resuming</source>
        <translation>
upload：网络已恢复；继续上传</translation>
    </message>
    <message>
        <source>%1/%2 files  %3 / %4  %5/s  ETA %6</source>
        <translation>%1/%2 个文件  %3 / %4  %5/s  剩余时间 %6</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1; the server acknowledged every one.</source>
        <translation>
            <numerusform>已上传 %n 个文件，%1；服务器已确认全部接收。</numerusform>
        </translation>
    </message>
    <message>
        <source>upload: %1 of %2 files acknowledged; %3 failed. Run the same command again to resume.</source>
        <translation>upload：%2 个文件中已确认 %1 个；%3 个失败。再次运行同一命令即可继续上传。</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Waiting for the network.</source>
        <translation>正在等待网络。</translation>
    </message>
    <message>
        <source>The network did not come back in time.</source>
        <translation>网络未能及时恢复。</translation>
    </message>
</context>
<context>
    <name>UploadStore</name>
    <message>
        <source>cannot store the upload state: %1</source>
        <translation>无法保存上传状态：%1</translation>
    </message>
    <message>
        <source>cannot read the upload state: %1</source>
        <translation>无法读取上传状态：%1</translation>
    </message>
    <message>
        <source>cannot read the upload history: %1</source>
        <translation>无法读取上传历史：%1</translation>
    </message>
</context>
<context>
    <name>UploadTargetDialog</name>
    <message>
        <source>Upload targets</source>
        <translation>上传目标</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>请为目标命名。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>令牌仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Saved; the token is in the system keychain.</source>
        <translation>已保存；令牌存放在系统密钥环中。</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address (tus endpoint):</source>
        <translation>地址（tus 端点）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>Own &amp;certificate authority (PEM file, optional):</source>
        <translation>自有证书颁发机构（PEM 文件，可选）(&amp;C)：</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to another computer (the token travels unprotected)</source>
        <translation>允许以明文 http 连接其他计算机（令牌将不受保护地传输）(&amp;H)</translation>
    </message>
</context>
<context>
    <name>UploadsDock</name>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Upload batch…</source>
        <translation>上传批次…</translation>
    </message>
    <message>
        <source>Upload targets…</source>
        <translation>上传目标…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The network is away: uploads are paused and continue by themselves when it is back.</source>
        <translation>网络已断开：上传已暂停，网络恢复后会自动继续。</translation>
    </message>
    <message>
        <source>The network is back: uploads continue.</source>
        <translation>网络已恢复：继续上传。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Nothing is being uploaded.</source>
        <translation>当前没有正在上传的内容。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 of %2 files received, %3 of %4, %5/s, time left: %6</source>
        <translation>已接收 %1/%2 个文件，%3/%4，%5/s，剩余时间：%6</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Pause the selected files</source>
        <translation>暂停所选文件</translation>
    </message>
    <message>
        <source>Resume the selected files</source>
        <translation>继续上传所选文件</translation>
    </message>
    <message>
        <source>Stop the selected files and remove what was sent of them from the server</source>
        <translation>停止所选文件，并从服务器删除已发送的部分</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>What was sent cannot be recorded in the workspace: if SubmitDesk is closed now, some files will be sent again.</source>
        <translation>无法在工作区中记录已发送的内容：如果现在关闭 SubmitDesk，部分文件将需要重新发送。</translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; was received completely.</source>
        <translation>批次“%1”已被完整接收。</translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; needs attention: some files could not be uploaded. The Problem column says why; select them and press Resume to try again.</source>
        <translation>批次“%1”需要处理：部分文件未能上传。“问题”列说明了原因；选中这些文件并按“继续”即可重试。</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>仅检查此批次。</translation>
    </message>
    <message>
        <source>validate: give exactly one WORKSPACE</source>
        <translation>validate：请指定且仅指定一个 WORKSPACE</translation>
    </message>
    <message>
        <source>validate: %1</source>
        <translation>validate：%1</translation>
    </message>
    <message>
        <source>validate: there is no batch &quot;%1&quot;</source>
        <translation>validate：批次“%1”不存在</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Check the metadata, media and links of every resource of a batch (or all batches).</source>
        <translation>检查批次（或全部批次）中每个资源的元数据、媒体文件和课程链接。</translation>
    </message>
    <message>
        <source>Check the metadata only, not the media files and links.</source>
        <translation>只检查元数据，不检查媒体文件和课程链接。</translation>
    </message>
    <message>
        <source>validate: batch &quot;%1&quot;: %2</source>
        <translation>validate：批次“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Batch &quot;%1&quot; (profile %2): %n resource(s)</source>
        <translation>
            <numerusform>批次“%1”（报送方案 %2）：%n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>正在检查 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>validate: a check result was not cached: %1</source>
        <translation>validate：检查结果未缓存：%1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: join the levels with the ASCII &quot;%2&quot;</source>
        <translation>%1：各级之间请用半角“%2”连接</translation>
    </message>
    <message>
        <source>%1: a level is empty in &quot;%2&quot; (e.g. %3)</source>
        <translation>%1：“%2”中有一级为空（例如 %3）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the category tree</source>
        <translation>%1：“%2”不在分类树中</translation>
    </message>
    <message>
        <source>%1 must be written yyyy-mm-dd, e.g. %2</source>
        <translation>%1必须写成 yyyy-mm-dd 格式，例如 %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a real calendar date</source>
        <translation>%1：%2 不是真实存在的日期</translation>
    </message>
    <message>
        <source>%1 %2 lies in the future (today is %3)</source>
        <translation>%1 %2 晚于今天（今天是 %3）</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (not &quot;%3&quot;)</source>
        <translation>%1必须是 %2 之一（而不是“%3”）</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist</source>
        <translation>%1：文件 %2 不存在</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a %4 picture</source>
        <translation>%1：%2 实际为 %3，不是 %4 图片</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>非图片文件</translation>
    </message>
    <message>
        <source>%1: %2 is damaged and cannot be read</source>
        <translation>%1：%2 已损坏，无法读取</translation>
    </message>
    <message>
        <source>%1 must be a whole number, e.g. %2</source>
        <translation>%1必须是整数，例如 %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1不能小于 %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1不能大于 %2</translation>
    </message>
    <message>
        <source>%1: separate items with the ASCII semicolon &quot;%2&quot;, not &quot;；&quot;, &quot;，&quot; or &quot;、&quot;</source>
        <translation>%1：各项之间请用半角分号“%2”分隔，不要用“；”“，”或“、”</translation>
    </message>
    <message>
        <source>%1: full-width parentheses （） will be written as ASCII ()</source>
        <translation>%1：全角括号（）将写为半角 ()</translation>
    </message>
    <message>
        <source>%1: item %2 is empty (two &quot;%3&quot; in a row, or one at the start or end)</source>
        <translation>%1：第 %2 项为空（连续出现两个“%3”，或开头、结尾有“%3”）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; each item needs %4 to %5</source>
        <translation>%1：“%2”有 %3 个字符；每项需要 %4 到 %5 个字符</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; does not have the expected form, e.g. %3</source>
        <translation>%1：“%2”格式不符合要求，例如 %3</translation>
    </message>
    <message>
        <source>%1 must be one line, without line breaks</source>
        <translation>%1必须为一行，不能换行</translation>
    </message>
    <message>
        <source>%1 contains only spaces</source>
        <translation>%1只有空格</translation>
    </message>
    <message>
        <source>%1 needs at least %2 characters (now %3)</source>
        <translation>%1至少需要 %2 个字符（当前 %3 个）</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters (now %3)</source>
        <translation>%1最多只能有 %2 个字符（当前 %3 个）</translation>
    </message>
    <message>
        <source>%1 does not have the expected form, e.g. %2</source>
        <translation>%1格式不符合要求，例如 %2</translation>
    </message>
    <message>
        <source>%1 begins or ends with spaces</source>
        <translation>%1开头或结尾有空格</translation>
    </message>
    <message>
        <source>%1 must be a full address such as %2</source>
        <translation>%1必须是完整地址，例如 %2</translation>
    </message>
    <message>
        <source>%1 must start with %2 (not %3)</source>
        <translation>%1必须以 %2 开头（而不是 %3）</translation>
    </message>
    <message>
        <source>%1 uses plain %2; browsers warn about it, use https if the platform offers it</source>
        <translation>%1使用的是普通 %2，浏览器会发出警告；如平台支持，请使用 https</translation>
    </message>
    <message>
        <source>%1 is not valid XML: %2</source>
        <translation>%1不是有效的 XML：%2</translation>
    </message>
    <message>
        <source>%1 does not follow the chapter form: %2</source>
        <translation>%1不符合章节格式：%2</translation>
    </message>
    <message>
        <source>%1 contains control characters (%2), which are not allowed</source>
        <translation>%1包含不允许使用的控制字符（%2）</translation>
    </message>
    <message>
        <source>%1: %2 is %3 pixels; at least %4×%5 are needed</source>
        <translation>%1：%2 为 %3 像素；至少需要 %4×%5</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not %4 in shape</source>
        <translation>%1：%2 的宽高比为 %3，不是 %4</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>The package: a .zip file or a bag folder.</source>
        <translation>报送包：.zip 文件或 bag 文件夹。</translation>
    </message>
    <message>
        <source>Skip re-validating the metadata against the profile.</source>
        <translation>不再按报送方案重新校验元数据。</translation>
    </message>
    <message>
        <source>verify: give exactly one PACKAGE</source>
        <translation>verify：请指定且仅指定一个 PACKAGE</translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation>verify：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid package%2, %n payload file(s)</source>
        <translation>
            <numerusform>%1：有效的报送包%2，%n 个载荷文件</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a submission package (folder or .zip): structure, checksums, metadata, media.</source>
        <translation>校验报送包（文件夹或 .zip）：结构、校验值、元数据、媒体。</translation>
    </message>
    <message>
        <source>Skip re-running the technical check of the media files.</source>
        <translation>不再重新对媒体文件进行技术检查。</translation>
    </message>
    <message>
        <source>Judge by this profile (a built-in id or a .json file) instead of the built-in one the package names.</source>
        <translation>按此报送方案（内置 id 或 .json 文件）判断，而不是按报送包中指定的内置报送方案。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify package</source>
        <translation>校验报送包</translation>
    </message>
    <message>
        <source>Zip file…</source>
        <translation>Zip 文件…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>报送包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>报送包文件夹</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>无法校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>Valid package%1: %n payload file(s)</source>
        <translation>
            <numerusform>有效的报送包%1：%n 个载荷文件</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The package to check: a .zip file or a folder</source>
        <translation>要校验的报送包：.zip 文件或文件夹</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>报送包(&amp;P)：</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>Unlisted file</source>
        <translation>未列出的文件</translation>
    </message>
    <message>
        <source>Content changed</source>
        <translation>内容已改变</translation>
    </message>
    <message>
        <source>Size summary</source>
        <translation>大小汇总</translation>
    </message>
    <message>
        <source>Unsafe name</source>
        <translation>不安全的名称</translation>
    </message>
    <message>
        <source>Names collide</source>
        <translation>名称冲突</translation>
    </message>
    <message>
        <source>Unreadable name</source>
        <translation>无法识别的名称</translation>
    </message>
    <message>
        <source>Package layout</source>
        <translation>报送包结构</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Technical standard</source>
        <translation>技术标准</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <source>the file has no sound</source>
        <translation>文件没有声音</translation>
    </message>
    <message>
        <source>sound in %1 cannot be decoded here</source>
        <translation>此处无法解码 %1 中的声音</translation>
    </message>
    <message>
        <source>the decoder does not accept this sound stream</source>
        <translation>解码器不接受此音频流</translation>
    </message>
    <message>
        <source>cannot convert this sound format</source>
        <translation>无法转换此音频格式</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Silence from %1 to %2 (%3 s)</source>
        <translation>静音：%1 至 %2（%3 秒）</translation>
    </message>
    <message>
        <source>Clipping (distorted loud sound) at %1</source>
        <translation>削波（响亮声音失真）：%1</translation>
    </message>
    <message>
        <source>Clipping (distorted loud sound) from %1 to %2</source>
        <translation>削波（响亮声音失真）：%1 至 %2</translation>
    </message>
</context>
<context>
    <name>WaveformCache</name>
    <message>
        <source>cannot cache the waveform of %1: %2</source>
        <translation>无法缓存 %1 的波形：%2</translation>
    </message>
</context>
<context>
    <name>WelcomeController</name>
    <message>
        <source>&amp;Welcome and Campaign Steps…</source>
        <translation>欢迎与征集活动步骤(&amp;W)…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>进度清单</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>进度清单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SubmitDesk</source>
        <translation>欢迎使用 SubmitDesk</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>What the campaign asks of you, step by step</source>
        <translation>征集活动对您的要求，逐步说明</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Everything you type is saved at once. You can skip this and fill in the unit later in the registration form.</source>
        <translation>您输入的所有内容都会立即保存。您可以跳过此步，稍后在登记表中填写单位信息。</translation>
    </message>
    <message>
        <source>Your unit and its responsible person</source>
        <translation>您的单位及负责人</translation>
    </message>
    <message>
        <source>As on the registration form; the form is filled in from these.</source>
        <translation>与登记表一致；登记表将根据这些信息填写。</translation>
    </message>
    <message>
        <source>Where your work is kept</source>
        <translation>工作保存位置</translation>
    </message>
    <message>
        <source>Everything is saved in this file, which you can back up or copy like any document:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>所有内容都保存在此文件中，您可以像备份或复制普通文档一样备份或复制它：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The checklist on the right of the window shows where your batch stands in these steps. Start with File ▸ Add Files or drop videos on the window.</source>
        <translation>窗口右侧的进度清单显示您的批次处于这些步骤中的哪一步。请从“文件 ▸ 添加文件”开始，或将视频拖放到窗口中。</translation>
    </message>
    <message>
        <source>The unit could not be saved: %1</source>
        <translation>单位信息无法保存：%1</translation>
    </message>
    <message>
        <source>Province/&amp;unit name:</source>
        <translation>省(区、市)/单位名称(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>负责人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Landline:</source>
        <translation>座机(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation>%1 是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SubmitDesk workspace (not an SQLite file)</source>
        <translation>%1 不是 SubmitDesk 工作区（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the copy must go to another file than the open workspace</source>
        <translation>副本必须保存到与当前工作区不同的文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>not a readable SQLite file: %1</source>
        <translation>不是可读取的 SQLite 文件：%1</translation>
    </message>
    <message>
        <source>this SQLite file belongs to another program (application id %1), not SubmitDesk</source>
        <translation>此 SQLite 文件属于其他程序（应用 id %1），不属于 SubmitDesk</translation>
    </message>
    <message>
        <source>this SQLite file holds another program&apos;s tables; it is not a SubmitDesk workspace</source>
        <translation>此 SQLite 文件包含其他程序的数据表；它不是 SubmitDesk 工作区</translation>
    </message>
    <message>
        <source>cannot set up the journal: %1</source>
        <translation>无法设置日志：%1</translation>
    </message>
    <message>
        <source>not a usable workspace: %1</source>
        <translation>不是可用的工作区：%1</translation>
    </message>
    <message>
        <source>%1 is not a workspace file</source>
        <translation>%1 不是工作区文件</translation>
    </message>
    <message>
        <source>the workspace is not at the current schema (%1); open it in SubmitDesk first</source>
        <translation>该工作区的数据结构不是当前版本（%1）；请先在 SubmitDesk 中打开它</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not a SubmitDesk workspace (not an SQLite file)</source>
        <translation>不是 SubmitDesk 工作区（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>this workspace was written by a newer SubmitDesk (schema %1; this version knows %2)</source>
        <translation>此工作区由较新版本的 SubmitDesk 写入（数据结构版本 %1；当前版本仅支持 %2）</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot open for reading only: %1</source>
        <translation>无法以只读方式打开：%1</translation>
    </message>
    <message>
        <source>cannot replace %1: it is a folder or a link, not a file</source>
        <translation>无法替换 %1：它是文件夹或链接，不是文件</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>cannot replace %1: the file cannot be removed</source>
        <translation>无法替换 %1：该文件无法删除</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: not an .xlsx file (%2)</source>
        <translation>%1：不是 .xlsx 文件（%2）</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation>%1：%2 大于 %3 字节</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3)</source>
        <translation>%1：无法读取 %2（%3）</translation>
    </message>
    <message>
        <source>%1: no first worksheet (xl/worksheets/sheet1.xml)</source>
        <translation>%1：没有第一个工作表（xl/worksheets/sheet1.xml）</translation>
    </message>
    <message>
        <source>%1: sheet1 row %2 is beyond the supported %3 rows</source>
        <translation>%1：sheet1 第 %2 行超出了支持的 %3 行</translation>
    </message>
    <message>
        <source>%1: sheet1 row %2: a value in column %3, beyond the header&apos;s %4 columns (at most %5 more are read)</source>
        <translation>%1：sheet1 第 %2 行：第 %3 列有值，超出了表头的 %4 列（最多再读取 %5 列）</translation>
    </message>
    <message>
        <source>%1: sheet1 row %2: a value in column %3, beyond the %4 columns read</source>
        <translation>%1：sheet1 第 %2 行：第 %3 列有值，超出了读取的 %4 列</translation>
    </message>
    <message>
        <source>%1: sheet1 row %2: more than %3 cells in all</source>
        <translation>%1：sheet1 第 %2 行：单元格总数超过 %3 个</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once</source>
        <translation>%1：%2 出现了多次</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
</context>
<context>
    <name>ZipSink</name>
    <message>
        <source>%1: cannot create the archive (%2)</source>
        <translation>%1：无法创建压缩包（%2）</translation>
    </message>
    <message>
        <source>%1: cannot add %2 (%3)</source>
        <translation>%1：无法添加 %2（%3）</translation>
    </message>
    <message>
        <source>%1: cannot write %2 (%3)</source>
        <translation>%1：无法写入 %2（%3）</translation>
    </message>
    <message>
        <source>%1: cannot finish %2 (%3)</source>
        <translation>%1：无法完成 %2（%3）</translation>
    </message>
    <message>
        <source>%1: cannot finish the archive</source>
        <translation>%1：无法完成压缩包</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <source>more bytes than the %1 announced</source>
        <translation>字节数超过了声明的 %1</translation>
    </message>
    <message>
        <source>%1 bytes written of %2</source>
        <translation>已写入 %1 字节，共 %2 字节</translation>
    </message>
    <message>
        <source>zlib cannot compress it</source>
        <translation>zlib 无法压缩它</translation>
    </message>
    <message>
        <source>its central directory</source>
        <translation>其中央目录</translation>
    </message>
    <message>
        <source>shorter than what was copied into it</source>
        <translation>比复制进去的内容短</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: submitdesk-cli VERB [options]

Verbs:
</source>
        <translation>用法：submitdesk-cli VERB [选项]

子命令：
</translation>
    </message>
    <message>
        <source>
Run `submitdesk-cli VERB --help` for a verb&apos;s options.
Exit codes: 0 clean, 1 problems found, 2 could not run.</source>
        <translation>
运行 `submitdesk-cli VERB --help` 查看子命令的选项。
退出码：0 无问题，1 发现问题，2 无法运行。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>submitdesk-cli: unknown verb &quot;%1&quot;</source>
        <translation>submitdesk-cli：未知子命令“%1”</translation>
    </message>
    <message>
        <source>Prepares learning resources for the lifelong-education platform.</source>
        <translation>为终身教育平台准备报送的学习资源。</translation>
    </message>
    <message>
        <source>The workspace file to open (*.submitdesk).</source>
        <translation>要打开的工作区文件（*.submitdesk）。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Quit once the main window is shown (checks that an installed copy starts).</source>
        <translation>主窗口显示后立即退出（用于检查已安装的程序能否启动）。</translation>
    </message>
</context>
</TS>
