package pyjama.systemtest;


/** The /bin command scenarios against the kernel image in QEMU. */
class QemuBinCommandTest extends BinCommandScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "512M");
    }
}
