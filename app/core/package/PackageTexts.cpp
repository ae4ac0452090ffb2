#include "package/PackageTexts.h"

using namespace Qt::StringLiterals;

namespace {
QHash<QString, QString> chinese()
{
    return {
        {u"Check report"_s, u"检查报告"_s},
        {u"Unit"_s, u"报送单位"_s},
        {u"Responsible person"_s, u"负责人"_s},
        {u"Batch"_s, u"批次"_s},
        {u"Profile"_s, u"报送规范"_s},
        {u"Created"_s, u"生成时间"_s},
        {u"Resources"_s, u"资源数"_s},
        {u"Errors / warnings"_s, u"错误 / 警告"_s},
        {u"Status"_s, u"状态"_s},
        {u"DRAFT: not ready for submission"_s, u"草稿：尚不能报送"_s},
        {u"Severity"_s, u"级别"_s},
        {u"Field"_s, u"字段"_s},
        {u"Finding"_s, u"检查结果"_s},
        {u"File"_s, u"文件"_s},
        {u"Bytes"_s, u"字节数"_s},
        {u"Technical check of %1"_s, u"%1 的技术检测"_s},
        {u"Link check of %1"_s, u"%1 的链接检测"_s},
        {u"checked %1"_s, u"检测于 %1"_s},
        {u"Rule"_s, u"规则"_s},
        {u"Expected"_s, u"要求"_s},
        {u"Actual"_s, u"实际"_s},
        {u"error"_s, u"错误"_s},
        {u"warning"_s, u"警告"_s},
        {u"info"_s, u"提示"_s},
        {u"pass"_s, u"通过"_s},
        {u"fail"_s, u"不通过"_s},
        {u"skipped"_s, u"未检测"_s},
        {u"unknown"_s, u"未知"_s},
    };
}
} // namespace

PackageTexts::PackageTexts(const QString &language)
{
    if (language.startsWith("zh"_L1)) {
        static const QHash<QString, QString> table = chinese();
        m_table = table;
        m_htmlLanguage = u"zh-CN"_s;
    } else {
        m_htmlLanguage = language.section(u'_', 0, 0);
    }
}
