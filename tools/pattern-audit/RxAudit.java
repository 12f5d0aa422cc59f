// Tool, not product code: runs every static Pattern of a jar's classes over 20,000-character lines on a 512 KB
// stack and prints SO (stack overflow) or SLOW (over 20 s). Usage: javac RxAudit.java &&
// java -cp "corpus/target/dist/lib/*:." RxAudit corpus/target/dist/lib/nianbao-extractor-0.1.0-SNAPSHOT.jar
import java.lang.reflect.*;
import java.util.*;
import java.util.jar.*;
import java.util.regex.*;

public class RxAudit {
    public static void main(String[] a) throws Exception {
        String jar = a[0];
        List<String> inputs = new ArrayList<>();
        String[] units = {"一二三四五六七八九十政府信息公开", "1234567890", " ", "\t", "|", "0 ", "１２３ ", "、，。；：", "（）()", "_", "元万千", "\uFFFD", "-—/", "a b ", ".,"};
        Random r = new Random(1);
        for (String u : units) inputs.add(u.repeat(20000 / u.length() + 1));
        for (int k = 0; k < 20; k++) { StringBuilder b = new StringBuilder(); while (b.length() < 20000) b.append(units[r.nextInt(units.length)]); inputs.add(b.toString()); }
        try (JarFile jf = new JarFile(jar)) {
            java.net.URLClassLoader l = new java.net.URLClassLoader(new java.net.URL[]{new java.io.File(jar).toURI().toURL()}, RxAudit.class.getClassLoader());
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements();) {
                String n = e.nextElement().getName();
                if (!n.endsWith(".class")) continue;
                String cn = n.replace('/', '.').replace(".class", "");
                Class<?> c;
                try { c = Class.forName(cn, false, l); } catch (Throwable t) { continue; }
                Field[] fs; try { fs = c.getDeclaredFields(); } catch (Throwable t) { continue; }
                for (Field f : fs) {
                    if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Pattern.class) continue;
                    Pattern p;
                    try { f.setAccessible(true); p = (Pattern) f.get(null); } catch (Throwable t) { continue; }
                    if (p == null) continue;
                    for (String in : inputs) {
                        final Pattern pp = p; final String ii = in; final String[] res = {null};
                        Thread t = new Thread(null, () -> {
                            try { Matcher m = pp.matcher(ii); while (m.find()) {} ; pp.matcher(ii).matches(); }
                            catch (StackOverflowError so) { res[0] = "SO"; }
                        }, "t", 512 * 1024);
                        t.start(); t.join(20000);
                        if (t.isAlive()) { res[0] = "SLOW"; t.stop(); }
                        if (res[0] != null) { System.out.println(res[0] + " " + cn + "." + f.getName() + " on " + in.substring(0, 12).replace("\t","\\t") + " :: " + p.pattern()); break; }
                    }
                }
            }
        }
        System.exit(0);
    }
}
