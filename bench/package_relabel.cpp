// Makes the 104 county packages of Anhui for bench/package_import.sh: each county-level division under the 16
// cities gets a copy of one of the template packages (in turn), relabelled — organisation code, name and parent,
// sub-unit codes, fair organisers — with its checksum computed again, as if that county had exported it.
//
//   jb_bench_packages OUTDIR TEMPLATE.jbpkg...

#include "core/exchange/PackageFormat.h"
#include "core/validation/AreaCodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using namespace jb::core;
using namespace jb::core::exchange;

namespace {

QString relabel(const QString& code, const QString& from, const QString& to)
{
    return code == from ? to : code.startsWith(from + QLatin1Char('-')) ? to + code.mid(from.size()) : code;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: jb_bench_packages OUTDIR TEMPLATE.jbpkg...\n");
        return 1;
    }
    QVector<Package> templates;
    for (int i = 1; i < args.size(); ++i) {
        auto p = readPackageFile(args.at(i));
        if (!p) {
            std::fprintf(stderr, "%s\n", qPrintable(p.error()));
            return 2;
        }
        templates << *p;
    }
    const AreaCodes& codes = AreaCodes::instance();
    int n = 0;
    for (const AreaCodes::Division& city : codes.children(QStringLiteral("340000")))
        for (const AreaCodes::Division& county : codes.children(city.code)) {
            Package p = templates.at(n % templates.size());
            const QString from = p.orgCode;
            p.orgCode = county.code;
            p.orgName = county.name;
            p.parentCode = city.code;
            p.createdAt = p.createdAt.addMSecs(n);
            for (PackageSection& s : p.sections)
                for (UnitFigures& u : s.units) {
                    u.code = relabel(u.code, from, county.code);
                    if (u.code == county.code)
                        u.name = county.name;
                }
            for (PackageFair& f : p.fairs)
                f.orgCode = relabel(f.orgCode, from, county.code);
            p.json = packageToJson(p, p.json.value(QStringLiteral("records")).toArray(),
                                   p.json.contains(QStringLiteral("records")));
            QFile out(QDir(args.at(0)).filePath(county.code + QStringLiteral(".jbpkg")));
            if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(p.json).toJson()) < 0) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
                return 2;
            }
            ++n;
        }
    std::printf("%d county packages written to %s\n", n, qPrintable(args.at(0)));
    return 0;
}
