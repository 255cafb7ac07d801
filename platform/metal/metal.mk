# The metal platform: boot stub + C layer + TeaVM's C for the kernel + musl libc.a, linked into
# a multiboot ELF; an ELF32 copy for QEMU -kernel; a GRUB ISO; and the interpreter's TeaVM C
# built as an ordinary Linux program; and a boot image, the kernel's memory at its prompt
# saved from one boot under QEMU, which `make run` boots from (x86_64/bootimage.c). Included
# by the top-level Makefile (BUILD, ARCH, MEM, KVM, JAVA_STAMP come from there).
#
#   make metal      all five artefacts
#   make run        boot the ELF32 with -kernel (serial console on this terminal), from the
#                   boot image when MEM is the one it was made for; COLD=1 boots without it
#   make run-iso    boot the GRUB ISO

METAL_DIR    := platform/metal
METAL_ARCH   := $(METAL_DIR)/$(ARCH)
METAL_BUILD  := $(BUILD)/metal
METAL_ELF    := $(BUILD)/pyjama-$(ARCH).elf
METAL_ELF32  := $(BUILD)/pyjama-$(ARCH).elf32
METAL_ISO    := $(BUILD)/pyjama-$(ARCH).iso
METAL_BOOTIMG := $(BUILD)/pyjama-$(ARCH).bootimg
BOOTIMG_MEM  := 512M
PYTHON_NATIVE := $(BUILD)/pyjama-python-native

# Debian's musl-dev puts libc.a and the headers in multiarch paths; other layouts in /usr/lib/musl.
MUSL_LIBDIR  ?= $(firstword $(wildcard /usr/lib/musl/lib /usr/lib/x86_64-linux-musl) /usr/lib/musl/lib)
MUSL_INCDIR  ?= $(firstword $(wildcard /usr/lib/musl/include /usr/include/x86_64-linux-musl) /usr/lib/musl/include)
METAL_CC     ?= gcc
GCC_INCDIR   := $(shell $(METAL_CC) -print-file-name=include)
LIBGCC       := $(shell $(METAL_CC) -print-libgcc-file-name)

# musl's libc.a is built with a red zone; our code is not (interrupts use IST stacks anyway).
# -fwrapv -fno-strict-aliasing are required by TeaVM's C (double formatting breaks without).
METAL_CFLAGS := -m64 -O2 -fno-pie -fno-pic -mcmodel=small -mno-red-zone -fno-stack-protector \
    -fno-asynchronous-unwind-tables -fno-unwind-tables -ffunction-sections -fdata-sections \
    -fno-strict-aliasing -fwrapv -nostdinc -isystem $(MUSL_INCDIR) -isystem $(GCC_INCDIR) \
    -I$(METAL_ARCH) -I$(METAL_DIR)/common
KERNEL_CFLAGS := $(METAL_CFLAGS) -std=gnu11 -Wall -Wextra -Wno-unused-parameter
TEAVM_CFLAGS  := $(METAL_CFLAGS) -DTEAVM_CUSTOM_LOG=1 -Dmain=teavm_program_main -w

