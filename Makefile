# Pyjama: a bare-metal OS in Java whose interactive language is Python 3.
#
#   make            build everything (host jars, the kernel ELF and ISO, the native interpreter)
#   make run        boot the kernel in QEMU with the serial console on this terminal
#   make run-hosted run the same kernel on the host JVM
#   make test       unit tests on the host JVM, then system tests that boot the image in QEMU
#   make bench      interpreter benchmarks against the host's python3
#
# Missing Debian packages are installed on first use (tools/ensure-deps.sh); the build picks
# a JDK 21+ itself (tools/find-jdk.sh); Maven fetches the rest.

SHELL      := /bin/bash
BUILD      := build
ARCH       ?= x86_64
MEM        ?= 512M
KVM        ?= 0

DEPS_STAMP := $(BUILD)/.deps
JAVA_HOME_21 = $(shell tools/find-jdk.sh)
MVN        = JAVA_HOME=$(JAVA_HOME_21) mvn -B -q -Dstyle.color=never
# Tests run without -q so that Surefire prints each suite's counts and its closing summary.
MVN_TEST   = JAVA_HOME=$(JAVA_HOME_21) mvn -B -ntp -Dstyle.color=never
JAVA       = $(JAVA_HOME_21)/bin/java

JAVA_SOURCES := $(shell find python kernel platform -name '*.java' -o -name '*.py' -o -name 'pom.xml' -o -name '*.txt' | grep -v -e /target/ -e platform/metal/teavm/) pom.xml
JAVA_STAMP := $(BUILD)/.java

# The host jars Maven just built, under fixed names in build/.
define COPY_JARS
@cp python/target/pyjama-python-*.jar $(BUILD)/pyjama-python.jar
@cp platform/hosted/target/pyjama-hosted-*.jar $(BUILD)/pyjama-hosted.jar
@cp kernel/target/pyjama-kernel-*.jar $(BUILD)/pyjama-kernel.jar
endef

.PHONY: all java run run-hosted test unit-test system-test native-test images bench clean deps
all: java metal

deps: $(DEPS_STAMP)
$(DEPS_STAMP): tools/ensure-deps.sh
	@mkdir -p $(BUILD)
	@tools/ensure-deps.sh
	@touch $@

# One Maven run builds every module: the jars, and TeaVM's C for the kernel and the interpreter.
java: $(JAVA_STAMP)
$(JAVA_STAMP): $(DEPS_STAMP) $(JAVA_SOURCES)
	@mkdir -p $(BUILD)
	@echo "  MVN     package"
	@$(MVN) package -DskipTests
	$(COPY_JARS)
	@touch $@

HOSTED_CP = $(BUILD)/pyjama-hosted.jar:$(BUILD)/pyjama-kernel.jar:$(BUILD)/pyjama-python.jar

# The hosted kernel needs only its own jars, not the TeaVM build: run-hosted builds just those.
# The JVM heap is capped at MEM, like the RAM QEMU gets, so `alloc` ends as it would on metal.
HOSTED_STAMP := $(BUILD)/.hosted
$(HOSTED_STAMP): $(DEPS_STAMP) $(JAVA_SOURCES)
	@mkdir -p $(BUILD)
	@echo "  MVN     package (hosted)"
	@$(MVN) -pl platform/hosted -am package -DskipTests
	$(COPY_JARS)
	@touch $@

run-hosted: $(HOSTED_STAMP)
	@$(JAVA) -Xmx$(MEM) -XX:+UseSerialGC -cp $(HOSTED_CP) pyjama.hosted.HostedMain

include platform/metal/metal.mk

unit-test: $(DEPS_STAMP)
	@echo "  MVN     test"
	@$(MVN_TEST) test

# System tests boot the image in QEMU (TCG; KVM=1 for -accel kvm) and drive its serial console;
# transcripts land in tests/system/target/transcripts/<test>.log.
# The conformance corpus reaches the guest as a boot module (QEMU -initrd build/conformance.tar);
# CONFORMANCE=subset runs a deterministic fifth of the corpus instead of all of it (docs/testing.md).
CONFORMANCE ?=
system-test: $(DEPS_STAMP) $(BUILD)/pyjama-x86_64.elf32 $(BUILD)/pyjama-x86_64.bootimg $(BUILD)/conformance.tar
	@echo "  MVN     system tests"
	@PYJAMA_KVM=$(KVM) $(MVN_TEST) -P system -pl tests/system test -Dpyjama.image=$(abspath $(BUILD)/pyjama-x86_64.elf32) \
	    -Dpyjama.bootimage=$(abspath $(BUILD)/pyjama-x86_64.bootimg) \
	    -Dpyjama.initrd=$(abspath $(BUILD)/conformance.tar) $(if $(CONFORMANCE),-Dconformance.set=$(CONFORMANCE),)

# The two big C translation units (the kernel with the interpreter in it, and the native
# interpreter) take minutes each: compile them side by side.
images: $(JAVA_STAMP)
	@$(MAKE) --no-print-directory -j2 $(METAL_ELF32) $(METAL_BOOTIMG) $(PYTHON_NATIVE)

# The conformance corpus on the native interpreter: the same generated C the kernel runs.
native-test: images
	@echo "  TEST    conformance corpus on $(PYTHON_NATIVE)"
	@tests/conformance/run-native.sh -k tests/conformance/known-failures-native.txt $(PYTHON_NATIVE)

test: unit-test images system-test native-test
	@tools/test-summary.sh

clean:
	rm -rf $(BUILD)
	JAVA_HOME=$(JAVA_HOME_21) mvn -B -q clean

# Interpreter benchmarks: CPython 3.12 vs the jar vs the native build (bench/run.sh -h for options).
bench: all
	@bench/run.sh
