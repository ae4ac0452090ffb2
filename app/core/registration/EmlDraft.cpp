#include "registration/EmlDraft.h"

#include "common/TextSafety.h"
#include "registration/ContactValidators.h"

#include <QFile>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}

// The display name of an address (RFC 5322 phrase): encoded words for non-ASCII text, a quoted string when
// it holds a special such as ':' or ',' (unquoted, "X Bcc: evil@example.com" would read as a group of
// addresses), otherwise as it is.
QByteArray displayName(const QString &name)
{
    if (!isPlainAscii(name))
        return EmlDraft::encodeHeaderText(name, 6);
    QByteArray out = name.toLatin1();
    static const QByteArray specials("()<>[]:;@\\,.\"");
    if (std::none_of(out.cbegin(), out.cend(), [&](char c) { return specials.contains(c); }))
        return out;
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    return '"' + out + '"';
}

// Base64 in lines of 76 characters, CRLF after each.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 38 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76);
        out += "\r\n";
    }
    return out;
}

// An RFC 2231 extended parameter (UTF-8, percent-encoded), split into numbered continuations
// (name*0*=…; name*1*=…) so that no header line passes 78 characters.
QByteArray rfc2231Param(const char *name, const QString &value)
{
    const QByteArray encoded = QUrl::toPercentEncoding(value, "!#$&+^`|~", "'()*%");
    QList<QByteArray> pieces;
    QByteArray piece = "UTF-8''";
    for (qsizetype i = 0; i < encoded.size();) {
        const qsizetype step = encoded.at(i) == '%' ? 3 : 1; // never split a %XX
        if (piece.size() + step > 56) {
            pieces.append(piece);
            piece.clear();
        }
        piece += encoded.mid(i, step);
        i += step;
    }
    pieces.append(piece);
    QByteArray out;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        out += i == 0 ? "\r\n " : ";\r\n ";
        out += QByteArray(name) + '*' + (pieces.size() > 1 ? QByteArray::number(i) + '*' : QByteArray()) +
               '=' + pieces.at(i);
    }
    return out;
}
} // namespace

QByteArray EmlDraft::asciiAddress(const QString &address)
{
    QString a;
    for (const QChar c : address)
        if (!TextSafety::isControl(c) && !c.isSpace() && !QStringView(u"<>,;").contains(c))
            a.append(c);
    const qsizetype at = a.lastIndexOf(u'@');
    if (at < 0)
        return a.toUtf8();
    const QByteArray domain = QUrl::toAce(a.mid(at + 1));
    return a.left(at).toUtf8() + '@' + (domain.isEmpty() ? a.mid(at + 1).toUtf8() : domain);
}

QByteArray EmlDraft::encodeHeaderText(const QString &text, int used)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Each encoded word is at most 75 characters: "=?UTF-8?B?" + 60 base64 + "?=" carries 45 bytes.
    // Words never split a UTF-8 sequence (RFC 2047 §5); they are separated by CRLF SP (folding).
    QByteArray out;
    QByteArray chunk;
    const int budgetFirst = qMax(6, ((76 - used - 12) / 4) * 3);
    int budget = qMin(45, budgetFirst);
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
        budget = 45;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > budget)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray EmlDraft::toBytes(const QByteArray &givenBoundary) const
{
    const QByteArray boundary = givenBoundary.isEmpty()
                                    ? "=_SubmitDesk_" + QUuid::createUuid().toByteArray(QUuid::Id128)
                                    : givenBoundary;
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();

    QByteArray m;
    m += "MIME-Version: 1.0\r\n";
    m += "Date: " + when.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    if (!fromAddress.trimmed().isEmpty()) {
        m += "From: ";
        const QString name = TextSafety::oneLine(fromName).trimmed();
        if (!name.isEmpty())
            m += displayName(name) + ' ';
        m += '<' + asciiAddress(fromAddress) + ">\r\n";
    }
    m += "To: <" + asciiAddress(toAddress) + ">\r\n";
    m += "Subject: " + encodeHeaderText(TextSafety::oneLine(subject), 9) + "\r\n";
    m += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@submitdesk.invalid>\r\n";
    m += "X-Unsent: 1\r\n";
    m += "X-Mailer: SubmitDesk\r\n";
    m += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n";
    m += "\r\n";
    m += "This is a multi-part message in MIME format.\r\n";

    QString text = body;
    text.replace("\r\n"_L1, "\n"_L1);
    text.replace(u'\n', "\r\n"_L1);
    m += "\r\n--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text.toUtf8());

    for (const Attachment &a : attachments) {
        const QString fileName = TextSafety::oneLine(a.fileName);
        m += "\r\n--" + boundary + "\r\n";
        m += "Content-Type: " + a.mimeType + ";\r\n name=\"" + encodeHeaderText(fileName, 7) + "\"\r\n";
        m += "Content-Transfer-Encoding: base64\r\n";
        m += "Content-Disposition: attachment;" + rfc2231Param("filename", fileName) + "\r\n\r\n";
        m += base64Lines(a.data);
    }
    m += "\r\n--" + boundary + "--\r\n";
    return m;
}

bool EmlDraft::checkAddresses(QString *error) const
{
    QString problem = ContactValidators::checkEmail(toAddress);
    if (problem.isEmpty() && !fromAddress.trimmed().isEmpty())
        problem = ContactValidators::checkEmail(fromAddress);
    if (problem.isEmpty())
        return true;
    if (error)
        *error = tr("invalid address in the e-mail draft: %1").arg(problem);
    return false;
}

bool EmlDraft::writeFile(const QString &path, QString *error) const
{
    if (!checkAddresses(error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write the e-mail draft %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toBytes());
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write the e-mail draft %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
