package org.newsarchive.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsarchive.NewsArchiveApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * What one page's template costs alone, and how copies of the templates compare: the model of one address is
 * made once, through the app's own controller, then rendered into memory by each copy in turn, round after
 * round, in one JVM. Two instances of the same jar differ by 10-20% on the VMs here; turns within one JVM
 * are what tells a change of a few percent from noise. Compiled and run by bench/template-cost.sh.
 */
public final class TemplateCost {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int RENDERS_PER_ROUND = Integer.getInteger("bench.renders", 100);
    private static final long WARM_UP_NANOS = Long.getLong("bench.warmUpSeconds", 30) * 1_000_000_000L;

    private TemplateCost() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[0];
        List<String> copies = List.of(args).subList(1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplication(NewsArchiveApplication.class)
                .run("--server.port=0")) {
            WebApplicationContext web = (WebApplicationContext) context;
            ModelAndView page = MockMvcBuilders.webAppContextSetup(web).build()
                    .perform(MockMvcRequestBuilders.get(address)).andReturn().getModelAndView();
            MockServletContext servletContext = new MockServletContext();
            servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, web);
            List<View> views = new ArrayList<>();
            for (String copy : copies) {
                views.add(resolverOf(context, copy).resolveViewName(page.getViewName(), Locale.ENGLISH));
            }
            Renderer renderer = new Renderer(page.getModel(), servletContext, web, address);
            long warm = System.nanoTime() + WARM_UP_NANOS;
            while (System.nanoTime() < warm) {
                for (View view : views) {
                    renderer.render(view);
                }
            }
            double[][] micros = new double[views.size()][ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                for (int turn = 0; turn < views.size(); turn++) {
                    int copy = round % 2 == 0 ? turn : views.size() - 1 - turn;
                    long started = System.nanoTime();
                    for (int i = 0; i < RENDERS_PER_ROUND; i++) {
                        renderer.render(views.get(copy));
                    }
                    micros[copy][round] = (System.nanoTime() - started) / 1e3 / RENDERS_PER_ROUND;
                }
            }
            System.out.println("| templates | page bytes | µs a render, median of rounds | ÷ the first, median of rounds (quartiles) |");
            System.out.println("|---|---:|---:|---:|");
            for (int copy = 0; copy < views.size(); copy++) {
                double[] ratios = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    ratios[round] = micros[copy][round] / micros[0][round];
                }
                Arrays.sort(ratios);
                double[] sorted = micros[copy].clone();
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.3f (%.3f–%.3f) |%n", copies.get(copy),
                        renderer.render(views.get(copy)).length(), sorted[ROUNDS / 2], ratios[ROUNDS / 2],
                        ratios[ROUNDS / 4], ratios[3 * ROUNDS / 4]);
            }
        }
    }

    /** The app's Thymeleaf set-up, reading templates from a directory rather than from the classpath. */
    private static ThymeleafViewResolver resolverOf(ConfigurableApplicationContext context, String directory) {
        FileTemplateResolver templates = new FileTemplateResolver();
        templates.setPrefix(directory + "/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setEnableSpringELCompiler(true);
        engine.setTemplateEngineMessageSource(context.getBean(MessageSource.class));
        engine.setTemplateResolver(templates);
        context.getBean(SpringTemplateEngine.class).getDialects().stream()
                .filter(dialect -> !(dialect instanceof SpringStandardDialect)).forEach(engine::addDialect);
        ThymeleafViewResolver resolver = new ThymeleafViewResolver();
        resolver.setTemplateEngine(engine);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setProducePartialOutputWhileProcessing(false);
        resolver.setApplicationContext(context);
        return resolver;
    }

    /** Renders the model into memory, for a fresh request to the address each time, as the app does. */
    private record Renderer(Map<String, Object> model, MockServletContext servletContext, WebApplicationContext web,
            String address) {

        String render(View view) throws Exception {
            MockHttpServletRequest request = MockMvcRequestBuilders.get(address).buildRequest(servletContext);
            request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, web);
            MockHttpServletResponse response = new MockHttpServletResponse();
            view.render(new HashMap<>(model), request, response);
            return response.getContentAsString();
        }
    }
}
