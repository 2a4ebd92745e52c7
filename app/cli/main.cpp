#include <QCoreApplication>
#include <QTextStream>

#include "infrastudio/config.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "infra-studio-cli " << INFRA_STUDIO_VERSION << "\n";
    return 0;
}
