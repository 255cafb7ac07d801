package pyjama.systemtest;


/** The preemptive-task scenarios against the kernel image in QEMU. */
class QemuTaskTest extends TaskScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "512M");
    }
}
