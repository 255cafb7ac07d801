package pyjama.systemtest;


/** The Python scenarios against the kernel image in QEMU. */
class QemuPythonTest extends PythonScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "512M");
    }
}
