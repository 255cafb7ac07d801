package pyjama.systemtest;


/** The kernel-session scenarios against the kernel image in QEMU. */
class QemuSessionTest extends SessionScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "512M");
    }
}