METAL_C_SRCS := $(wildcard $(METAL_DIR)/common/*.c $(METAL_ARCH)/*.c)
METAL_S_SRCS := $(wildcard $(METAL_ARCH)/*.S)
METAL_OBJS   := $(patsubst $(METAL_DIR)/%.c,$(METAL_BUILD)/%.o,$(METAL_C_SRCS)) \
                $(patsubst $(METAL_DIR)/%.S,$(METAL_BUILD)/%.o,$(METAL_S_SRCS))
KERNEL_C_GEN := $(METAL_DIR)/target/kernel-c
PYTHON_C_GEN := $(METAL_DIR)/target/python-c

.PHONY: metal run run-iso
metal: $(METAL_ELF) $(METAL_ELF32) $(METAL_ISO) $(METAL_BOOTIMG) $(PYTHON_NATIVE)

# TeaVM's output, copied only where the content changed (and patched for the kernel).
$(METAL_BUILD)/kernel-c.synced: $(JAVA_STAMP) $(METAL_DIR)/sync-teavm.sh $(METAL_DIR)/teavm-lazy-checks.h $(wildcard $(METAL_DIR)/teavm/*)
	@mkdir -p $(METAL_BUILD)
	@JAVA=$(JAVA) $(METAL_DIR)/sync-teavm.sh $(KERNEL_C_GEN) $(METAL_BUILD)/kernel-c kernel
	@touch $@
$(METAL_BUILD)/python-c.synced: $(JAVA_STAMP) $(METAL_DIR)/sync-teavm.sh $(METAL_DIR)/teavm-lazy-checks.h
	@mkdir -p $(METAL_BUILD)
	@$(METAL_DIR)/sync-teavm.sh $(PYTHON_C_GEN) $(METAL_BUILD)/python-c
	@touch $@
# No recipe: the files' own times say whether they changed (sync keeps them otherwise, and
# touches DIR.changed when it changed any file of DIR: all.c includes them all, and make has
# read their times before the sync ran, so the compile depends on that stamp too).
$(METAL_BUILD)/kernel-c/all.c $(METAL_BUILD)/kernel-c.changed: $(METAL_BUILD)/kernel-c.synced ;
$(METAL_BUILD)/python-c/all.c $(METAL_BUILD)/python-c.changed: $(METAL_BUILD)/python-c.synced ;

$(METAL_BUILD)/kernel-all.o: $(METAL_BUILD)/kernel-c/all.c $(METAL_BUILD)/kernel-c.changed $(METAL_ARCH)/hal.h
	@echo "  CC      $< (TeaVM kernel, one translation unit: slow)"
	@$(METAL_CC) $(TEAVM_CFLAGS) -MMD -MP -c $< -o $@

$(METAL_BUILD)/%.o: $(METAL_DIR)/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(METAL_CC) $(KERNEL_CFLAGS) -MMD -MP -c $< -o $@

$(METAL_BUILD)/%.o: $(METAL_DIR)/%.S
	@mkdir -p $(dir $@)
	@echo "  AS      $<"
	@$(METAL_CC) $(METAL_CFLAGS) -MMD -MP -c $< -o $@

$(METAL_ELF): $(METAL_OBJS) $(METAL_BUILD)/kernel-all.o $(METAL_ARCH)/linker.ld
	@echo "  LD      $@"
	@ld -static -nostdlib --build-id=sha1 -T $(METAL_ARCH)/linker.ld --gc-sections -z max-page-size=0x1000 \
	    -o $@ $(METAL_OBJS) $(METAL_BUILD)/kernel-all.o $(MUSL_LIBDIR)/libc.a $(LIBGCC)

# QEMU's multiboot loader (-kernel) takes ELF32 only; the entry is 32-bit code below 4 GiB.
$(METAL_ELF32): $(METAL_ELF)
	@echo "  OBJCOPY $@"
	@objcopy -O elf32-i386 $< $@

# One boot under QEMU (TCG, a few seconds) with bootimage=capture; its RAM is saved at the
# kernel's resume point and packed. It fits this ELF and -m $(BOOTIMG_MEM) only.
$(METAL_BOOTIMG): $(METAL_ELF32) tools/boot-image.py
	@echo "  BOOTIMG $@"
	@python3 tools/boot-image.py $(METAL_ELF32) $@ -m $(BOOTIMG_MEM) >$(METAL_BUILD)/boot-image.log || \
	    { cat $(METAL_BUILD)/boot-image.log; exit 1; }

$(METAL_ISO): $(METAL_ELF) $(METAL_DIR)/grub.cfg
	@echo "  ISO     $@"
	@rm -rf $(METAL_BUILD)/iso && mkdir -p $(METAL_BUILD)/iso/boot/grub
	@cp $(METAL_ELF) $(METAL_BUILD)/iso/boot/pyjama.elf
	@cp $(METAL_DIR)/grub.cfg $(METAL_BUILD)/iso/boot/grub/grub.cfg
	@grub-mkrescue -o $@ $(METAL_BUILD)/iso >$(METAL_BUILD)/grub-mkrescue.log 2>&1 || \
	    { cat $(METAL_BUILD)/grub-mkrescue.log; exit 1; }

# The same interpreter compiled by TeaVM, built against glibc as a Linux command. Not
# position-independent: the string pool and class tables are full of pointers, which as a PIE
# the dynamic loader relocated one by one at every start (5.5 million instructions, a sixth of
# printing hello).
$(PYTHON_NATIVE): $(METAL_BUILD)/python-c/all.c $(METAL_BUILD)/python-c.changed
	@echo "  CC      $< (TeaVM interpreter, native)"
	@gcc -O2 -fwrapv -fno-strict-aliasing -fno-pie -no-pie -w -MMD -MP -MF $(METAL_BUILD)/python-native.d -o $@ $< -lm

-include $(METAL_OBJS:.o=.d) $(METAL_BUILD)/kernel-all.d $(METAL_BUILD)/python-native.d

# The conformance corpus as a ustar archive, for QEMU's -initrd: the kernel unpacks it at /tests
# at boot (pyjama.kernel.initrd), so the corpus reaches the guest without being in the image.
# Reproducible: sorted names, owner 0, mtime 0.
CONFORMANCE_TAR := $(BUILD)/conformance.tar
CONFORMANCE_SRC := $(shell find tests/conformance -type f -not -path '*/__pycache__/*' 2>/dev/null)
$(CONFORMANCE_TAR): $(CONFORMANCE_SRC)
	@mkdir -p $(BUILD)
	@echo "  TAR     $@"
	@tar --format=ustar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 \
	    --exclude=__pycache__ --transform 's,^tests/conformance,tests,' -cf $@ tests/conformance

QEMU_ACCEL := $(if $(filter 1,$(KVM)),-enable-kvm -cpu host,)
QEMU_FLAGS := -m $(MEM) -display none -serial mon:stdio -no-reboot \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 $(QEMU_ACCEL)
# isa-debug-exit makes QEMU exit with (code << 1) | 1; 0 and 1 are normal power-offs.
QEMU_STATUS = status=$$?; [ $$status -le 1 ] || echo "qemu exited with status $$status (kernel code $$(( $$status >> 1 )))"

# From the boot image when it fits the machine (MEM); COLD=1 boots from scratch.
RUN_BOOTIMG := $(if $(filter 1,$(COLD)),,$(if $(filter $(BOOTIMG_MEM),$(MEM)),$(METAL_BOOTIMG)))
run: $(METAL_ELF32) $(RUN_BOOTIMG)
	@echo "Booting $(METAL_ELF32) with $(MEM) of RAM$(if $(RUN_BOOTIMG), from the boot image $(RUN_BOOTIMG),). Quit: Ctrl-A X."
	@qemu-system-x86_64 -kernel $(METAL_ELF32) $(if $(RUN_BOOTIMG),-initrd $(RUN_BOOTIMG)) $(QEMU_FLAGS); $(QEMU_STATUS)

run-iso: $(METAL_ISO)
	@echo "Booting $(METAL_ISO) with $(MEM) of RAM. Quit: Ctrl-A X."
	@qemu-system-x86_64 -cdrom $(METAL_ISO) $(QEMU_FLAGS); $(QEMU_STATUS)
