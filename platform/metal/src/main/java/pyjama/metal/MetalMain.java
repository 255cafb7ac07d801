package pyjama.metal;

public final class MetalMain {
    public static void main(String[] args) {
        System.out.println("hello from metal");
    }
}
