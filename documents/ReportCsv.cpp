#include "documents/ReportCsv.h"

#include "documents/SaveAtomically.h"

namespace jb::report {

namespace {

QByteArray field(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray line(const QStringList& cells)
{
    QByteArray bytes;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += field(cells.at(i));
    }
    return bytes + "\r\n";
}

} // namespace

QByteArray ReportCsv::toBytes(const ReportDocument& document)
{
    QByteArray out("\xEF\xBB\xBF");
    out += line({document.title});
    out += line({document.organisation, document.period});
    out += line({document.madeOn, document.asOf, document.status});
    for (const ReportSection& section : document.sections) {
        out += "\r\n";
        out += line({section.title});
        for (int t = 0; t < section.tables.size(); ++t) {
            const ReportTable& table = section.tables.at(t);
            if (t > 0)
                out += "\r\n";
            if (!table.title.isEmpty())
                out += line({table.title});
            out += line(table.header);
            for (const ReportRow& row : table.rows) {
                QStringList cells;
                for (const ReportCell& cell : row.cells)
                    cells << cellText(cell);
                out += line(cells);
            }
            if (!table.note.isEmpty())
                out += line({table.note});
        }
    }
    return out;
}

bool ReportCsv::write(const ReportDocument& document, QIODevice& device, QString* error)
{
    const QByteArray bytes = toBytes(document);
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}

bool ReportCsv::write(const ReportDocument& document, const QString& path, QString* error)
{
    return saveAtomically(path, error, [&](QIODevice& file, QString* e) { return write(document, file, e); });
}

} // namespace jb::report
