package dev.plugbay.application.port.in.installation;

import dev.plugbay.domain.user.Caller;
import java.util.List;

/** The caller's installations, most recently installed first. */
public interface ListInstallationsUseCase {

    List<InstalledPlugin> list(Caller caller);
}
