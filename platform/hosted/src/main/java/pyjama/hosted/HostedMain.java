package pyjama.hosted;

public final class HostedMain {
    public static void main(String[] args) {
        System.out.println("hosted");
    }
}
