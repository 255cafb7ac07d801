package pyjama.systemtest;


/** The ed-against-GNU-ed scenarios against the kernel image in QEMU. */
class QemuEdTest extends EdScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "512M");
    }
}
