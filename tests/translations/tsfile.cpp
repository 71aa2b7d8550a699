#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ClipDesk::Tests {

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError() || messages.isEmpty()) {
        *error = xml.hasError() ? xml.errorString() : QStringLiteral("no messages in %1").arg(path);
        return {};
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.append(u'%' + match.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

int acceleratorCount(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("&(?![a-zA-Z]+;|#\\d+;)"));
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return int(plain.count(marker));
}

} // namespace ClipDesk::Tests
